// The paper pages in dist/: the Familienwegweiser lists every offer that takes place, in every
// language, each once with its facts and a QR code; every such offer has a notice, linked from
// its page; the notices stay out of the sitemap and the search index, and every part of the guide
// keeps the page budget, QR codes included. Expected offers come from the content.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CheerioAPI } from 'cheerio';
import { builtDeployment, distFiles, fileForPath, readOutput, readPage, sitemapPaths, DIST } from '../support/dist.ts';
import { offers, site } from '../support/content.ts';
import { posterPaths, runningOffers } from '../support/paper.ts';
import { routesFor } from '../../src/lib/routes.ts';
import { translator } from '../../src/i18n/index.ts';
import type { LanguageCode } from '../../src/i18n/languages.ts';
import { formatLocalDateLong } from '../../src/lib/dates/format.ts';
import { localDay } from '../../src/lib/dates/zone.ts';
import { join } from 'node:path';

const { base } = builtDeployment();
const languages = site.languages as LanguageCode[];
const routesIn = (lang: LanguageCode) => routesFor(base, lang === languages[0] ? '' : lang);
const running = new Set(runningOffers.map((o) => o.id));

/** The guide's parts from its first page on: the first page names every other part in its contents. */
function guideParts(lang: LanguageCode): { path: string; $: CheerioAPI }[] {
  const first = routesIn(lang).guide();
  const $first = readPage(first);
  const others = new Set(
    $first('.guide__contents a')
      .map((_, a) => ($first(a).attr('href') ?? '').split('#')[0])
      .get()
      .filter((href) => href && href !== first),
  );
  return [{ path: first, $: $first }, ...[...others].sort().map((path) => ({ path, $: readPage(path) }))];
}

describe('Familienwegweiser', () => {
  it('exists in every language and is linked from the offers directory', () => {
    for (const lang of languages) {
      const r = routesIn(lang);
      expect(readPage(r.offers())('a[data-guide-link]').attr('href'), lang).toBe(r.guide());
      expect(sitemapPaths()).toContain(r.guide());
    }
  });

  it.each(languages)('%s: lists every offer that takes place exactly once, with its facts and a QR code', (lang) => {
    const t = translator(lang);
    const listed: string[] = [];
    for (const { path, $ } of guideParts(lang)) {
      $('article.guide-entry').each((_, el) => {
        const entry = $(el);
        const id = entry.attr('data-offer') ?? '';
        listed.push(id);
        expect(entry.find('h3 a').attr('href'), `${path} ${id}`).toBe(routesIn(lang).offer(id));
        const labels = entry.find('dt').map((_, dt) => $(dt).text()).get();
        expect(labels, `${path} ${id}`).toEqual(expect.arrayContaining([t('offer.when'), t('offer.where'), t('offer.cost'), t('offer.registration'), t('offer.contact')]));
        const qr = entry.find('.qr[role="img"][aria-label] > svg');
        expect(qr.length, `${path} ${id}: QR code`).toBe(1);
        expect(qr.find('path').length).toBeGreaterThan(0);
        expect(qr.find('rect').length).toBe(0);
        // The address the code opens stands beside it in text.
        expect(entry.find('.paper-url').text(), id).toBe(new URL(routesIn(lang).offer(id), builtDeployment().site).href.replace(/^https?:\/\//, ''));
      });
    }
    expect(listed.sort()).toEqual([...running].sort());
    expect(offers.filter((o) => !running.has(o.id)).every((o) => !listed.includes(o.id))).toBe(true);
  });

  it.each(languages)('%s: says the day it was built ("Stand") and has a table of contents of every topic', (lang) => {
    const t = translator(lang);
    const days = [new Date(), new Date(Date.now() - 86_400_000)].map((d) => t('paper.guide.stand', { date: formatLocalDateLong(localDay(d), lang) }));
    const parts = guideParts(lang);
    const topics = new Set(parts.flatMap(({ $ }) => $('section.guide__topic > h2').map((_, h) => $(h).attr('id')).get()));
    for (const { path, $ } of parts) {
      expect(days.some((day) => $('.guide__stand').text().includes(day)), `${path}: ${$('.guide__stand').text()}`).toBe(true);
      const anchors = $('.guide__contents a').map((_, a) => ($(a).attr('href') ?? '').split('#')[1]).get();
      expect(new Set(anchors), path).toEqual(topics);
      expect($('main').attr('data-pagefind-body'), `${path} is not in the search index`).toBeUndefined();
    }
  });

  it('keeps every part within 50 KB of HTML, QR codes included, in every language', () => {
    const heavy = languages
      .flatMap((lang) => guideParts(lang).map(({ path }) => ({ path, kb: statSync(fileForPath(path)).size / 1024 })))
      .filter(({ kb }) => kb > 50);
    expect(heavy).toEqual([]);
  });
});

describe('notices (Aushang)', () => {
  it('exist for every offer that takes place in every language, and for no other', () => {
    const built = distFiles().filter((f) => /\/aushang\/index\.html$/.test(f)).map((f) => `${base}${f.replace(/index\.html$/, '')}`);
    expect(built.sort()).toEqual(posterPaths());
    expect(posterPaths().length).toBe(running.size * languages.length);
  });

  it.each(languages)('%s: each offer page links to its notice; an offer that does not take place has none', (lang) => {
    for (const offer of offers) {
      const link = readPage(routesIn(lang).offer(offer.id))('a[data-poster-link]');
      if (running.has(offer.id)) expect(link.attr('href'), offer.id).toBe(routesIn(lang).offerPoster(offer.id));
      else expect(link.length, offer.id).toBe(0);
    }
  });

  it('are out of the sitemap and the search index: noindex, no canonical, no Pagefind body', () => {
    const sitemap = new Set(sitemapPaths());
    for (const path of posterPaths()) {
      expect(sitemap.has(path), path).toBe(false);
      const $ = readPage(path);
      expect($('meta[name="robots"]').attr('content'), path).toBe('noindex');
      expect($('link[rel="canonical"]').length, path).toBe(0);
      expect($('[data-pagefind-body]').length, path).toBe(0);
      expect($('h1').length, path).toBe(1);
    }
    const fragments = distFiles().filter((f) => f.startsWith('pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThan(0);
    const indexed = fragments.map((f) => readOutput(join(DIST, f))).filter((text) => /\/aushang\/|\/wegweiser\//.test(text));
    expect(indexed).toEqual([]);
  });

  it.each(languages)('%s: each notice has the title, a QR code of the offer’s address and tear-off strips with a phone number', (lang) => {
    for (const offer of runningOffers) {
      const path = routesIn(lang).offerPoster(offer.id);
      const $ = readPage(path);
      expect($('h1').text().length, path).toBeGreaterThan(0);
      expect($('.poster .qr > svg').length, path).toBe(1);
      expect($('.poster .paper-url').text(), path).toBe(new URL(routesIn(lang).offer(offer.id), builtDeployment().site).href.replace(/^https?:\/\//, ''));
      const strips = $('.poster__strips li');
      expect(strips.length, path).toBeGreaterThanOrEqual(5);
      const phone = strips.first().find('.phone').text();
      expect(phone, path).toMatch(/^[+\d][\d\u00a0/-]+$/);
      expect($('.poster__body a[href^="tel:"]').text(), path).toBe(phone);
    }
  });
});
