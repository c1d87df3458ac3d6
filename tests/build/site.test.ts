// Checks the built site in dist/ against the content it was built from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtDeployment, fileForPath, htmlPages, pageLanguage, readPage, routesOfPage } from '../support/dist.ts';
import { legalPageOf } from '../../src/lib/routes.ts';
import { alliance, offers, published, site as settings } from '../support/content.ts';
import { foldWord } from '../../src/lib/search/fold.ts';
import { posterPaths } from '../support/paper.ts';

const { routes, site } = builtDeployment();
const ENTRY_PAGES = ['offers', 'partners', 'events', 'pages'] as const;

describe('the built site', () => {
  // The notices (…/aushang/) are an offer's page again, for paper: noindex, no canonical, not in the sitemap (tests/build/paper.test.ts).
  const posters = new Set(posterPaths());
  const pages = htmlPages().filter((path) => !posters.has(path));

  it('has a page for every published offer, partner, event and free page', () => {
    for (const collection of ENTRY_PAGES) {
      const list = published(collection);
      expect(list.length, `no ${collection} in content/`).toBeGreaterThan(0);
      for (const entry of list) expect(pages).toContain(routes.entry(collection, entry.id));
    }
  });

  it('has the fixed pages', () => {
    for (const path of [routes.home(), routes.offers(), routes.partners(), routes.events(), routes.week(), routes.search(), routes.contact(), routes.notFound()]) {
      expect(pages).toContain(path);
    }
  });

  it('gives every page a title, a meta description, a canonical URL on the site and lang="de"', () => {
    for (const path of pages) {
      const $ = readPage(path);
      expect(settings.languages as string[], path).toContain($('html').attr('lang'));
      expect($('title').text().trim().length, `${path}: title`).toBeGreaterThan(5);
      expect(($('meta[name="description"]').attr('content') ?? '').length, `${path}: description`).toBeGreaterThan(20);
      if (path !== routes.notFound()) expect($('link[rel="canonical"]').attr('href'), path).toBe(new URL(path, site).href);
    }
  });

  it('gives every page a unique title in its language', () => {
    const titles = pages.map((path) => `${pageLanguage(path)}: ${readPage(path)('title').text().trim()}`);
    const duplicates = titles.filter((title, i) => titles.indexOf(title) !== i);
    expect(duplicates).toEqual([]);
  });

  it('links each offer to its partners and each partner back to its offers', () => {
    for (const offer of offers) {
      const $offer = readPage(routes.offer(offer.id));
      for (const partner of offer.data.partners) {
        expect($offer(`a[href="${routes.partner(partner)}"]`).length, `${offer.id} → ${partner}`).toBeGreaterThan(0);
        const $partner = readPage(routes.partner(partner));
        expect($partner(`a[href="${routes.offer(offer.id)}"]`).length, `${partner} → ${offer.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('shows the central contact in every page footer', () => {
    const phone = alliance.partner.phone;
    const street = alliance.place?.street;
    expect(phone ?? alliance.partner.email, 'the alliance has a phone number or an e-mail address').toBeDefined();
    for (const path of pages) {
      // Phone numbers are written with non-breaking spaces so they never wrap.
      const footer = readPage(path)('footer').text().replace(/\u00a0/g, ' ');
      if (phone) expect(footer, path).toContain(phone);
      if (alliance.partner.email) expect(footer, path).toContain(alliance.partner.email);
      if (street) expect(footer, path).toContain(street);
    }
  });

  it('has skip link, main landmark and breadcrumbs below the home page', () => {
    for (const path of pages) {
      const $ = readPage(path);
      expect($('a.skip-link[href="#inhalt"]').length, path).toBe(1);
      expect($('main#inhalt').length, path).toBe(1);
      if (path !== routesOfPage(path).home() && path !== routes.notFound()) expect($('nav.breadcrumbs').length, path).toBe(1);
    }
  });

  it('lists every page except 404 in the sitemap, and robots.txt points to it', () => {
    const index = readFileSync(fileForPath(routes.sitemap()), 'utf8');
    expect(index).toContain(new URL(routes.href('sitemap-0.xml'), site).href);
    const sitemap = readFileSync(fileForPath(routes.href('sitemap-0.xml')), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(locs.sort()).toEqual(pages.filter((p) => p !== routes.notFound()));
    expect(readFileSync(fileForPath(routes.href('robots.txt')), 'utf8')).toContain(`Sitemap: ${new URL(routes.sitemap(), site).href}\n`);
  });

  it('builds a search index that holds the content pages, not the lists', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // One index per language; each holds the entry pages (in another language the legal pages are
    // short summaries linking to the binding text and are not indexed).
    const expected = ENTRY_PAGES.reduce((sum, c) => sum + published(c).length, 0);
    const legal = published('pages').filter((p) => legalPageOf(p.id)).length;
    for (const [lang, index] of Object.entries(entry.languages)) {
      expect(index.page_count, lang).toBe(lang === settings.languages[0] ? expected : expected - legal);
    }
    expect(Object.keys(entry.languages).sort()).toEqual([...settings.languages].sort());
  });

  it('serves the known words for "Meinten Sie …?" from the content, titles included', () => {
    const known = (JSON.parse(readFileSync(fileForPath(routes.searchTerms()), 'utf8')) as string[]).map((word) => foldWord(word));
    expect(known.length).toBeGreaterThan(10);
    for (const offer of offers) {
      for (const word of offer.data.title.match(/\p{L}{4,}/gu) ?? []) expect(known, offer.id).toContain(foldWord(word));
    }
  });
});
