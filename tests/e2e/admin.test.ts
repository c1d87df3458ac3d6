// The editors' CMS under /admin/: it must start from the site's own files
// alone (no CDN, no fonts from elsewhere) and show its login screen.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDist, type Site } from '../support/browser.ts';

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('loads the CMS from this site only and shows the sign-in', async () => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site.origin) foreign.push(request.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The CMS script is large and classic; wait for what it renders, not for load events.
  await page.goto(`${site.origin}/admin/`, { waitUntil: 'commit' });
  await page.getByRole('button', { name: /GitLab|GitHub/ }).first().waitFor({ timeout: 45_000 });
  // Requests the CSP refuses never leave the browser and never show up here.
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
