// Checks the built site in dist/ against the content it was built from.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { DIST, htmlPages, readPage } from '../support/dist.ts';

const { entries } = await checkSite(contentRoot());
const published = (collection: string) =>
  entries.filter((e) => e.collection === collection && !(e.data as { draft?: boolean } | undefined)?.draft);
const PREFIX: Record<string, string> = { offers: '/angebote/', partners: '/partner/', events: '/veranstaltungen/', pages: '/' };

describe('the built site', () => {
  const pages = htmlPages();

  it('has a page for every published offer, partner, event and free page', () => {
    for (const collection of Object.keys(PREFIX)) {
      const list = published(collection);
      expect(list.length, `no ${collection} in content/`).toBeGreaterThan(0);
      for (const entry of list) expect(pages).toContain(`${PREFIX[collection]}${entry.id}/`);
    }
  });

  it('has the fixed pages', () => {
    for (const path of ['/', '/angebote/', '/partner/', '/veranstaltungen/', '/suche/', '/kontakt/', '/ueber-uns/', '/impressum/', '/datenschutz/', '/barrierefreiheit/', '/leichte-sprache/', '/404.html']) {
      expect(pages).toContain(path);
    }
  });

  it('gives every page a title, a meta description, a canonical URL and lang="de"', () => {
    for (const path of pages) {
      const $ = readPage(path);
      expect($('html').attr('lang'), path).toBe('de');
      expect($('title').text().trim().length, `${path}: title`).toBeGreaterThan(5);
      expect(($('meta[name="description"]').attr('content') ?? '').length, `${path}: description`).toBeGreaterThan(20);
      if (path !== '/404.html') expect($('link[rel="canonical"]').attr('href'), path).toMatch(/^https:\/\//);
    }
  });

  it('gives every page a unique title', () => {
    const titles = pages.map((path) => readPage(path)('title').text().trim());
    const duplicates = titles.filter((title, i) => titles.indexOf(title) !== i);
    expect(duplicates).toEqual([]);
  });

  it('links each offer to its partners and each partner back to its offers', () => {
    for (const offer of published('offers')) {
      const $offer = readPage(`/angebote/${offer.id}/`);
      const partners = (offer.data as { partners: string[] }).partners;
      for (const partner of partners) {
        expect($offer(`a[href$="/partner/${partner}/"]`).length, `${offer.id} → ${partner}`).toBeGreaterThan(0);
        const $partner = readPage(`/partner/${partner}/`);
        expect($partner(`a[href$="/angebote/${offer.id}/"]`).length, `${partner} → ${offer.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('shows the central contact in every page footer', () => {
    for (const path of pages) {
      // Phone numbers are written with non-breaking spaces so they never wrap.
      const footer = readPage(path)('footer').text().replace(/\u00a0/g, ' ');
      expect(footer, path).toContain('02389 71570');
      expect(footer, path).toContain('Am Neutor 5');
    }
  });

  it('has skip link, main landmark and breadcrumbs below the home page', () => {
    for (const path of pages) {
      const $ = readPage(path);
      expect($('a.skip-link[href="#inhalt"]').length, path).toBe(1);
      expect($('main#inhalt').length, path).toBe(1);
      if (path !== '/' && path !== '/404.html') expect($('nav.breadcrumbs').length, path).toBe(1);
    }
  });

  it('lists every page except 404 in the sitemap, and robots.txt points to it', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain('sitemap-0.xml');
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    expect(locs.sort()).toEqual(pages.filter((p) => p !== '/404.html'));
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
  });

  it('builds a search index that holds the content pages, not the lists', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    const expected = ['offers', 'partners', 'events', 'pages'].reduce((sum, c) => sum + published(c).length, 0);
    expect(indexed).toBe(expected);
    expect(Object.keys(entry.languages)).toEqual(['de']);
  });
});
