// "Die nächsten 7 Tage" with a fake clock (Playwright's clock API) on a Sunday, a Thursday and a
// holiday. The site is built from the test fixture (tests/fixtures/valid: a café every Thursday
// 15:00–17:00, holidays not decided) as of Sunday 10 May 2026, 13:00 local time: the two built
// weeks hold Thursday 14 May (Christi Himmelfahrt, a public holiday in NRW) and Thursday 21 May.
// The fixture lacks only the contact page a whole site needs; the test adds a plain one.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { translator } from '../../src/i18n/index.ts';
import { routesFor } from '../../src/lib/routes.ts';
import { localDateTimeToDate } from '../../src/lib/dates/zone.ts';
import { buildEnv, exclusiveBuild } from '../support/build-lock.ts';
import { launchBrowser, serveDist, type Site } from '../support/browser.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';

const t = translator('de');

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const BUILT_AT = localDateTimeToDate('2026-05-10T13:00');
const root = mkdtempSync(join(tmpdir(), 'familiennetz-next-days-'));
const content = join(root, 'content');
const out = join(root, 'dist');
const routes = routesFor('/');

let site: Site;
let browser: Browser;

beforeAll(async () => {
  cpSync(resolve('tests/fixtures/valid'), content, { recursive: true });
  writeFileSync(join(content, 'pages', 'kontakt.md'), '---\ntitle: Kontakt\ndescription: So erreichen Sie uns, eine Seite nur für diesen Test.\n---\nRufen Sie an.\n');
  const env = buildEnv({ CONTENT_DIR: content, SOURCE_DATE_EPOCH: String(BUILT_AT.getTime() / 1000) });
  delete env['SITE_URL'];
  delete env['BASE_PATH'];
  await exclusiveBuild(() => execFileSync(process.execPath, [ASTRO, 'build', '--outDir', out], { env, stdio: 'pipe' }));
  site = await serveDist(out, '/');
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

async function weekAt(local: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', javaScriptEnabled, viewport: { width: 390, height: 844 } });
  await context.clock.setFixedTime(localDateTimeToDate(local));
  const page = await context.newPage();
  await page.goto(site.url(routes.week()));
  return page;
}

/** What a person sees in the week list, line by line. */
async function seen(page: Page): Promise<string[]> {
  const text = await page.locator('[data-week]').innerText();
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

describe('the next seven days in the browser', () => {
  it('on the Sunday of the build: today and six days, empty days in one line, the holiday marked', async () => {
    const page = await weekAt('2026-05-10T13:00');
    expect(await page.locator('h1').innerText()).toBe(t('week.title'));
    expect(await seen(page)).toEqual([
      `${t('week.nothingOn')} Sonntag (heute), Montag, Dienstag, Mittwoch`,
      'Donnerstag, 14. Mai 2026',
      'Netz-Café',
      '15:00–17:00 Uhr',
      t('dates.holidayAsk', { holiday: 'Christi Himmelfahrt' }),
      `${t('week.nothingOn')} Freitag, Samstag`,
    ]);
    await page.screenshot({ path: 'test-results/next-days-sunday-390.png', fullPage: true });
  });

  it('without JavaScript, it reads the same on the day of the build', async () => {
    const page = await weekAt('2026-05-10T13:00', false);
    expect(await seen(page)).toEqual(await seen(await weekAt('2026-05-10T13:00')));
  });

  it('on the holiday Thursday during the café: "Heute", the date and its mark; after it, "vorbei"', async () => {
    const during = await weekAt('2026-05-14T16:00');
    const lines = await seen(during);
    expect(lines.slice(0, 5)).toEqual(['Donnerstag, 14. Mai 2026 Heute', 'Netz-Café', '15:00–17:00 Uhr', t('dates.holidayAsk', { holiday: 'Christi Himmelfahrt' }), `${t('week.nothingOn')} Freitag, Samstag, Sonntag, Montag, Dienstag, Mittwoch`]);
    expect(lines).toHaveLength(5);
    const after = await weekAt('2026-05-14T18:00');
    expect((await seen(after)).slice(0, 2)).toEqual(['Donnerstag, 14. Mai 2026 Heute', t('week.allOver')]);
  });

  it('on the next Sunday, a week after the build: that Sunday to Saturday, the plain Thursday unmarked', async () => {
    const page = await weekAt('2026-05-17T09:00');
    expect(await seen(page)).toEqual([
      `${t('week.nothingOn')} Sonntag (heute), Montag, Dienstag, Mittwoch`,
      'Donnerstag, 21. Mai 2026',
      'Netz-Café',
      '15:00–17:00 Uhr',
      `${t('week.nothingOn')} Freitag, Samstag`,
    ]);
    expect(await page.getByText(t('week.outdated')).isVisible()).toBe(false);
  });

  it('on the plain Thursday after that the built days run out, and the page says so', async () => {
    const page = await weekAt('2026-05-21T10:00');
    expect((await seen(page))[0]).toBe('Donnerstag, 21. Mai 2026 Heute');
    expect(await page.getByText(t('week.outdated')).isVisible()).toBe(true);
  });

  it('has no axe violation on a Sunday and on the holiday', async () => {
    for (const local of ['2026-05-10T13:00', '2026-05-14T16:00']) {
      const violations = await axeViolations(await weekAt(local));
      expect(violations, describeViolations(violations)).toEqual([]);
    }
  });

  it('serves the calendar file as text/calendar, and its link has no download attribute', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(site.url(routes.offer('netz-cafe')));
    const link = page.locator('a[type="text/calendar"]').first();
    expect(await link.getAttribute('download')).toBeNull();
    const response = await page.request.get(site.url(routes.offerCalendar('netz-cafe')));
    expect(response.headers()['content-type']).toMatch(/^text\/calendar/);
    const webcal = new URL((await page.locator('a[href^="webcal:"]').first().getAttribute('href'))!);
    expect(webcal.protocol).toBe('webcal:');
    expect(webcal.pathname).toBe(routes.offerCalendar('netz-cafe'));
    // The file the build wrote for that day carries the holiday as a marked instance.
    expect(readFileSync(join(out, 'angebote', 'netz-cafe', 'kalender.ics'), 'utf8')).toMatch(/RECURRENCE-ID;TZID=Europe\/Berlin:20260514T150000/);
  });
});
