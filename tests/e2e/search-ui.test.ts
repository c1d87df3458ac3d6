// The search page and the offers directory filters as a visitor uses them:
// keyboard only, status announced, filters kept in the URL, no axe violation.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';

// Waiting, not a time budget: Chromium on a busy machine may take seconds to load the index.
const WAIT = { timeout: 30_000 };
const browser = useBrowser();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser.newContext();
});

describe('search page', () => {
  it('loads the index on focus, searches by keyboard and announces the result count', async () => {
    const page = await context.newPage();
    const pagefindRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
    });
    await page.goto(`${browser.origin}/suche/`);
    expect(pagefindRequests).toEqual([]);
    await page.getByLabel('Wonach suchen Sie?').focus();
    await expect.poll(() => pagefindRequests.some((u) => u.endsWith('pagefind.js')), WAIT).toBe(true);
    await page.keyboard.type('Papa');
    await page.keyboard.press('Enter');
    const status = page.locator('#suchstatus');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status.textContent(), WAIT).toMatch(/\d+ Treffer für „Papa“/);
    const first = page.locator('#suchergebnisse li').first();
    expect(await first.locator('a').textContent()).toBe('Treffen für Väter');
    expect(await first.locator('.tag').textContent()).toBe('Angebot');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Papa');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('keeps keyboard focus on a result: a search still pending for the same words does not redraw the list', async () => {
    const page = await context.newPage();
    await page.goto(`${browser.origin}/suche/`);
    await page.getByLabel('Wonach suchen Sie?').focus();
    await page.keyboard.type('Babykorb');
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
    await page.goto(`${browser.origin}/suche/?q=Babykorb`);
    await expect.poll(() => page.locator('#suchstatus').textContent(), WAIT).toMatch(/Treffer/);
    const excerpts = await page.locator('#suchergebnisse li p:last-child').allTextContents();
    expect(excerpts.join(' ')).not.toMatch(/Für wen[A-ZÄÖÜ]/);
    await page.close();
  });

  it('suggests the nearest known word for a misspelling', async () => {
    const page = await context.newPage();
    await page.goto(`${browser.origin}/suche/?q=Babykob`);
    await expect.poll(() => page.locator('#suchstatus').textContent(), WAIT).toMatch(/Meinten Sie „Babykorb“/);
    expect(await page.locator('#suchergebnisse li a').first().textContent()).toBe('Babykorb');
    await page.close();
  });

  it('helps when nothing is found: phone number and topics', async () => {
    const page = await context.newPage();
    await page.goto(`${browser.origin}/suche/?q=Quantenphysik`);
    await expect.poll(() => page.locator('#suchstatus').textContent(), WAIT).toMatch(/Nichts gefunden/);
    const empty = page.locator('#suchleer');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.getByRole('link', { name: '02389 71570' }).getAttribute('href')).toBe('tel:0238971570');
    expect(await empty.getByRole('link', { name: 'Kinderbetreuung' }).getAttribute('href')).toBe('/angebote/?thema=kinderbetreuung');
    await page.close();
  });

  it('filters by kind and topic, keeps the filters in the URL and restores them from it', async () => {
    const page = await context.newPage();
    await page.goto(`${browser.origin}/suche/?q=Beratung`);
    await expect.poll(() => page.locator('#suchstatus').textContent(), WAIT).toMatch(/Treffer/);
    await page.getByText('Filter', { exact: true }).click();
    await page.getByRole('group', { name: 'Art' }).getByLabel('Angebot').check();
    await page.getByRole('group', { name: 'Thema' }).getByLabel('Schwangerschaft & Geburt').check();
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe('?q=Beratung&art=angebot&thema=schwangerschaft-geburt');
    // Each tick starts a new search; wait for the one with both filters.
    const results = page.locator('#suchergebnisse li a');
    await expect.poll(async () => {
      const shown = await results.allTextContents();
      return shown.includes('Schwangerschaftsberatung') && !shown.includes('Beratung zur Kinderbetreuung');
    }, WAIT).toBe(true);
    expect((await page.locator('#suchergebnisse .tag').allTextContents()).every((k) => k === 'Angebot')).toBe(true);
    const titles = await results.allTextContents();
    const bookmarked = await context.newPage();
    await bookmarked.goto(page.url());
    await expect.poll(() => bookmarked.locator('#suchergebnisse li a').allTextContents(), WAIT).toEqual(titles);
    expect(await bookmarked.getByLabel('Schwangerschaft & Geburt').isChecked()).toBe(true);
    const violations = await axeViolations(bookmarked);
    expect(violations, describeViolations(violations)).toEqual([]);
    await bookmarked.close();
    await page.close();
  });
});

describe('offers directory filters', () => {
  it('without JavaScript lists every offer grouped by topic, without a filter form', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${browser.origin}/angebote/?thema=kinderbetreuung`);
    expect(await page.locator('form.offer-filters').isVisible()).toBe(false);
    expect(await page.locator('section h2').count()).toBeGreaterThan(3);
    expect(await page.locator('article[data-offer]:visible').count()).toBeGreaterThanOrEqual(15);
    await noJs.close();
  });

  it('filters from the URL, writes changes back to it and announces the count', async () => {
    const page = await context.newPage();
    await page.goto(`${browser.origin}/angebote/?wochentag=donnerstag`);
    const status = page.locator('#angebote-status');
    await expect.poll(() => status.textContent(), WAIT).toMatch(/von \d+ Angeboten passen/);
    const visible = await page.locator('article[data-offer]:visible').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-wochentag')));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((days) => days?.split(' ').includes('donnerstag'))).toBe(true);
    await page.getByRole('group', { name: 'Thema' }).getByLabel('Kinderbetreuung').check();
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe('?thema=kinderbetreuung&wochentag=donnerstag');
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.getByRole('button', { name: 'Alle Filter löschen' }).click();
    await expect.poll(() => new URL(page.url()).search, WAIT).toBe('');
    expect(await page.locator('article[data-offer]:visible').count()).toBeGreaterThanOrEqual(15);
    await page.close();
  });
});
