// A stale page in the browser: with the visitor's clock set after the build, dates that are over
// disappear and the spare later ones move up; "Heute" follows the clock. Uses Playwright's fake
// clock (clock.setFixedTime), so the test does not depend on when it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, serveDist, type Site } from '../support/browser.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { translator } from '../../src/i18n/index.ts';
import { builtDeployment } from '../support/dist.ts';
import { published, sampleOffer } from '../support/content.ts';

const t = translator('de');

const { routes } = builtDeployment();

let site: Site;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await site?.close();
});

/** A page whose clock reads `time` (or the real clock when undefined). */
async function pageAt(path: string, time?: number, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', ...options });
  contexts.push(context);
  if (time !== undefined) await context.clock.setFixedTime(time);
  const page = await context.newPage();
  await page.goto(site.url(path));
  return page;
}

async function ends(items: Locator): Promise<string[]> {
  return items.evaluateAll((els) => els.map((el) => el.getAttribute('data-ends') ?? ''));
}

/** The data-ends of the list items that are not hidden, in order. */
async function visibleEnds(list: Locator): Promise<string[]> {
  return ends(list.locator('li[data-ends]:not([hidden])'));
}

describe('stale-build hiding', () => {
  const OFFER = routes.offer(sampleOffer.id);
  const list = (page: Page) => page.locator('[data-date-list]');

  it('as of the build (and without JavaScript), the offer page shows its four next dates', async () => {
    const withJs = await pageAt(OFFER);
    const noJs = await pageAt(OFFER, undefined, { javaScriptEnabled: false });
    const shown = await visibleEnds(list(withJs));
    expect(shown).toHaveLength(4);
    expect(await visibleEnds(list(noJs))).toEqual(shown);
  });

  it('hides the first date once it has ended and moves the next ones up', async () => {
    const built = await pageAt(OFFER, undefined, { javaScriptEnabled: false });
    const all = await ends(list(built).locator('li[data-ends]'));
    expect(all.length).toBeGreaterThan(5);
    const page = await pageAt(OFFER, Date.parse(all[0]!) + 60_000);
    const shown = await visibleEnds(list(page));
    expect(shown).toEqual(all.slice(1, 5));
    expect(await list(page).locator('li[data-ends]').first().isHidden()).toBe(true);
    expect(await page.locator('[data-dates-over]').isHidden()).toBe(true);
  });

  it('keeps a date that is still running (end not yet reached)', async () => {
    const built = await pageAt(OFFER, undefined, { javaScriptEnabled: false });
    const all = await ends(list(built).locator('li[data-ends]'));
    const page = await pageAt(OFFER, Date.parse(all[0]!) - 60_000);
    expect(await visibleEnds(list(page))).toEqual(all.slice(0, 4));
  });

  it('says the dates are over when every embedded date has passed', async () => {
    const built = await pageAt(OFFER, undefined, { javaScriptEnabled: false });
    const all = await ends(list(built).locator('li[data-ends]'));
    const page = await pageAt(OFFER, Date.parse(all[all.length - 1]!) + 60_000);
    expect(await visibleEnds(list(page))).toEqual([]);
    expect(await page.locator('[data-dates-over]').isVisible()).toBe(true);
    expect(await page.locator('ul.date-list').isHidden()).toBe(true);
  });

  it('on the home page, still shows three days once the first day\'s dates are over', async () => {
    const built = await pageAt(routes.home(), undefined, { javaScriptEnabled: false });
    const groups = list(built).locator('[data-date-group]');
    expect(await groups.count()).toBeGreaterThan(3);
    const firstDayEnds = await ends(groups.first().locator('li[data-ends]'));
    const after = Math.max(...firstDayEnds.map(Date.parse)) + 60_000;
    const page = await pageAt(routes.home(), after);
    const shown = list(page).locator('[data-date-group]:not([hidden])');
    expect(await shown.count()).toBe(3);
    for (const end of await ends(shown.locator('li[data-ends]:not([hidden])'))) expect(Date.parse(end)).toBeGreaterThan(after);
    expect(await shown.first().locator('h3').innerText()).not.toBe(await groups.first().locator('h3').innerText());
  });
});

describe('Die nächsten 7 Tage', () => {
  it('moves the seven days and "Heute" with the clock and flags the page as outdated after a week', async () => {
    const built = await pageAt(routes.week(), undefined, { javaScriptEnabled: false });
    const days = await built.locator('[data-week-day]').evaluateAll((els) =>
      els.map((el) => ({ from: el.getAttribute('data-day-from')!, until: el.getAttribute('data-day-until')! })),
    );
    expect(days).toHaveLength(14);
    const visibleDays = (page: Page) =>
      page.locator('[data-week-day]').evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).map((el) => el.getAttribute('data-day-from')));
    const page = await pageAt(routes.week(), Date.parse(days[3]!.from) + 3_600_000);
    expect(await visibleDays(page)).toEqual(days.slice(3, 10).map((d) => d.from));
    // What a person sees: exactly one visible badge or "(heute)" (CSS must not show hidden ones).
    expect(await page.locator('[data-today]').filter({ visible: true }).count()).toBe(1);
    expect(await page.getByText(t('week.outdated')).isHidden()).toBe(true);

    const lastFull = await pageAt(routes.week(), Date.parse(days[7]!.until) - 3_600_000);
    expect(await lastFull.getByText(t('week.outdated')).isHidden()).toBe(true);
    const later = await pageAt(routes.week(), Date.parse(days[7]!.until) + 3_600_000);
    expect(await later.getByText(t('week.outdated')).isVisible()).toBe(true);
    expect(await visibleDays(later)).toEqual(days.slice(8).map((d) => d.from));
  });

  it('/diese-woche/ has no axe violation', async () => {
    const page = await pageAt(routes.week());
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('an event page has no axe violation', async () => {
    const page = await pageAt(routes.event(published('events')[0]!.id));
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
