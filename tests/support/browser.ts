// Serves dist/ on 127.0.0.1 and drives Debian's Chromium through playwright-core.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { DIST, assertBuilt } from './dist.ts';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Site {
  origin: string;
  close(): Promise<void>;
}

export async function serveDist(): Promise<Site> {
  assertBuilt();
  const handler = sirv(DIST, { dev: false, etag: false, extensions: ['html'] });
  const notFound = (res: import('node:http').ServerResponse) => {
    res.statusCode = 404;
    res.end();
  };
  const server: Server = createServer((req, res) => handler(req, res, () => notFound(res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

export interface BrowserSession {
  /** http://127.0.0.1:PORT of the served dist/. */
  readonly origin: string;
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
    newContext(options = {}) {
      if (!browser) throw new Error('useBrowser(): browser not started yet');
      return browser.newContext({ locale: 'de-DE', ...options });
    },
  };
}
