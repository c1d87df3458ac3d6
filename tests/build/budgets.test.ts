// Page budgets for families on old phones and mobile data: what the key pages
// make the browser fetch, counted in bytes from dist/ (no time limits).
import { readFileSync, statSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { builtDeployment, fileForPath, htmlPages, routesOfPage } from '../support/dist.ts';
import { offers, site } from '../support/content.ts';
import { routesFor } from '../../src/lib/routes.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { imageProblems, pageWeight } from '../support/budget.ts';

const KB = 1024;
const PAGE_BUDGET = 50 * KB;
const JS_BUDGET = 10 * KB;
/** A script the phone may lack (Arabic) brings its font: regular and bold. Latin, Turkish and Cyrillic use the system's. */
const FONT_BUDGET = 100 * KB;

const { routes, base } = builtDeployment();
const offerPage = offers[0] && routes.offer(offers[0].id);
const KEY_PAGES = [routes.home(), routes.offers(), offerPage!];

describe('page budgets', () => {
  it('has an offer page to weigh', () => {
    expect(offerPage).toBeDefined();
  });

  it.each(KEY_PAGES)('%s: at most 50 KB in total (HTML, CSS, JS, images, fonts)', (path) => {
    const weight = pageWeight(path);
    const detail = weight.resources.map((r) => `${r.url} ${r.bytes}`).join(', ');
    expect(weight.total, detail).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  // The same key pages in every other language of the site: the same 50 KB besides fonts; a font
  // only where the language's script needs one (right to left: Arabic), and then at most 100 KB.
  const otherLanguages = site.languages.slice(1).map((lang) => ({ lang, routes: routesFor(base, lang) }));
  it.each(otherLanguages.flatMap(({ lang, routes: r }) => [r.home(), r.offers(), r.offer(offers[0]!.id)].map((path) => [path, lang] as const)))(
    '%s: at most 50 KB besides fonts, fonts only for a script phones may lack',
    (path, lang) => {
      const weight = pageWeight(path);
      const detail = weight.resources.map((r) => `${r.url} ${r.bytes}`).join(', ');
      expect(weight.total - weight.byKind.font, detail).toBeLessThanOrEqual(PAGE_BUDGET);
      if (LANGUAGES[lang].dir === 'rtl') {
        expect(weight.byKind.font, detail).toBeGreaterThan(0);
        expect(weight.byKind.font, detail).toBeLessThanOrEqual(FONT_BUDGET);
      } else expect(weight.byKind.font, detail).toBe(0);
    },
  );

  it('every page outside /suche/ runs at most 10 KB of JavaScript', () => {
    const over = htmlPages()
      .filter((path) => !path.startsWith(routesOfPage(path).search()))
      .map((path) => ({ path, js: pageWeight(path).byKind.js }))
      .filter((page) => page.js > JS_BUDGET);
    expect(over).toEqual([]);
  });

  // The service worker is fetched only after the visitor's choice ("Für unterwegs speichern"),
  // never on a page's load: its own budget, Workbox included. Pages that offer the choice carry
  // its small script, counted above like every script of a page.
  it('the service worker is at most 25 KB and precaches at most 250 KB', () => {
    const worker = readFileSync(fileForPath(routes.serviceWorker()));
    expect(worker.length).toBeLessThanOrEqual(25 * KB);
    const precached = [...worker.toString('utf8').matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    expect(precached.length).toBeGreaterThan(0);
    const bytes = precached.reduce((sum, url) => sum + statSync(fileForPath(url.split('?')[0]!)).size, 0);
    expect(bytes).toBeLessThanOrEqual(250 * KB);
  });

  it('no page loads anything from another host, and nothing render-blocking comes from elsewhere', () => {
    const offending = htmlPages()
      .map((path) => pageWeight(path))
      .filter((w) => w.external.length > 0 || w.renderBlocking.some((u) => /^([a-z]+:)?\/\//i.test(u)))
      .map((w) => `${w.path}: ${[...w.external, ...w.renderBlocking].join(', ')}`);
    expect(offending).toEqual([]);
  });

  it('render-blocking requests are only the site’s own stylesheets', () => {
    for (const path of KEY_PAGES) {
      for (const url of pageWeight(path).renderBlocking) expect(url, path).toMatch(new RegExp(`^${base}_astro/[^/]+\\.css$`));
    }
  });

  it('every page loads one and the same stylesheet: one request on a slow line, then cached; the paper pages one more', () => {
    const sheets = new Set<string>();
    const paperSheets = new Set<string>();
    // The guide and the notices (/wegweiser/, /angebote/<id>/aushang/) add their print styles.
    const isPaper = (path: string) => /\/wegweiser\/|\/aushang\/$/.test(path);
    let paperPages = 0;
    for (const path of htmlPages()) {
      const $ = load(readFileSync(fileForPath(path), 'utf8'));
      const links = $('link[rel="stylesheet"]').map((_, el) => $(el).attr('href')).get();
      expect($('style').length, `${path}: inline <style>`).toBe(0);
      if (isPaper(path)) {
        paperPages++;
        expect(links, path).toHaveLength(2);
        sheets.add(links[0] ?? '');
        paperSheets.add(links[1] ?? '');
      } else {
        expect(links, path).toHaveLength(1);
        sheets.add(links[0] ?? '');
      }
    }
    expect([...sheets]).toHaveLength(1);
    expect(paperPages).toBeGreaterThan(0);
    expect([...paperSheets]).toHaveLength(1);
    expect(paperSheets.has([...sheets][0]!)).toBe(false);
  });
});

describe('images', () => {
  it('every <img> comes from Astro’s image pipeline: /_astro/, width and height, lazy, WebP or AVIF', () => {
    const problems = htmlPages().flatMap((path) =>
      imageProblems(load(readFileSync(fileForPath(path), 'utf8')), routes.logo()).map((p) => `${path}: ${p.src} ${p.problem}`),
    );
    expect(problems).toEqual([]);
  });

  it('the image rule catches an image that bypasses the pipeline', () => {
    const $ = load('<img src="/bilder/fest.jpg" alt="Fest">');
    expect(imageProblems($).map((p) => p.problem)).toEqual([
      'nicht aus Astros Bild-Pipeline (/_astro/)',
      'kein modernes Format (WebP/AVIF)',
      'width/height fehlen',
      'loading="lazy" fehlt',
    ]);
    const good = load('<img src="/_astro/fest.Ab12.webp" width="800" height="600" loading="lazy" decoding="async" alt="Fest">');
    expect(imageProblems(good)).toEqual([]);
    // The logo of the settings: a checked SVG, needs only its size; any other SVG still counts.
    expect(imageProblems(load('<img src="/logo.svg" width="48" height="48" alt="">'), '/logo.svg')).toEqual([]);
    expect(imageProblems(load('<img src="/logo.svg" alt="">'), '/logo.svg').map((p) => p.problem)).toEqual(['width/height fehlen']);
    expect(imageProblems(load('<img src="/anderes.svg" width="48" height="48" loading="lazy" alt="">'), '/logo.svg')).toHaveLength(2);
  });
});
