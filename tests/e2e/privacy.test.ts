// Privacy in the browser: every page of the sitemap (and 404) is opened in
// Chromium; any request to another host, any cookie and any use of web
// storage fails the test. The CSP is kept on (no bypass) and the search must
// still work under it, with no CSP violation reported.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { inTabs, useBrowser } from '../support/browser.ts';
import { translator } from '../../src/i18n/index.ts';
import { builtDeployment, sitemapPaths } from '../support/dist.ts';
import { posterPaths } from '../support/paper.ts';
import { sampleOffer } from '../support/content.ts';
import { STORAGE_KEY } from '../../src/lib/keep/list.ts';

const t = translator('de');

const { routes } = builtDeployment();
// The notices (…/aushang/) are pages too, outside the sitemap (noindex).
const paths = [...sitemapPaths(), ...posterPaths(), routes.notFound()];
const session = useBrowser();
let context: BrowserContext;
const foreign: string[] = [];
const violations: string[] = [];

beforeAll(async () => {
  context = await session.newContext();
  context.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs are made inside the page and never leave it.
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== session.origin) foreign.push(`${request.frame().url()} → ${request.url()}`);
  });
  // Report CSP violations to the test instead of only to the console.
  await context.exposeBinding('reportCspViolation', ({ page }, text: string) => violations.push(`${page.url()}: ${text}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
});

async function storageUse(page: Page): Promise<{ cookie: string; local: number; session: number }> {
  return page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
}

describe('privacy', () => {
  it('opens every page without a request to another host, a cookie or web storage', async () => {
    const used: string[] = [];
    await inTabs(context, paths, async (page, path) => {
      await page.goto(session.url(path), { waitUntil: 'load' });
      const storage = await storageUse(page);
      if (storage.cookie || storage.local || storage.session) used.push(`${path}: ${JSON.stringify(storage)}`);
    });
    expect(paths.length).toBeGreaterThan(10);
    expect(foreign).toEqual([]);
    expect(used).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(violations).toEqual([]);
  }, 300_000);

  it('stores something only on the visitor\'s click: the saved list after "Merken", the service worker after "Für unterwegs speichern"', async () => {
    const own = await session.newContext();
    const page = await own.newPage();
    await page.goto(session.url(routes.offer(sampleOffer.id)));
    const kept = () =>
      page.evaluate(async () => ({
        local: Object.keys(localStorage),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        caches: (await caches.keys()).length,
      }));
    expect(await kept()).toEqual({ local: [], workers: 0, caches: 0 });
    await page.getByRole('button', { name: t('keep.button'), exact: true }).click();
    expect(await kept()).toEqual({ local: [STORAGE_KEY], workers: 0, caches: 0 });
    await page.goto(session.url(routes.offline()));
    expect((await kept()).workers).toBe(0);
    await page.getByRole('button', { name: t('offline.enable') }).click();
    await page.locator('[data-offline-status]').filter({ hasText: t('offline.enabled') }).waitFor({ timeout: 30_000 });
    const after = await kept();
    expect(after.workers).toBe(1);
    expect(after.caches).toBeGreaterThan(0);
    expect(await own.cookies()).toEqual([]);
    await own.close();
  });

  it('searches under the CSP: Pagefind and its WebAssembly load from the site itself', async () => {
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('response', (response) => loaded.push(new URL(response.url()).pathname));
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.url(routes.search()));
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toContain("'wasm-unsafe-eval'");
    await page.getByLabel(t('search.label')).fill(sampleOffer.data.title);
    await page.locator('#suchergebnisse li a').first().waitFor();
    expect(await page.locator('#suchergebnisse li a').allTextContents()).toContain(sampleOffer.data.title);
    await page.close();
    expect(loaded.some((p) => p.endsWith('.wasm') || p.includes('wasm'))).toBe(true);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });

  it('refuses WebAssembly outside the search page (17/11: the tightest policy per page)', async () => {
    // The smallest valid module: the magic number and version 1.
    const compile = (page: Page) =>
      page.evaluate(() =>
        WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
          () => 'compiled',
          (error: Error) => `refused: ${error.message}`,
        ),
      );
    const page = await context.newPage();
    await page.goto(session.url(routes.home()));
    const before = violations.length;
    expect(await compile(page)).toMatch(/^refused: .*(Content Security Policy|wasm-unsafe-eval)/i);
    await expect.poll(() => violations.length).toBeGreaterThan(before);
    violations.splice(before);
    await page.goto(session.url(routes.search()));
    expect(await compile(page)).toBe('compiled');
    expect(violations.slice(before)).toEqual([]);
    await page.close();
  });

  it('would notice a blocked inline script (the violation listener works)', async () => {
    const page = await context.newPage();
    await page.goto(session.url(routes.home()));
    const before = violations.length;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(before);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    violations.splice(before);
    await page.close();
  });
});
