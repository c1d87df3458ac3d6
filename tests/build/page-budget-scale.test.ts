// Every page light at any size (issue 15): 500 generated entries (scripts/generate-content.ts:
// 300 offers, 100 events, 60 partners) are built once into a temporary folder, without the search
// index, in German and Arabic (a second language, right to left: paging works in every language). Every HTML page must stay within 50 KB uncompressed, lists included, and the long lists
// must be numbered pages that a visitor without JavaScript can walk from the first page to the
// last (rel="next"), finding every entry on them; the rel="prev" links lead back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/generate-content.ts';
import { checkSite } from '../../src/lib/content/check.ts';
import { isPublished } from '../../src/lib/content/status.ts';
import { buildEnv, exclusiveBuild } from '../support/build-lock.ts';
import { filesBelow, readOutput } from '../support/dist.ts';

const ASTRO = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const BUDGET = 50 * 1024;
// 19 November 2026, as the benchmark: the generated dates lie around it.
const EPOCH = '1795000000';

const root = mkdtempSync(join(tmpdir(), 'familiennetz-scale-'));
const content = join(root, 'content');
const out = join(root, 'dist');
generateContent({ count: 500, out: content, seed: 1, languages: ['de', 'ar'] });
const { entries } = await checkSite(content, { now: new Date(Number(EPOCH) * 1000) });
const published = (collection: string) => entries.filter((e) => e.collection === collection && e.data && isPublished(e.data as never));

let pages: string[];

beforeAll(async () => {
  await exclusiveBuild(() => {
    execFileSync(process.execPath, [ASTRO, 'build', '--outDir', out], {
      env: buildEnv({ CONTENT_DIR: content, SOURCE_DATE_EPOCH: EPOCH, SITE_URL: 'https://familie.beispielstadt.example', BASE_PATH: '', SKIP_PAGEFIND: '1' }),
      stdio: 'pipe',
    });
  });
  pages = filesBelow(out)
    .map((file) => relative(out, file))
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'));
}, 600_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const fileOf = (path: string) => join(out, path.replace(/^\//, ''), 'index.html');
const page = (path: string): CheerioAPI => load(readOutput(fileOf(path)));

/** The pages of a list from its first page on, following rel="next"; each must point back with rel="prev". */
function walk(first: string): CheerioAPI[] {
  const chain: CheerioAPI[] = [];
  let path: string | undefined = first;
  let previous: string | undefined;
  while (path) {
    const $ = page(path);
    expect($('head link[rel="prev"]').attr('href'), `${path}: rel="prev"`).toBe(previous);
    expect($('a[rel="next"]').attr('href'), `${path}: the link to the next page is also a link in the page`).toBe($('head link[rel="next"]').attr('href'));
    chain.push($);
    previous = path;
    path = $('head link[rel="next"]').attr('href');
    expect(chain.length).toBeLessThan(100);
  }
  return chain;
}

/** The entry ids linked from a chain of pages, for links like /angebote/<id>/. */
function linkedIds(chain: CheerioAPI[], prefix: string): Set<string> {
  const pattern = new RegExp(`^${prefix}([^/]+)/$`);
  return new Set(chain.flatMap(($) => $('main a').map((_, a) => pattern.exec($(a).attr('href') ?? '')?.[1]).get().filter(Boolean)));
}

describe('a site with 500 entries', () => {
  it('keeps every HTML page within 50 KB', () => {
    expect(pages.length).toBeGreaterThan(900);
    const heavy = pages.map((file) => ({ file, kb: statSync(join(out, file)).size / 1024 })).filter(({ kb }) => kb * 1024 > BUDGET);
    expect(heavy, heavy.map(({ file, kb }) => `${file}: ${kb.toFixed(1)} KB`).join('\n')).toEqual([]);
  });

  it('lists every offer on the numbered pages of the directory, from A to Z', () => {
    const chain = walk('/angebote/');
    expect(chain.length).toBeGreaterThan(1);
    const offers = published('offers').map((e) => e.id);
    expect(linkedIds(chain, '/angebote/')).toEqual(new Set(offers));
    // The filters go to the search page, which filters every offer.
    expect(chain[0]!('form.offer-filters').attr('action')).toBe('/suche/');
  });

  it('pages the lists the same way in the second language, with its texts and its addresses', () => {
    const offers = walk('/ar/angebote/');
    expect(offers.length).toBe(walk('/angebote/').length);
    expect(linkedIds(offers, '/ar/angebote/')).toEqual(new Set(published('offers').map((e) => e.id)));
    expect(linkedIds(walk('/ar/partner/'), '/ar/partner/')).toEqual(new Set(published('partners').map((e) => e.id)));
    const $ = offers[0]!;
    expect($('html').attr('lang')).toBe('ar');
    expect($('nav.pager').attr('aria-label')).not.toBe(page('/angebote/')('nav.pager').attr('aria-label'));
  });

  it('has a page for each topic with every offer of that topic', () => {
    const $ = page('/angebote/');
    const topicLinks = $('nav.topic-nav a').map((_, a) => $(a).attr('href')).get();
    expect(topicLinks.length).toBeGreaterThan(3);
    for (const href of topicLinks) {
      const chain = walk(href);
      const count = Number(/\((\d+)\)$/.exec($(`nav.topic-nav a[href="${href}"]`).text())?.[1]);
      expect(linkedIds(chain, '/angebote/').size, href).toBe(count);
    }
  });

  it('lists every partner on the numbered pages of the partner list', () => {
    const chain = walk('/partner/');
    expect(chain.length).toBeGreaterThan(1);
    expect(linkedIds(chain, '/partner/')).toEqual(new Set(published('partners').map((e) => e.id)));
  });

  it("shows the first offers on a partner's page and all of them on its own pages", () => {
    const alliance = published('offers').filter((e) => (e.data as { partners: string[] }).partners.includes('familienbuendnis'));
    expect(alliance.length).toBeGreaterThan(30);
    const $ = page('/partner/familienbuendnis/');
    const more = $('a[href="/partner/familienbuendnis/angebote/"]');
    expect(more.text()).toContain(String(alliance.length));
    expect(linkedIds(walk('/partner/familienbuendnis/angebote/'), '/angebote/')).toEqual(new Set(alliance.map((e) => e.id)));
  });

  it('shows a few dates a day in "Die nächsten 7 Tage" and all of them on the day\'s pages', () => {
    const $ = page('/diese-woche/');
    const dayLinks = $('a[href^="/diese-woche/2"]');
    expect(dayLinks.length).toBeGreaterThan(0);
    for (const link of dayLinks.toArray()) {
      const href = $(link).attr('href')!;
      const count = Number(/\d+/.exec($(link).text())?.[0]);
      const dates = walk(href).reduce((sum, day) => sum + day('.date-list > li').length, 0);
      expect(dates, href).toBe(count);
    }
  });
});
