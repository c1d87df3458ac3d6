// axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules (tests/support/axe.ts)
// on every URL of the sitemap and the 404 page, in Chromium. No rule is
// excluded. Also the search page with results, which only exist after typing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { sitemapPaths } from '../support/dist.ts';

const paths = [...sitemapPaths(), '/404.html'];
const session = useBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await session.newContext();
});

describe('axe (WCAG 2.2 AA)', () => {
  it('covers the whole sitemap', () => {
    expect(paths.length).toBeGreaterThan(40);
  });

  it.each(paths)('%s has no violation', async (path) => {
    const page = await context.newPage();
    await page.goto(`${session.origin}${path}`);
    const violations = await axeViolations(page);
    await page.close();
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('/suche/ with results and with no hit has no violation', async () => {
    const page = await context.newPage();
    await page.goto(`${session.origin}/suche/?q=Beratung`);
    await page.locator('#suchergebnisse li').first().waitFor();
    const withResults = await axeViolations(page);
    await page.goto(`${session.origin}/suche/?q=Xylophonkonzert`);
    await page.locator('#suchleer:not([hidden])').waitFor();
    const empty = await axeViolations(page);
    await page.close();
    expect(withResults, describeViolations(withResults)).toEqual([]);
    expect(empty, describeViolations(empty)).toEqual([]);
  });
});
