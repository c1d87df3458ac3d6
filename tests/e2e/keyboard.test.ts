// The main journeys with the keyboard only: Tab, Enter and typing, no mouse
// and no element clicks. Each step checks where focus is, as a keyboard user
// would see it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { translator } from '../../src/i18n/index.ts';
import { phoneText } from '../../src/lib/text/facts.ts';
import { useBrowser } from '../support/browser.ts';
import { builtDeployment } from '../support/dist.ts';
import { alliance, sampleOffer, site, situations } from '../support/content.ts';
import { routesFor } from '../../src/lib/routes.ts';
import { focused, tabTo } from '../support/keyboard.ts';

const t = translator('de');

const session = useBrowser();
const { routes } = builtDeployment();
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
    await page.goto(session.url(routes.offer(sampleOffer.id)));
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first).toMatchObject({ tag: 'a', href: '#inhalt', text: t('skip.toContent') });
    expect(await page.locator('a.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('inhalt');
    // The next Tab lands inside <main>, past header and breadcrumbs.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
    await page.close();
  });

  it('finds an offer from the home page through a life situation', async () => {
    const situation = situations.find((s) => s.data.topics.length > 0) ?? situations[0]!;
    const page = await context.newPage();
    await page.goto(session.url(routes.home()));
    await tabTo(page, (f) => f.tag === 'a' && f.href === routes.situation(situation.id), `Lebenslage „${situation.data.title}“`);
    await pressEnterAndWait(page);
    expect(path(page)).toBe(routes.situation(situation.id));
    const offer = await tabTo(page, (f) => f.tag === 'a' && f.href.startsWith(routes.offers()) && f.href !== routes.offers(), 'erstes Angebot der Lebenslage');
    await pressEnterAndWait(page);
    expect(path(page)).toBe(offer.href);
    expect(await page.locator('h1').textContent()).toBe(offer.text);
    await page.close();
  });

  it('searches: from the search field in the header, type, Enter, open a result', async () => {
    const title = sampleOffer.data.title;
    const page = await context.newPage();
    await page.goto(session.url(routes.home()));
    // The search field in the header of every page sends the words to the search page.
    await tabTo(page, (f) => f.id === 'kopf-suche', 'Suchfeld im Kopf der Seite');
    await page.keyboard.type(title);
    await pressEnterAndWait(page);
    expect(path(page)).toBe(routes.search());
    await page.locator('#suchergebnisse li a').first().waitFor();
    await expect.poll(() => page.locator('#suchstatus').textContent()).toMatch(/Treffer/);
    const result = await tabTo(page, (f) => f.tag === 'a' && f.text === title, `Treffer „${title}“`, 40);
    await pressEnterAndWait(page);
    expect(path(page)).toBe(new URL(result.href, session.origin).pathname);
    await page.close();
  });

  it('reaches the contact page and its phone link', async () => {
    const phone = alliance.partner.phone;
    expect(phone, 'the central contact has a phone number').toBeDefined();
    const page = await context.newPage();
    await page.goto(session.url(routes.home()));
    await tabTo(page, (f) => f.tag === 'a' && f.href === routes.contact(), 'Kontakt in der Hauptnavigation');
    await pressEnterAndWait(page);
    expect(path(page)).toBe(routes.contact());
    // Past the header's call button to the number on the page itself.
    const link = await tabTo(page, (f) => f.href.startsWith('tel:') && f.text === phoneText(phone!).replace(/\s/g, ' '), 'Telefonnummer');
    // The link shows the number with non-breaking spaces; focused() reads them as spaces.
    expect(link.text).toBe(phoneText(phone!).replace(/\s/g, ' '));
    await page.close();
  });

  // Right to left too: the Arabic page (if the site offers Arabic) keeps the same tab order.
  const rtlPages = site.languages.includes('ar') ? [routesFor(routes.base, 'ar').offer(sampleOffer.id)] : [];
  it.each([routes.offer(sampleOffer.id), ...rtlPages])('%s: reaches every link and field with Tab, in document order', async (path) => {
    const page = await context.newPage();
    await page.goto(session.url(path));
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
