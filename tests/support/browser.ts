// Serves dist/ on 127.0.0.1 and drives Debian's Chromium through playwright-core.
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { serveDist, type Site } from './serve.ts';

export { serveDist, type Site };

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

export interface BrowserSession {
  /** http://127.0.0.1:PORT of the served dist/. */
  readonly origin: string;
  /** The address of a path of the site (base path included, as the route table writes it). */
  url(path: string): string;
  /** A German-language context, closed with the browser after the file. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** One server and one Chromium per test file, started before and closed after its tests. */
export function useBrowser(): BrowserSession {
  let site: Site | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get origin() {
      if (!site) throw new Error('useBrowser(): server not started yet');
      return site.origin;
    },
    url(path) {
      if (!site) throw new Error('useBrowser(): server not started yet');
      return site.url(path);
    },
    newContext(options = {}) {
      if (!browser) throw new Error('useBrowser(): browser not started yet');
      return browser.newContext({ locale: 'de-DE', ...options });
    },
  };
}

/**
 * Runs `visit` for every item in a few tabs of one context at once: one browser, one build, pages
 * in parallel, so checks over every page of every language stay affordable.
 */
export async function inTabs<T>(context: BrowserContext, items: readonly T[], visit: (page: import('playwright-core').Page, item: T) => Promise<void>, tabs = 4): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(tabs, items.length) }, async () => {
      const page = await context.newPage();
      try {
        while (next < items.length) await visit(page, items[next++]!);
      } finally {
        await page.close();
      }
    }),
  );
}
