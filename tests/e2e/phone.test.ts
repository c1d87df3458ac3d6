// The first screens on a phone (390 px, and 320 px for the smallest ones):
// what a family sees before scrolling. Layout is checked with the browser's
// boxes, not with screenshots.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { translator } from '../../src/i18n/index.ts';
import { useBrowser } from '../support/browser.ts';
import { builtDeployment } from '../support/dist.ts';
import { alliance, offers, site } from '../support/content.ts';
import { telHref } from '../../src/lib/text/facts.ts';
import { EASY_LANGUAGE_PAGE_ID } from '../../src/lib/routes.ts';

const t = translator('de');

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

describe.each(WIDTHS)('header at %i px', (width) => {
  // 390 px (most phones): one row. 320 px (the smallest, and 400 % zoom): the name and the call
  // button in the first row, the other buttons may move to a second one, never drawn over the name.
  const oneRow = width >= 390;
  it(oneRow ? 'is one row: name, call, language, search and menu side by side, no taller than two lines of text' : 'is at most two rows, the name never covered by a button', async () => {
    const page = await open(width, routes.offers());
    const selectors = ['.site-brand__name', '.header-call', ...(site.languages.length > 1 ? ['.language-menu > summary'] : []), '.header-search > summary', '.site-menu > summary'];
    const boxes = await page.evaluate((selectors) =>
      selectors.map((selector) => {
        const el = [...document.querySelectorAll(selector)].find((e) => (e as HTMLElement).checkVisibility());
        const box = el?.getBoundingClientRect();
        return box ? { selector, top: box.top, bottom: box.bottom, left: box.left, right: box.right, width: box.width, height: box.height } : { selector };
      }),
    selectors);
    for (const box of boxes) expect(box, `${box.selector} is shown`).toHaveProperty('top');
    const header = await page.locator('header.site-header').boundingBox();
    expect(header!.height, 'header height').toBeLessThanOrEqual(oneRow ? 72 : 124);
    const rows = boxes as { selector: string; top: number; bottom: number; left: number; right: number; height: number; width: number }[];
    // Nothing drawn over anything else; in one row left to right; every button a target of at least 44 × 44 px.
    for (let i = 0; i < rows.length; i++) {
      for (let j = i + 1; j < rows.length; j++) {
        const [a, b] = [rows[i]!, rows[j]!];
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        expect(overlap, `${a.selector} and ${b.selector} do not overlap`).toBe(false);
      }
    }
    for (let i = 1; i < rows.length; i++) {
      if (oneRow || i === 1) {
        expect(rows[i]!.left, 'left to right').toBeGreaterThanOrEqual(rows[i - 1]!.right - 1);
        expect(rows[i]!.top, 'same row').toBeLessThan(rows[0]!.bottom);
      }
      expect(rows[i]!.height).toBeGreaterThanOrEqual(44);
      expect(rows[i]!.width).toBeGreaterThanOrEqual(44);
    }
    expect(await page.locator('.header-call').getAttribute('href')).toBe(telHref(alliance.partner.phone!));
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await page.close();
  });

  it('opens the menu without JavaScript, with "Leichte Sprache" and "Hilfe sofort" in it', async () => {
    const noJs = await session.newContext({ viewport: { width, height: 740 }, isMobile: true, javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(session.url(routes.home()));
    const nav = page.getByRole('navigation', { name: t('nav.label') });
    expect(await nav.isVisible()).toBe(false);
    await page.locator('.site-menu > summary').click();
    expect(await nav.isVisible()).toBe(true);
    for (const [label, href] of [
      [t('nav.offers'), routes.offers()],
      [t('nav.easyLanguage'), routes.page('leichte-sprache')],
      [t('nav.help'), routes.help()],
    ] as const) {
      const link = nav.getByRole('link', { name: label });
      expect(await link.isVisible(), label).toBe(true);
      expect(await link.getAttribute('href')).toBe(href);
    }
    // The search opens the same way, and closes the menu (one panel at a time).
    await page.locator('.header-search > summary').click();
    expect(await page.getByLabel(t('header.searchLabel')).isVisible()).toBe(true);
    expect(await nav.isVisible()).toBe(false);
    await noJs.close();
  });

  it('searches from the header on any page', async () => {
    const page = await open(width, routes.offer(offers[0]!.id));
    await page.locator('.header-search > summary').click();
    await page.getByLabel(t('header.searchLabel')).fill('Hebamme');
    await Promise.all([page.waitForURL(/\/suche\/\?q=Hebamme/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(routes.search());
    await page.close();
  });
});

describe('home page, first screen at 390 × 844', () => {
  it('shows the phone button, the opening hours (or how to ask) and the way to help in a crisis before any scrolling', async () => {
    const context = await session.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(session.url(routes.home()));
    const inFirstScreen = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 844;
    };
    expect(await page.locator('main a.button--call').getAttribute('href')).toBe(telHref(alliance.partner.phone!));
    expect(await inFirstScreen('main a.button--call'), 'call button').toBe(true);
    expect(await inFirstScreen('[data-opening-hours]'), 'opening hours').toBe(true);
    const hours = (await page.locator('[data-opening-hours]').textContent())!.trim();
    expect(hours.length).toBeGreaterThan(10);
    if (!alliance.partner.openingHours) expect(hours).toBe(t('hours.unknown'));
    expect(await inFirstScreen(`main a[href="${routes.help()}"]`), 'Hilfe sofort').toBe(true);
    await context.close();
  });
});

describe('Leichte Sprache at 390 px', () => {
  it('reads in large type (at least 19 px) with generous line spacing', async () => {
    const page = await open(390, routes.page(EASY_LANGUAGE_PAGE_ID));
    const sizes = await page.locator('main .prose p, main .prose li').evaluateAll((elements) =>
      elements.map((el) => {
        const style = getComputedStyle(el);
        return { font: parseFloat(style.fontSize), line: parseFloat(style.lineHeight) };
      }),
    );
    expect(sizes.length).toBeGreaterThan(5);
    for (const { font, line } of sizes) {
      expect(font).toBeGreaterThanOrEqual(19);
      expect(line / font).toBeGreaterThanOrEqual(1.5);
    }
    await page.close();
  });
});
