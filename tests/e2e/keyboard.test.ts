// The main journeys with the keyboard only: Tab, Enter and typing, no mouse
// and no element clicks. Each step checks where focus is, as a keyboard user
// would see it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { focused, tabTo } from '../support/keyboard.ts';

const session = useBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await session.newContext();
});

async function pressEnterAndWait(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
  await page.waitForLoadState('load');
}

const path = (page: Page) => new URL(page.url()).pathname;

describe('keyboard only', () => {
  it('skip link comes first and moves focus into the main content', async () => {
    const page = await context.newPage();
    await page.goto(`${session.origin}/angebote/netz-cafe/`);
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first).toMatchObject({ tag: 'a', href: '#inhalt', text: 'Zum Inhalt springen' });
    expect(await page.locator('a.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('inhalt');
    // The next Tab lands inside <main>, past header and breadcrumbs.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
    await page.close();
  });

  it('finds an offer from the home page through a life situation', async () => {
    const page = await context.newPage();
    await page.goto(`${session.origin}/`);
    await tabTo(page, (f) => f.text.startsWith('Wir suchen Kinderbetreuung'), 'Lebenslage „Wir suchen Kinderbetreuung“');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).hash).toBe('#thema-kinderbetreuung');
    // Following a fragment moves the sequential focus start to the topic.
    const offer = await tabTo(page, (f) => f.tag === 'a' && f.href.startsWith('/angebote/') && f.href !== '/angebote/', 'erstes Angebot im Thema');
    await pressEnterAndWait(page);
    expect(path(page)).toBe(offer.href);
    expect(await page.locator('h1').textContent()).toBe(offer.text);
    await page.close();
  });

  it('searches: from the main navigation to the search field, type, Enter, open a result', async () => {
    const page = await context.newPage();
    await page.goto(`${session.origin}/`);
    await tabTo(page, (f) => f.tag === 'a' && f.href === '/suche/', 'Suche in der Hauptnavigation');
    await pressEnterAndWait(page);
    expect(path(page)).toBe('/suche/');
    await tabTo(page, (f) => f.id === 'suchfeld', 'Suchfeld');
    await page.keyboard.type('Babykorb');
    await page.keyboard.press('Enter');
    await page.locator('#suchergebnisse li a').first().waitFor();
    await expect.poll(() => page.locator('#suchstatus').textContent()).toMatch(/Treffer/);
    const result = await tabTo(page, (f) => f.tag === 'a' && f.text === 'Babykorb', 'Treffer „Babykorb“', 10);
    await pressEnterAndWait(page);
    expect(path(page)).toBe(new URL(result.href, session.origin).pathname);
    await page.close();
  });

  it('reaches the contact page and its phone link', async () => {
    const page = await context.newPage();
    await page.goto(`${session.origin}/`);
    await tabTo(page, (f) => f.tag === 'a' && f.href === '/kontakt/', 'Kontakt in der Hauptnavigation');
    await pressEnterAndWait(page);
    expect(path(page)).toBe('/kontakt/');
    const phone = await tabTo(page, (f) => f.href.startsWith('tel:'), 'Telefonnummer');
    expect(phone.text.replace(/\u00a0/g, ' ')).toBe('02389 71570');
    await page.close();
  });

  it('reaches every link and field of a page with Tab, in document order', async () => {
    const page = await context.newPage();
    await page.goto(`${session.origin}/angebote/netz-cafe/`);
    // Hidden elements (spare dates kept for a stale build) are not in the tab order.
    const focusable = () =>
      Array.from(document.querySelectorAll('a[href], input, button, select, textarea')).filter((el) =>
        (el as HTMLElement).checkVisibility(),
      );
    const expected = await page.evaluate(`(${focusable.toString()})().length`);
    const order: number[] = [];
    for (let i = 0; i < (expected as number); i++) {
      await page.keyboard.press('Tab');
      order.push((await page.evaluate(`(${focusable.toString()})().indexOf(document.activeElement)`)) as number);
    }
    expect(expected).toBeGreaterThan(20);
    expect(order).toEqual([...Array(expected as number).keys()]);
    await page.close();
  });
});
