// The search page and the offers directory filters as a visitor uses them:
// keyboard only, status announced, filters kept in the URL, no axe violation.
// Queries and expected results come from the content the site was built from.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { translator } from '../../src/i18n/index.ts';
import { offerFilters } from '../../src/lib/search/additions.ts';
import { FILTER_PARAMS } from '../../src/lib/search/contract.ts';
import { nearestTerm } from '../../src/lib/search/query.ts';
import { phoneText, telHref } from '../../src/lib/text/facts.ts';
import { slugify } from '../../src/lib/text/slug.ts';
import { useBrowser } from '../support/browser.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { builtDeployment, fileForPath } from '../support/dist.ts';
import { alliance, offers, sampleOffer, topicGroups } from '../support/content.ts';

const t = translator('de');

// Waiting, not a time budget: Chromium on a busy machine may take seconds to load the index.
const WAIT = { timeout: 30_000 };
const { routes } = builtDeployment();
const browser = useBrowser();
const searchPage = () => browser.url(routes.search());
let context: BrowserContext;
beforeAll(async () => {
  context = await browser.newContext();
});

const TITLE = sampleOffer.data.title;

/** A word of an offer title, misspelt by one letter, that "Meinten Sie …?" turns back into that word. */
function misspelling(): { typed: string; meant: string } {
  const known = JSON.parse(readFileSync(fileForPath(routes.searchTerms()), 'utf8')) as string[];
  for (const word of offers.flatMap((o) => o.data.title.match(/\p{L}{6,}/gu) ?? [])) {
    const middle = Math.floor(word.length / 2);
    const typed = word.slice(0, middle) + word.slice(middle + 1);
    const meant = nearestTerm(typed, known, 1);
    if (meant && meant.toLowerCase() === word.toLowerCase()) return { typed, meant };
  }
  throw new Error('Kein Angebotstitel mit einem Wort aus mindestens 6 Buchstaben');
}

/** A topic that some, but not all offers have: filtering by it shows a difference. */
const topic = topicGroups.find((g) => g.entries.length < offers.length) ?? topicGroups[0]!;

describe('search page', () => {
  it('loads the index on focus, searches by keyboard and announces the result count', async () => {
    const page = await context.newPage();
    const pagefindRequests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith(routes.pagefind())) pagefindRequests.push(r.url());
    });
    await page.goto(searchPage());
    expect(pagefindRequests).toEqual([]);
    await page.getByLabel(t('search.label')).focus();
    await expect.poll(() => pagefindRequests.some((u) => u.endsWith('pagefind.js')), WAIT).toBe(true);
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Enter');
    const status = page.locator('#suchstatus');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status.textContent(), WAIT).toMatch(new RegExp(`\\d+ Treffer für „${TITLE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}“`));
    const first = page.locator('#suchergebnisse li').first();
    expect(await first.locator('a').textContent()).toBe(TITLE);
    expect(await first.locator('.tag').textContent()).toBe(t('kind.offer'));
    expect(new URL(page.url()).searchParams.get('q')).toBe(TITLE);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('keeps keyboard focus on a result: a search still pending for the same words does not redraw the list', async () => {
    const page = await context.newPage();
    await page.goto(searchPage());
    await page.getByLabel(t('search.label')).focus();
    await page.keyboard.type(TITLE);
    // Enter right away: the search for the typed words is also still waiting for the typing pause.
    await page.keyboard.press('Enter');
    await page.locator('#suchergebnisse li a').first().waitFor();
    await page.locator('#suchergebnisse li a').first().focus();
    const focused = () => page.evaluate(() => document.activeElement?.closest('#suchergebnisse') !== null && document.activeElement?.tagName === 'A');
    expect(await focused()).toBe(true);
    // The typing pause ends only now (as on a slow phone): a search for the same words starts again.
    await page.evaluate(() => document.querySelector('#suchfeld')?.dispatchEvent(new Event('input')));
    // Longer than the typing pause (250 ms) plus a search.
    await page.waitForTimeout(1_000);
    expect(await focused()).toBe(true);
    await page.close();
  });

  it('shows readable excerpts: facts separated, no run-together labels', async () => {
    const page = await context.newPage();
    await page.goto(`${searchPage()}?q=${encodeURIComponent(TITLE)}`);
    await expect.poll(() => page.locator('#suchstatus').textContent(), WAIT).toMatch(/Treffer/);
    const excerpts = await page.locator('#suchergebnisse li p:last-child').allTextContents();
    expect(excerpts.join(' ')).not.toMatch(new RegExp(`${t('offer.forWhom')}[A-ZÄÖÜ]`));
    await page.close();
  });

  it('suggests the nearest known word for a misspelling', async () => {
    const { typed, meant } = misspelling();
    const page = await context.newPage();
    await page.goto(`${searchPage()}?q=${encodeURIComponent(typed)}`);
    await expect.poll(() => page.locator('#suchstatus').textContent(), WAIT).toContain(`Meinten Sie „${meant}“`);
    expect(await page.locator('#suchergebnisse li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('helps when nothing is found: phone number and topics', async () => {
    const phone = alliance.partner.phone ?? '';
    const page = await context.newPage();
    await page.goto(`${searchPage()}?q=Quantenphysik`);
    await expect.poll(() => page.locator('#suchstatus').textContent(), WAIT).toMatch(/Nichts gefunden/);
    const empty = page.locator('#suchleer');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.getByRole('link', { name: phoneText(phone) }).getAttribute('href')).toBe(telHref(phone));
    expect(await empty.getByRole('link', { name: topic.topic, exact: true }).getAttribute('href')).toBe(
      `${routes.offers()}?${FILTER_PARAMS.thema}=${slugify(topic.topic)}`,
    );
    await page.close();
  });

  it('filters by kind and topic, keeps the filters in the URL and restores them from it', async () => {
    // Every offer with the topic: those listed under it and those listed under their first topic.
    const expected = [...topic.entries, ...topic.also].map((o) => o.title).sort();
    const page = await context.newPage();
    await page.goto(searchPage());
    await page.getByText(t('search.filters'), { exact: true }).click();
    await page.getByRole('group', { name: t('filter.kind') }).getByLabel(t('kind.offer')).check();
    await page.getByRole('group', { name: t('filter.topic') }).getByLabel(topic.topic, { exact: true }).check();
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe(`?${FILTER_PARAMS.kind}=${slugify(t('kind.offer'))}&${FILTER_PARAMS.thema}=${slugify(topic.topic)}`);
    // Each tick starts a new search; wait for the one with both filters: exactly the offers of the topic.
    const results = page.locator('#suchergebnisse li a');
    await expect.poll(async () => (await results.allTextContents()).sort(), WAIT).toEqual(expected.slice(0, 20));
    expect((await page.locator('#suchergebnisse .tag').allTextContents()).every((k) => k === t('kind.offer'))).toBe(true);
    const titles = await results.allTextContents();
    const bookmarked = await context.newPage();
    await bookmarked.goto(page.url());
    await expect.poll(() => bookmarked.locator('#suchergebnisse li a').allTextContents(), WAIT).toEqual(titles);
    expect(await bookmarked.getByLabel(topic.topic, { exact: true }).isChecked()).toBe(true);
    const violations = await axeViolations(bookmarked);
    expect(violations, describeViolations(violations)).toEqual([]);
    await bookmarked.close();
    await page.close();
  });
});

describe('offers directory filters', () => {
  // Each offer appears once, under its first topic.
  const cards = topicGroups.reduce((sum, group) => sum + group.entries.length, 0);

  it('without JavaScript lists every offer grouped by topic, without a filter form', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${browser.url(routes.offers())}?${FILTER_PARAMS.thema}=${slugify(topic.topic)}`);
    expect(await page.locator('form.offer-filters').isVisible()).toBe(false);
    expect(await page.locator('main section h2').count()).toBe(topicGroups.length);
    expect(await page.locator('article[data-offer]:visible').count()).toBe(cards);
    await noJs.close();
  });

  it('filters from the URL, writes changes back to it and announces the count', async () => {
    const weekday = offers.flatMap((o) => offerFilters(o.data).wochentag ?? [])[0];
    expect(weekday, 'an offer with a weekday').toBeDefined();
    const day = slugify(weekday!);
    const page = await context.newPage();
    await page.goto(`${browser.url(routes.offers())}?${FILTER_PARAMS.wochentag}=${day}`);
    const status = page.locator('#angebote-status');
    await expect.poll(() => status.textContent(), WAIT).toMatch(/^\d+ von \d+ Angeboten (passt|passen) zu Ihrer Auswahl\.$/);
    const visible = await page.locator('article[data-offer]:visible').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-wochentag')));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((days) => days?.split(' ').includes(day))).toBe(true);
    // The offers directory names how many offers each option finds: "Beratung (7)".
    await page.getByRole('group', { name: t('filter.topic') }).getByLabel(new RegExp(`^${topic.topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+\\)$`)).check();
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe(`?${FILTER_PARAMS.thema}=${slugify(topic.topic)}&${FILTER_PARAMS.wochentag}=${day}`);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole('button', { name: t('filter.reset') }).click();
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe('');
    expect(await page.locator('article[data-offer]:visible').count()).toBe(cards);
    await page.close();
  });
});
