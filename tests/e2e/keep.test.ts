// The saved list (Merkliste) and the share links, in Chromium over the built site: nothing is
// stored before the first click; two saved offers show on /merkliste/ with dates and contact;
// the list's link shows the same entries in a fresh browser, skipping an unknown id with a note;
// share links are plain links and copying shows a confirmation without a request elsewhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { translator, type LanguageCode } from '../../src/i18n/index.ts';
import { STORAGE_KEY } from '../../src/lib/keep/list.ts';
import { useBrowser } from '../support/browser.ts';
import { builtDeployment } from '../support/dist.ts';
import { routesFor } from '../../src/lib/routes.ts';
import { offers, site } from '../support/content.ts';
import { contrastRatio } from '../../src/lib/theme/palette.ts';

const t = translator('de');
const WAIT = { timeout: 30_000 };
const { routes, site: siteUrl } = builtDeployment();
const session = useBrowser();
// Two running offers (paused or ended ones keep their page but are no example to save).
const [first, second] = offers.filter((offer) => offer.data.status === 'aktiv');
const foreign: string[] = [];
let context: BrowserContext;

function watchHosts(ctx: BrowserContext): void {
  ctx.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== session.origin) foreign.push(request.url());
  });
}

async function stored(page: Page): Promise<{ keys: number; value: string | null }> {
  return page.evaluate((key) => ({ keys: localStorage.length, value: localStorage.getItem(key) }), STORAGE_KEY);
}

beforeAll(async () => {
  context = await session.newContext();
  watchHosts(context);
});
afterAll(() => expect(foreign).toEqual([]));

describe('Merkliste', () => {
  it('has two running offers to save', () => {
    expect(first && second).toBeTruthy();
  });

  it('stores nothing before the first click, then the saved offers; shows them with dates and contact', async () => {
    const page = await context.newPage();
    await page.goto(session.url(routes.offer(first!.id)));
    const button = page.getByRole('button', { name: t('keep.button'), exact: true });
    await button.waitFor(WAIT);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await stored(page)).toEqual({ keys: 0, value: null });
    await button.click();
    const pressed = page.locator('button[data-keep]');
    expect(await pressed.getAttribute('aria-pressed')).toBe('true');
    expect((await pressed.textContent())?.trim()).toBe(t('keep.buttonDone'));
    // Readable as the visitor sees it right after the click, the pointer still on the button.
    const colours = await pressed.evaluate((el) => {
      const style = getComputedStyle(el);
      return { text: style.color, fill: style.backgroundColor };
    });
    expect(contrastRatio(colours.text, colours.fill), JSON.stringify(colours)).toBeGreaterThanOrEqual(4.5);
    expect(JSON.parse((await stored(page)).value ?? '[]')).toEqual([first!.id]);

    // In a list: the card of the second offer on the directory.
    await page.goto(session.url(routes.offers()));
    const card = page.locator(`article[data-offer="${second!.id}"] button[data-keep]`);
    await card.waitFor(WAIT);
    expect(await page.locator(`article[data-offer="${first!.id}"] button[data-keep]`).getAttribute('aria-pressed')).toBe('true');
    await card.click();
    expect(await card.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse((await stored(page)).value ?? '[]')).toEqual([first!.id, second!.id]);

    await page.goto(session.url(routes.keep()));
    const items = page.locator('[data-keep-item]');
    await items.nth(1).waitFor(WAIT);
    expect(await items.locator('h2').allTextContents()).toEqual([first!.data.title, second!.data.title]);
    // Contact: a phone or e-mail link on every entry (the offer's own, else the alliance's).
    for (const item of await items.all()) expect(await item.locator('a[href^="tel:"], a[href^="mailto:"]').count()).toBeGreaterThan(0);
    // Coming dates for an offer with a schedule, none passed.
    if (first!.data.schedule) {
      const ends = await items.first().locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect(ends.length).toBeGreaterThan(0);
    }
    const link = await page.locator('[data-keep-link]').getAttribute('href');
    expect(link).toBe(`${new URL(routes.keep(), siteUrl).href}#${first!.id},${second!.id}`);
    await page.close();
  });

  it('opens the shared link in a fresh browser: both entries, an unknown id skipped with a note, nothing stored', async () => {
    const fresh = await session.newContext();
    watchHosts(fresh);
    const page = await fresh.newPage();
    await page.goto(session.url(`${routes.keep()}#${first!.id},gibt-es-nicht-mehr,${second!.id}`));
    const items = page.locator('[data-keep-item]');
    await items.nth(1).waitFor(WAIT);
    expect(await items.locator('h2').allTextContents()).toEqual([first!.data.title, second!.data.title]);
    const note = page.locator('[data-keep-unknown]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe(t('keep.unknown', { count: 1 }));
    expect(await page.locator('main h1').textContent()).toBe(t('keep.title'));
    expect(await stored(page)).toEqual({ keys: 0, value: null });
    // Only the visitor's click keeps the shared list on this device.
    await page.getByRole('button', { name: t('keep.saveShared') }).click();
    expect(JSON.parse((await stored(page)).value ?? '[]')).toEqual([first!.id, second!.id]);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.locator('[data-keep-remove]').count()).toBe(2);
    // Removing both empties the list and the storage.
    await page.locator('[data-keep-remove]').first().click();
    await page.locator('[data-keep-remove]').first().click();
    expect(await stored(page)).toEqual({ keys: 0, value: null });
    expect(await page.locator('[data-keep-empty]').isVisible()).toBe(true);
    await fresh.close();
  });

  it('a link with nothing the site knows is a page with a note, not an error', async () => {
    const page = await context.newPage();
    await page.goto(session.url(`${routes.keep()}#gibt-es-nicht,<script>,v:auch-nicht`));
    const note = page.locator('[data-keep-unknown]');
    await note.waitFor({ state: 'visible', ...WAIT });
    expect(await note.textContent()).toBe(t('keep.unknown', { count: 3 }));
    expect(await page.locator('[data-keep-item]').count()).toBe(0);
    expect(await page.locator('[data-keep-empty]').isVisible()).toBe(true);
    await page.close();
  });

  it.each(site.languages.slice(1))('works in every language of the site (%s): links and texts of that language', async (lang) => {
    const other = routesFor(builtDeployment().base, lang);
    const page = await context.newPage();
    await page.goto(session.url(`${other.keep()}#${first!.id}`));
    const item = page.locator('[data-keep-item] h2 a');
    await item.waitFor(WAIT);
    expect(await item.getAttribute('href')).toBe(other.offer(first!.id));
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect((await page.locator('[data-keep-item] h3').first().textContent())?.trim()).toBe(translator(lang as LanguageCode)('keep.nextDates'));
    await page.close();
  });
});

describe('share links', () => {
  it('offer page: e-mail and WhatsApp are plain links with the page address; copy shows a confirmation', async () => {
    const shareContext = await session.newContext();
    watchHosts(shareContext);
    await shareContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
    const page = await shareContext.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(session.url(routes.offer(first!.id)), { waitUntil: 'load' });
    const canonical = new URL(routes.offer(first!.id), siteUrl).href;
    const email = await page.locator('[data-share-email]').getAttribute('href');
    expect(email).toMatch(/^mailto:\?subject=/);
    const mail = new URL(email!);
    expect(mail.searchParams.get('body')).toContain(canonical);
    expect(mail.searchParams.get('subject')).toContain(first!.data.title);
    const whatsapp = new URL((await page.locator('[data-share-whatsapp]').getAttribute('href'))!);
    expect(whatsapp.origin + whatsapp.pathname).toBe('https://wa.me/');
    expect(whatsapp.searchParams.get('text')).toContain(canonical);
    // Copy: visible with the Clipboard API, puts the address there, says so in a live region.
    const copy = page.getByRole('button', { name: t('share.copy') });
    await copy.click();
    const status = page.locator('[data-share] [data-share-status]').first();
    await expect.poll(() => status.textContent(), WAIT).toBe(t('share.copied'));
    expect(await status.getAttribute('role')).toBe('status');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    expect(requests.filter((url) => !url.startsWith(session.origin))).toEqual([]);
    // No system share sheet in this browser: its button stays hidden.
    expect(await page.locator('[data-share-native]').isHidden()).toBe(true);
    await shareContext.close();
  });

  it('uses the system share sheet where the browser has one (Web Share API)', async () => {
    const shareContext = await session.newContext();
    await shareContext.addInitScript(() => {
      const calls: unknown[] = [];
      (window as unknown as { shareCalls: unknown[] }).shareCalls = calls;
      Object.defineProperty(navigator, 'share', { value: (data: unknown) => (calls.push(data), Promise.resolve()), configurable: true });
    });
    const page = await shareContext.newPage();
    await page.goto(session.url(routes.offer(first!.id)));
    const button = page.getByRole('button', { name: t('share.system') });
    await button.click();
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: { url: string; title: string }[] }).shareCalls);
    expect(calls).toEqual([expect.objectContaining({ url: new URL(routes.offer(first!.id), siteUrl).href, title: first!.data.title })]);
    await shareContext.close();
  });
});
