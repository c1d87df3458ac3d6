// The first screens on a phone (390 px, and 320 px for the smallest ones):
// what a family sees before scrolling. Layout is checked with the browser's
// boxes, not with screenshots.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { t } from '../../src/i18n/de.ts';
import { useBrowser } from '../support/browser.ts';
import { builtDeployment } from '../support/dist.ts';
import { offers } from '../support/content.ts';

const WAIT = { timeout: 30_000 };
const { routes } = builtDeployment();
const session = useBrowser();
const WIDTHS = [390, 320] as const;
const contexts = new Map<number, BrowserContext>();

beforeAll(async () => {
  for (const width of WIDTHS) contexts.set(width, await session.newContext({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true }));
});

async function open(width: number, path: string): Promise<Page> {
  const page = await contexts.get(width)!.newPage();
  await page.goto(session.url(path));
  return page;
}

describe.each(WIDTHS)('offers directory at %i px', (width) => {
  it('folds the filters behind one button, so the first offer is on the first screen', async () => {
    const page = await open(width, routes.offers());
    const toggle = page.locator('.offer-filters summary');
    await toggle.waitFor(WAIT);
    expect(await page.locator('.offer-filters details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('.offer-filters input[type=checkbox]').first().isVisible()).toBe(false);
    const firstCard = await page.locator('article[data-offer]').first().boundingBox();
    expect(firstCard, 'first offer card').not.toBeNull();
    expect(firstCard!.y, 'first offer starts on the first screen').toBeLessThan(740);
    const box = await toggle.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await page.close();
  });

  it('opens the filters with the button, shows each option with its count and says how many offers match', async () => {
    const page = await open(width, routes.offers());
    await page.locator('.offer-filters summary').click();
    const options = page.locator('.offer-filters label');
    expect(await options.first().isVisible()).toBe(true);
    const labels = await options.allTextContents();
    // Every option shown finds something: its count is at least 1.
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label.trim(), label).toMatch(/ \([1-9]\d*\)$/);
    const first = options.first();
    const count = Number(/\((\d+)\)$/.exec((await first.textContent())!.trim())![1]);
    await first.click();
    const status = await page.locator('#angebote-status').textContent();
    const verb = count === 1 ? 'passt' : 'passen';
    expect(status).toBe(`${count} von ${offers.length} Angeboten ${verb} zu Ihrer Auswahl.`);
    expect(await page.locator('article[data-offer]:visible').count()).toBe(count);
    expect(await page.locator('.offer-filters summary').textContent()).toContain(t('filter.selected.one'));
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.close();
  });
});
