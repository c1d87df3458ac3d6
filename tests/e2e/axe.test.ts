// axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules (tests/support/axe.ts)
// on every URL of the sitemap and the 404 page, in Chromium. No rule is
// excluded. Also the search page with results, which only exist after typing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { builtDeployment, sitemapPaths } from '../support/dist.ts';
import { posterPaths } from '../support/paper.ts';
import { published, sampleOffer } from '../support/content.ts';

const { routes } = builtDeployment();
// The notices (…/aushang/) are pages too, outside the sitemap (noindex).
const paths = [...sitemapPaths(), ...posterPaths(), routes.notFound()];
const session = useBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await session.newContext();
});

describe('axe (WCAG 2.2 AA)', () => {
  it('covers the whole sitemap: at least every published entry page', () => {
    const entries = (['offers', 'partners', 'events', 'pages'] as const).flatMap((c) => published(c).map((e) => routes.entry(c, e.id)));
    expect(paths).toEqual(expect.arrayContaining(entries));
  });

  // Several tabs at once (vitest runs concurrent tests of a file together): every page of every language.
  it.concurrent.for(paths)('%s has no violation', async (path, { expect }) => {
    const page = await context.newPage();
    await page.goto(session.url(path));
    const violations = await axeViolations(page);
    await page.close();
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('/suche/ with results and with no hit has no violation', async () => {
    const page = await context.newPage();
    await page.goto(`${session.url(routes.search())}?q=${encodeURIComponent(sampleOffer.data.title)}`);
    await page.locator('#suchergebnisse li').first().waitFor();
    const withResults = await axeViolations(page);
    await page.goto(`${session.url(routes.search())}?q=Xylophonkonzert`);
    await page.locator('#suchleer:not([hidden])').waitFor();
    const empty = await axeViolations(page);
    await page.close();
    expect(withResults, describeViolations(withResults)).toEqual([]);
    expect(empty, describeViolations(empty)).toEqual([]);
  });
});
