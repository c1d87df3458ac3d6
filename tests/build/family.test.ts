// What a family finds from every page: help in a crisis, Leichte Sprache and
// the search in the header; life-situation cards that lead to what they
// promise; the way to every place. Expected values come from the content.
import { describe, expect, it } from 'vitest';
import { foldWord } from '../../src/lib/search/fold.ts';
import { routeHref } from '../../src/lib/views/location.ts';
import { publicLocation } from '../../src/lib/content/places.ts';
import { telHref } from '../../src/lib/text/facts.ts';
import type { Location } from '../../src/schemas/location.ts';
import type { Partner } from '../../src/schemas/partner.ts';
import type { Page } from '../../src/schemas/page.ts';
import { EASY_LANGUAGE_PAGE_ID } from '../../src/lib/routes.ts';
import { builtDeployment, htmlPages, readPage, routesOfPage } from '../support/dist.ts';
import { helplines, offers, published, situations } from '../support/content.ts';

const { routes } = builtDeployment();

describe('every page', () => {
  it('links "Hilfe sofort" and "Leichte Sprache" in the header and has the header search', () => {
    for (const path of htmlPages()) {
      const $ = readPage(path);
      const local = routesOfPage(path);
      // Not counting the language switcher, whose current language leads to the page itself.
      expect($(`header a[href="${local.help()}"]`).not('.language-switcher a').length, path).toBe(1);
      expect($(`header a[href="${local.page('leichte-sprache')}"]`).not('.language-switcher a').length, path).toBe(1);
      expect($(`header form[role="search"][action="${local.search()}"] input[name="q"]`).length, path).toBe(1);
    }
  });
});

describe('home page cards', () => {
  const $home = readPage(routes.home());

  it('are the life situations, in their order, each leading to its page', () => {
    const cards = $home('a[data-situation]').map((_, el) => $home(el).attr('data-situation')).get();
    expect(cards).toEqual(situations.map((s) => s.id));
    for (const situation of situations) expect($home(`a[data-situation="${situation.id}"]`).attr('href')).toBe(routes.situation(situation.id));
  });

  it('promise only words that lead to entries that exist: each word is named by an offer, partner or link on the card\'s page', () => {
    const offerText = new Map(offers.map((o) => [routes.offer(o.id), foldWord([o.data.title, o.data.summary, ...o.data.keywords, o.entry.file.body].join(' '))]));
    const partnerText = new Map(
      published<Partner>('partners').map((p) => [routes.partner(p.id), foldWord([p.data.name, p.data.shortName ?? '', p.data.description, ...p.data.keywords].join(' '))]),
    );
    for (const situation of situations) {
      const $ = readPage(routes.situation(situation.id));
      const card = $home(`a[data-situation="${situation.id}"]`).text();
      const main = $('main');
      const linked = main
        .find('a[href]')
        .map((_, el) => $(el).attr('href'))
        .get()
        .map((href) => offerText.get(href) ?? partnerText.get(href))
        .filter((text): text is string => text !== undefined);
      const onPage = foldWord(main.find('.official-links, .notice').text());
      for (const word of situation.data.words) {
        expect(card, `${situation.id}: card shows „${word}“`).toContain(word);
        const kept = linked.some((text) => text.includes(foldWord(word))) || onPage.includes(foldWord(word));
        expect(kept, `${situation.id}: „${word}“ leads nowhere`).toBe(true);
      }
    }
  });
});

describe('Hilfe sofort', () => {
  it('lists every helpline with a number to call', () => {
    const $ = readPage(routes.help());
    expect(helplines.length).toBeGreaterThan(0);
    for (const helpline of helplines) {
      expect($(`main a[href="${telHref(helpline.data.phone)}"]`).length, helpline.id).toBeGreaterThan(0);
      expect($('main').text(), helpline.id).toContain(helpline.data.name);
    }
  });
});

describe('where it is', () => {
  const locations = new Map(published<Location>('locations').map((l) => [l.id, l.data]));

  it('gives every place with a published street a "Route planen" link, and a protected place none', () => {
    let checked = 0;
    for (const offer of offers.filter((o) => o.data.location)) {
      const place = locations.get(offer.data.location!)!;
      const links = readPage(routes.offer(offer.id))('main a[data-route-link]');
      if (place.hideStreet) expect(links.length, offer.id).toBe(0);
      else {
        expect(links.attr('href'), offer.id).toBe(routeHref(publicLocation(place)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    for (const path of htmlPages()) {
      // A plain link: nothing on the page loads from OpenStreetMap.
      const html = readPage(path).html();
      expect(html.match(/(src|srcset|data)="https:\/\/[^"]*openstreetmap/), path).toBeNull();
    }
  });
});

describe('Leichte Sprache', () => {
  const page = published<Page>('pages').find((p) => p.id === EASY_LANGUAGE_PAGE_ID);
  const $ = readPage(routes.page(EASY_LANGUAGE_PAGE_ID));

  it('is set in the larger type of its own', () => {
    expect($('main .prose.prose--easy').length).toBe(1);
  });

  it('shows each pictogram of its file at the start of the heading it names, the heading text beside it', () => {
    const pictograms = page?.data.pictograms ?? [];
    expect(pictograms.length, 'pictograms in the page file').toBeGreaterThan(0);
    for (const { heading } of pictograms) {
      const element = $('main .prose :is(h2, h3)').filter((_, el) => $(el).text().replace(/\s+/g, ' ').trim() === heading);
      expect(element.length, heading).toBe(1);
      const first = element.children().first();
      expect(first.is('svg.icon[aria-hidden="true"]'), heading).toBe(true);
      expect(first.find('script').length).toBe(0);
    }
    // Only the named headings get one.
    expect($('main .prose svg.icon').length).toBe(pictograms.length);
  });
});
