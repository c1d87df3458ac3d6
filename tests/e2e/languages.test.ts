// Each language in the browser: an offer's page shows its weekday and time in that language, as
// Intl writes them for the language's locale (from the content, never pinned text), and the
// language switcher takes a keyboard user to the same page in another language.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { LANGUAGES, type LanguageCode } from '../../src/i18n/languages.ts';
import { routesFor } from '../../src/lib/routes.ts';
import { weekday } from '../../src/lib/dates/weekdays.ts';
import { formatClockTime } from '../../src/lib/dates/format.ts';
import { useBrowser } from '../support/browser.ts';
import { builtDeployment } from '../support/dist.ts';
import { offersWithDates, site } from '../support/content.ts';
import { focused, tabTo } from '../support/keyboard.ts';

const session = useBrowser();
const { base } = builtDeployment();
const languages = site.languages as LanguageCode[];
const segment = (lang: LanguageCode) => (lang === languages[0] ? '' : lang);
let context: BrowserContext;

beforeAll(async () => {
  context = await session.newContext();
});

// An offer that meets every week, like the Netz-Café: its first weekly rule gives day and time.
const weekly = offersWithDates
  .map((offer) => ({ offer, rule: offer.data.schedule?.rules.find((r) => r.repeat === 'wöchentlich') }))
  .find((found) => found.rule !== undefined);

describe('an offer’s day and time in every language', () => {
  it('has a weekly offer to look at', () => {
    expect(weekly).toBeDefined();
  });

  it.each(languages)('%s: the schedule names the weekday as Intl does for the language, and the time', async (lang) => {
    const { offer, rule } = weekly!;
    if (rule?.repeat !== 'wöchentlich') throw new Error('no weekly rule');
    const day = weekday(rule.weekdays[0]!);
    // 2024-01-01 was a Monday: the day of the week in the language, at noon in Berlin.
    const expected = new Intl.DateTimeFormat(LANGUAGES[lang].locale, { weekday: 'long', timeZone: 'Europe/Berlin' }).format(
      new Date(`2024-01-0${day.iso}T12:00:00+01:00`),
    );
    const page = await context.newPage();
    await page.goto(session.url(routesFor(base, segment(lang)).offer(offer.id)));
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    const when = await page.locator('.schedule-line').first().innerText();
    expect(when).toContain(expected);
    expect(when).toContain(formatClockTime(rule.start));
    await page.close();
  });
});

describe('language switcher', () => {
  it('takes a keyboard user from a page to the same page in each other language', async () => {
    const { offer } = weekly!;
    const page = await context.newPage();
    for (const lang of languages.slice(1)) {
      await page.goto(session.url(routesFor(base, '').offer(offer.id)));
      const target = routesFor(base, lang).offer(offer.id);
      await tabTo(page, (f) => f.href === target, `${LANGUAGES[lang].name} im Sprachwähler`, 20);
      expect((await focused(page)).text).toBe(LANGUAGES[lang].name);
      await Promise.all([page.waitForEvent('framenavigated'), page.keyboard.press('Enter')]);
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe(target);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      expect(await page.locator(`nav.language-switcher a[aria-current="true"]`).getAttribute('hreflang')).toBe(lang);
    }
    await page.close();
  });
});
