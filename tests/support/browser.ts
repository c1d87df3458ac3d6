// Serves dist/ on 127.0.0.1 and drives Debian's Chromium through playwright-core.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { chromium, type Browser } from 'playwright-core';
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
  site: Site;
  browser: Browser;
  context: import('playwright-core').BrowserContext;
}

/** Starts the built site and a German-locale Chromium context around a test file's tests. */
export function useBrowserSession(hooks: { beforeAll: (fn: () => Promise<void>) => void; afterAll: (fn: () => Promise<void>) => void }): BrowserSession {
  const session = {} as BrowserSession;
  hooks.beforeAll(async () => {
    session.site = await serveDist();
    session.browser = await launchBrowser();
    session.context = await session.browser.newContext({ locale: 'de-DE' });
  });
  hooks.afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
