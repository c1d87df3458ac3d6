// The facts a family relies on, as the built pages state them: how old they
// are, unknowns said as unknown, open questions as a list, each offer once in
// the directory, partners' own websites, and date-dependent text taken from
// the data. Expected values come from the content the site was built from.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { isStale } from '../../src/lib/content/status.ts';
import { localDay } from '../../src/lib/dates/zone.ts';
import { eventPast } from '../../src/lib/views/event.ts';
import type { Event } from '../../src/schemas/event.ts';
import type { Partner } from '../../src/schemas/partner.ts';
import { builtDeployment, htmlPages, readPage, routesOfPage } from '../support/dist.ts';
import { offers, published } from '../support/content.ts';

const t = translator('de');

const { routes } = builtDeployment();
const text = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The value of a fact on a page ("Kosten", "Stand" …). */
function fact(path: string, label: string) {
  const $ = readPage(path);
  const dt = $('dl.facts dt').filter((_, el) => text($(el).text()).replace(/:$/, '') === label);
  return dt.length ? dt.first().next('dd') : undefined;
}

const today = localDay(new Date());
const yesterday = localDay(new Date(Date.now() - 86_400_000));

describe('offer pages', () => {
  it.each(offers.map((o) => [o.id, o] as const))('%s: "Stand" is the month of its review, with a request to check when older than a year', (_, offer) => {
    const stand = fact(routes.offer(offer.id), t('offer.reviewed'));
    expect(stand, 'Stand').toBeDefined();
    expect(stand!.find('time').attr('datetime')).toBe(offer.data.reviewed.slice(0, 7));
    const stale = isStale(offer.data.reviewed, today);
    // The build may be from yesterday: judge only where both days agree.
    if (stale === isStale(offer.data.reviewed, yesterday)) {
      expect(text(stand!.text()).includes(t('fact.reviewedStale')), offer.id).toBe(stale);
    }
  });

  it('says "unbekannt – bitte nachfragen" for an unknown cost or registration, never a default that sounds like a fact', () => {
    const unknownCost = offers.filter((o) => o.data.cost.type === 'unbekannt');
    const unknownRegistration = offers.filter((o) => o.data.registration.required === 'unbekannt');
    expect(unknownCost.length + unknownRegistration.length).toBeGreaterThan(0);
    for (const offer of unknownCost) expect(text(fact(routes.offer(offer.id), t('offer.cost'))!.text()), offer.id).toBe(t('fact.unknown'));
    for (const offer of unknownRegistration) expect(text(fact(routes.offer(offer.id), t('offer.registration'))!.text()), offer.id).toBe(t('fact.unknown'));
  });

  it('says "just come by" only where a time and a place are known', () => {
    for (const offer of offers) {
      const registration = text(fact(routes.offer(offer.id), t('offer.registration'))!.text());
      const known = (offer.data.schedule?.rules.length ?? 0) > 0 && offer.data.location !== undefined && offer.data.status === 'aktiv';
      if (!known) expect(registration, offer.id).not.toContain(t('registration.nein.comeBy'));
    }
  });

  it('lists the open questions as a list, one item each', () => {
    for (const offer of offers.filter((o) => o.data.openQuestions.length > 0)) {
      const $ = readPage(routes.offer(offer.id));
      expect($('aside.ask-us > ul:not(.contact-details) > li').map((_, el) => text($(el).text())).get(), offer.id).toEqual(offer.data.openQuestions);
    }
  });
});

describe('offers directory', () => {
  it('shows each offer as one card, however many topics it has', () => {
    const $ = readPage(routes.offers());
    for (const offer of offers) expect($(`article[data-offer="${offer.id}"]`).length, offer.id).toBe(1);
    expect(offers.some((o) => o.data.topics.length > 1), 'an offer with several topics').toBe(true);
  });
});

describe('partners', () => {
  const partners = published<Partner>('partners');
  it("link the partner's own website on its page and its card", () => {
    const withSite = partners.filter((p) => p.data.website);
    expect(withSite.length).toBeGreaterThan(0);
    const $list = readPage(routes.partners());
    for (const partner of withSite) {
      expect(readPage(routes.partner(partner.id))(`main a[href="${partner.data.website}"]`).length, partner.id).toBeGreaterThan(0);
      expect($list(`a[data-partner-website][href="${partner.data.website}"]`).length, partner.id).toBe(1);
    }
  });
});

describe('date-dependent text', () => {
  const events = published<Event>('events');
  it('points a past event of a series to the next one, or says how to ask', () => {
    const now = new Date();
    const past = events.filter((e) => e.data.series && eventPast(e, events, now).past);
    expect(past.length, 'a past event in a series').toBeGreaterThan(0);
    for (const event of past) {
      const { next } = eventPast(event, events, now);
      const $ = readPage(routes.event(event.id));
      const notice = $('main [data-after]');
      if (next) expect(notice.find(`a[href="${routes.event(next.id)}"]`).length, event.id).toBe(1);
      else expect(text(notice.text()), event.id).toContain(t('event.nextUnknown'));
    }
  });

  it('never asks to reload the page, and names what helps when the dates run out', () => {
    for (const path of htmlPages()) {
      const html = readPage(path).html();
      expect(html, path).not.toMatch(/Seite neu|neu laden/);
      // The week page's days say only that the day is over: the next days follow below.
      if (path === routesOfPage(path).week()) continue;
      const $ = readPage(path);
      $('[data-dates-over]').each((_, el) => {
        expect($(el).find(`a[href="${routesOfPage(path).events()}"]`).length, path).toBe(1);
      });
    }
  });
});
