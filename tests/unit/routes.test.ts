import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, siteUrl } from '../../src/lib/deployment.ts';
import { CONTACT_PAGE_ID, HELP_PAGE_ID, FIXED_SEGMENTS, absoluteUrl, routesFor } from '../../src/lib/routes.ts';

/** The site's own address, as content/site.yaml would give it. */
const OWN = 'https://familie.musterstadt.example';

describe('route table', () => {
  it('puts every URL below the base path', () => {
    for (const base of ['/', '/familie/', '/familie']) {
      const routes = routesFor(base);
      const prefix = base.endsWith('/') ? base : `${base}/`;
      const urls = [
        routes.home(),
        routes.offers(),
        routes.offer('x'),
        routes.offerCalendar('x'),
        routes.partners(),
        routes.partner('x'),
        routes.events(),
        routes.event('x'),
        routes.eventCalendar('x'),
        routes.feed(),
        routes.week(),
        routes.search(),
        routes.searchTerms(),
        routes.pagefind(),
        routes.page('x'),
        routes.contact(),
        routes.sitemap(),
        routes.admin(),
        routes.favicon(),
        routes.notFound(),
      ];
      for (const url of urls) expect(url.startsWith(prefix), url).toBe(true);
    }
    expect(routesFor('/familie/').offer('netz-cafe')).toBe('/familie/angebote/netz-cafe/');
    expect(routesFor('/').entry('pages', 'impressum')).toBe('/impressum/');
    expect(routesFor('/').entry('locations', 'x')).toBeUndefined();
  });

  it('makes absolute URLs on the published site', () => {
    expect(absoluteUrl('/familie/angebote/', 'https://example.org')).toBe('https://example.org/familie/angebote/');
    expect(() => absoluteUrl('/x/', undefined)).toThrow();
  });

  it('knows every top-level folder the pages write, so no free page can take its name', () => {
    // Pages written once, and pages written for every language ([...lang]/: the same top-level folders).
    const root = resolve(import.meta.dirname, '../../src/pages');
    const pages = [...readdirSync(root), ...(existsSync(resolve(root, '[...lang]')) ? readdirSync(resolve(root, '[...lang]')) : [])];
    const written = pages
      .filter((name) => !name.startsWith('['))
      .map((name) => name.replace(/\.(astro|ts)$/, '').replace(/^index$/, ''))
      .filter((name) => name && name !== CONTACT_PAGE_ID && name !== HELP_PAGE_ID);
    expect(written.length).toBeGreaterThan(5);
    for (const name of written) expect(FIXED_SEGMENTS, name).toContain(name);
    for (const output of ['pagefind', '_astro', 'admin', 'sitemap-index.xml']) expect(FIXED_SEGMENTS).toContain(output);
  });
});

describe('deployment settings', () => {
  it('uses the site\'s own address and "/" when SITE_URL and BASE_PATH are unset or empty', () => {
    for (const env of [{}, { SITE_URL: '', BASE_PATH: '' }, { SITE_URL: '  ', BASE_PATH: ' ' }]) {
      expect(siteUrl(env, OWN)).toBe(OWN);
      expect(basePath(env)).toBe('/');
    }
  });

  it('reads them when set, with one slash at each end of the base path', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org/' }, OWN)).toBe('https://example.org');
    expect(basePath({ BASE_PATH: 'familie' })).toBe('/familie/');
    expect(basePath({ BASE_PATH: '/familie' })).toBe('/familie/');
    expect(basePath({ BASE_PATH: '/mr-1/familie/' })).toBe('/mr-1/familie/');
  });

  it('refuses an address that is none, in German', () => {
    expect(() => siteUrl({ SITE_URL: 'familie' }, OWN)).toThrow(/SITE_URL="familie" ist keine vollständige Adresse/);
    expect(() => siteUrl({ SITE_URL: 'ftp://example.org' }, OWN)).toThrow(/https/);
  });
});
