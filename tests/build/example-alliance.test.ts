// Any alliance can run this site (issue 12): the fictional "Familienbündnis Musterstadt" in
// examples/musterstadt/ is built once into a temporary folder, with SITE_URL set but empty (as a CI
// variable that expands to nothing), and every output is searched: pages, calendar files, the RSS
// feed, the open-data export, the sitemap and the search index (decompressed). None may name the
// alliance whose content ships in content/ (its name, town, district, domains, phone, e-mail,
// street — derived from content/site.yaml and its partner entry); the example's own colours, logo
// and address must be used; its HSDS export must be valid.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { CSS_VARIABLES, THEME_COLOURS } from '../../src/lib/theme/palette.ts';
import type { SiteConfig } from '../../src/schemas/site.ts';
import { FIXED_WORDS, allianceWords, hitsIn, wordPattern } from '../support/alliance-words.ts';
import { buildEnv, exclusiveBuild } from '../support/build-lock.ts';
import { filesBelow, readOutput } from '../support/dist.ts';
import { validateHsdsService } from '../support/hsds.ts';
import { imageProblems } from '../support/budget.ts';
import { keyOf } from '../../src/lib/keep/list.ts';

const ASTRO = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const EXAMPLE = resolve(import.meta.dirname, '../../examples/musterstadt');
// 1 November 2026, 10:00 UTC: the example's event lies ahead.
const EPOCH = String(Date.UTC(2026, 10, 1, 10) / 1000);

const out = mkdtempSync(join(tmpdir(), 'familiennetz-example-'));
let outputs: Map<string, string>;
let seconds = 0;

const example = await checkSite(EXAMPLE, { now: new Date(Number(EPOCH) * 1000) });
const settings = example.site!.config as SiteConfig;
const forbidden = wordPattern([...new Set([...(await allianceWords(contentRoot({}))), ...FIXED_WORDS])]);



beforeAll(async () => {
  await exclusiveBuild(() => {
    const started = performance.now();
    execFileSync(process.execPath, [ASTRO, 'build', '--outDir', out], {
      env: buildEnv({ CONTENT_DIR: EXAMPLE, SOURCE_DATE_EPOCH: EPOCH, SITE_URL: '', BASE_PATH: '' }),
      stdio: 'pipe',
    });
    seconds = (performance.now() - started) / 1000;
  });
  console.log(`example alliance built in ${seconds.toFixed(1)} s`);
  // Everything made from content: not the CMS's or Pagefind's own program files, not binary files.
  const fromContent = (file: string) => !/\.(wasm|woff2?|png|jpe?g|webp)$/.test(file) && !/^pagefind\/pagefind[\w.-]*\.js$/.test(file) && (!file.startsWith('admin/') || /^admin\/(index\.html|config\.yml)$/.test(file));
  outputs = new Map(filesBelow(out).map((file) => relative(out, file)).filter(fromContent).map((file) => [file, readOutput(join(out, file))]));
}, 600_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = (path: string) => load(outputs.get(path) ?? '');

describe('the example alliance, built from examples/musterstadt/', () => {
  it('builds every kind of output', () => {
    const files = [...outputs.keys()];
    for (const file of ['index.html', 'angebote/elterncafe/index.html', 'veranstaltungen/herbstfest/index.html', 'kalender.ics', 'veranstaltungen/feed.xml', 'daten/index.html', 'daten/hsds/services.json', 'sitemap-0.xml', 'impressum/index.html']) {
      expect(files, file).toContain(file);
    }
    expect(files.some((file) => /^pagefind\/index\/.*\.pf_index$/.test(file))).toBe(true);
    expect(files.some((file) => /^angebote\/[^/]+\/kalender\.ics$/.test(file))).toBe(true);
  });

  it('names nowhere the alliance whose content ships in content/ (pages, calendars, feed, data, search index)', () => {
    const hits = [...outputs].flatMap(([file, text]) => hitsIn(file, text, forbidden)).map((hit) => `${hit.file}:${hit.line}: ${hit.word}`);
    expect(hits).toEqual([]);
    // The search would see them: the example's own name is found the same way.
    const own = wordPattern([settings.town]);
    expect([...outputs].filter(([file]) => /\.pf_/.test(file)).some(([, text]) => own.test(text))).toBe(true);
  });

  it('takes its address from its settings when SITE_URL is set but empty', () => {
    expect(page('index.html')('link[rel="canonical"]').attr('href')).toBe(`${settings.url}/`);
    expect(outputs.get('sitemap-0.xml')).toContain(`${settings.url}/angebote/elterncafe/`);
    expect(outputs.get('kalender.ics')).toContain(`@${new URL(settings.url).hostname}`);
  });

  it('keeps the public holidays of its state (Bayern: 6 January, not a holiday in the default state)', () => {
    // The Elterncafé meets on Wednesdays and does not on holidays; 6 January 2027 is a Wednesday.
    const ics = outputs.get('angebote/elterncafe/kalender.ics')!;
    expect(ics).toMatch(/^EXDATE[^\n]*20270106T093000/m);
    expect(ics).not.toMatch(/^EXDATE[^\n]*20261118T093000/m);
  });

  it('uses its colours and its logo', () => {
    const home = page('index.html');
    const css = home('link[rel="stylesheet"]')
      .map((_, el) => outputs.get(home(el).attr('href')!.replace(/^\//, '')) ?? '')
      .get()
      .join('\n');
    for (const colour of THEME_COLOURS) expect(css, colour).toContain(`${CSS_VARIABLES[colour]}:${settings.theme[colour]}`);
    expect(home('meta[name="theme-color"]').attr('content')).toBe(settings.theme.primary);
    expect(outputs.get('logo.svg')).toBe(example.site!.logo.svg);
    expect(home('header img').attr('src')).toBe('/logo.svg');
    expect(home('h1').text()).toBe(settings.name);
  });

  // The example carries a drawing made for it (fotos/familienbuero-zeichnung.png): the photo
  // pipeline of issue 14 runs on the offer, the festival archive and "Über uns".
  it('shows its photos resized, compressed and lazy, with their description and credit', () => {
    const photoEntries = example.entries.filter((e) => (e.data as { image?: unknown } | undefined)?.image);
    expect(photoEntries.length).toBeGreaterThanOrEqual(3);
    const shown = ['angebote/elterncafe/index.html', 'veranstaltungen/index.html', 'ueber-uns/index.html'];
    for (const file of shown) {
      const $ = page(file);
      const img = $('figure.photo img');
      expect(img.length, file).toBe(1);
      expect(imageProblems($, '/logo.svg'), file).toEqual([]);
      const candidates = (img.attr('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/));
      expect(candidates.length, file).toBeGreaterThanOrEqual(3);
      expect(img.attr('sizes'), file).toBeTruthy();
      // Each candidate is a file of the build, WebP, and the one for a phone is small.
      for (const [url] of candidates) expect(statSync(join(out, url!)).size, url).toBeGreaterThan(0);
      const phone = candidates.find(([, width]) => width === '360w' || width === '320w')!;
      expect(statSync(join(out, phone[0]!)).size, phone[0]).toBeLessThanOrEqual(30 * 1024);
      const entry = photoEntries.find((e) => $('figure.photo img').attr('alt') === (e.data as { image: { alt: string } }).image.alt);
      expect(entry, `${file}: alt text of an entry's photo`).toBeDefined();
      const { photographer, licence } = (entry!.data as { image: { photographer: string; licence: string } }).image;
      expect($('figure.photo figcaption').text()).toContain(photographer);
      expect($('figure.photo figcaption').text()).toContain(licence);
    }
    // Pages without a photo show none, and no empty frame.
    expect(page('kontakt/index.html')('figure.photo').length).toBe(0);
  });

  it('offers "Merken" beside each coming event of the events list: the key on the item, the script that adds the button', () => {
    // The example's only coming events (after the build day): the real content has none today.
    const buildDay = new Date(Number(EPOCH) * 1000).toISOString().slice(0, 10);
    const coming = example.entries
      .filter((e) => e.collection === 'events' && (e.data as { start: string }).start.slice(0, 10) >= buildDay)
      .map((e) => keyOf('event', e.id));
    expect(coming.length).toBeGreaterThan(0);
    const $ = page('veranstaltungen/index.html');
    expect($('#demnaechst').parent().find('li[data-keep-key]').map((_, el) => $(el).attr('data-keep-key')).get()).toEqual(coming);
    // The page's module scripts, with what they import, include the one that reads those keys.
    const code = new Set<string>();
    const read = (file: string) => {
      if (code.has(file)) return;
      code.add(file);
      for (const [, next] of (outputs.get(file) ?? '').matchAll(/(?:import|from)\s*["']\.\/([\w.-]+\.js)["']/g)) read(`_astro/${next}`);
    };
    for (const src of $('script[type="module"][src]').map((_, el) => $(el).attr('src')).get()) read(src.replace(/^\//, ''));
    expect([...code].some((file) => (outputs.get(file) ?? '').includes('[data-keep-key]')), [...code].join(', ')).toBe(true);
    // Past events in the archive have none.
    expect($('li[data-keep-key]').length).toBe(coming.length);
  });

  it('exports its offers as valid HSDS 3.0 services and announces its event feed', () => {
    const services = JSON.parse(outputs.get('daten/hsds/services.json')!) as Record<string, unknown>[];
    expect(services.map((s) => s['name']).sort()).toEqual(example.entries.filter((e) => e.collection === 'offers').map((e) => (e.data as { title: string }).title).sort());
    for (const service of services) expect(validateHsdsService(service), String(service['name'])).toEqual([]);
    const feed = load(outputs.get('veranstaltungen/feed.xml')!, { xml: true });
    expect(feed('item > title').map((_, el) => feed(el).text()).get()).toEqual(['Herbstfest im Familienbüro']);
    expect(page('index.html')('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/veranstaltungen/feed.xml');
  });
});
