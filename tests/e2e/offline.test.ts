// Offline after a first visit, in Chromium over the built site: only the visitor's click on
// "Für unterwegs speichern" registers the service worker; then two visited pages reload without a
// connection, and a page never visited shows the offline page of its language with the phone
// number. "Delete" removes the worker and its caches again.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { translator } from '../../src/i18n/index.ts';
import { routesFor } from '../../src/lib/routes.ts';
import { telHref } from '../../src/lib/text/facts.ts';
import { useBrowser } from '../support/browser.ts';
import { builtDeployment } from '../support/dist.ts';
import { alliance, offers, site } from '../support/content.ts';

const t = translator('de');
const WAIT = { timeout: 30_000 };
const { routes, base, site: siteUrl } = builtDeployment();
const session = useBrowser();
const [visitedA, visitedB, unvisited] = offers;

async function workerState(page: Page): Promise<{ registrations: number; caches: number }> {
  return page.evaluate(async () => ({ registrations: (await navigator.serviceWorker.getRegistrations()).length, caches: (await caches.keys()).length }));
}

async function switchOn(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(session.url(path));
  const on = page.getByRole('button', { name: t('offline.enable') });
  await on.waitFor(WAIT);
  // Nothing registered and nothing cached before the click.
  expect(await workerState(page)).toEqual({ registrations: 0, caches: 0 });
  await on.click();
  await page.locator('[data-offline-status]').filter({ hasText: t('offline.enabled') }).waitFor(WAIT);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, WAIT);
  return page;
}

describe('offline', () => {
  it('has three offers to visit and leave unvisited', () => {
    expect(unvisited).toBeDefined();
  });

  it('after the choice, visited pages reload offline and an unvisited one shows the offline page with the phone number', async () => {
    const context = await session.newContext();
    const page = await switchOn(context, routes.offline());
    expect((await workerState(page)).registrations).toBe(1);
    for (const offer of [visitedA!, visitedB!]) {
      await page.goto(session.url(routes.offer(offer.id)));
      await page.locator('main h1').filter({ hasText: offer.data.title }).waitFor(WAIT);
    }
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('main h1').textContent()).toBe(visitedB!.data.title);
    await page.goto(session.url(routes.offer(visitedA!.id)));
    expect(await page.locator('main h1').textContent()).toBe(visitedA!.data.title);
    // The stylesheet comes from the worker's cache too.
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    await page.goto(session.url(routes.offer(unvisited!.id)));
    expect(await page.locator('main h1').textContent()).toBe(t('offline.title'));
    const phone = page.locator('[data-offline-contact] a[href^="tel:"]');
    expect(alliance.partner.phone).toBeTruthy();
    expect(await phone.getAttribute('href')).toBe(telHref(alliance.partner.phone!));
    // The home page was kept at the choice.
    await page.goto(session.url(routes.home()));
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(new URL(routes.home(), siteUrl).href);
    await context.setOffline(false);
    await context.close();
  });

  it('an unvisited page of another language shows that language’s offline page', async () => {
    const lang = site.languages[1];
    if (!lang) return;
    const other = routesFor(base, lang);
    const context = await session.newContext();
    const page = await switchOn(context, routes.offline());
    await context.setOffline(true);
    await page.goto(session.url(other.offer(unvisited!.id)));
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('main h1').textContent()).toBe(translator(lang)('offline.title'));
    await context.setOffline(false);
    await context.close();
  });

  it('shows a new build as soon as there is a connection (network first) and deletes everything on request', async () => {
    const context = await session.newContext();
    const page = await switchOn(context, routes.offline());
    await page.goto(session.url(routes.offer(visitedA!.id)));
    // A changed page on the server is what the visitor sees online, not the kept copy.
    let served = 0;
    await context.route(session.url(routes.offer(visitedA!.id)), async (route) => {
      served++;
      const response = await route.fetch();
      const body = (await response.text()).replace(/<h1([^>]*)>[^<]*<\/h1>/, '<h1$1>Neuer Stand</h1>');
      await route.fulfill({ response, body });
    });
    await page.reload();
    expect(await page.locator('main h1').textContent()).toBe('Neuer Stand');
    expect(served).toBeGreaterThan(0);
    await context.unroute(session.url(routes.offer(visitedA!.id)));
    await page.goto(session.url(routes.offline()));
    const off = page.getByRole('button', { name: t('offline.disable') });
    await off.waitFor(WAIT);
    await off.click();
    await page.locator('[data-offline-status]').filter({ hasText: t('offline.disabled') }).waitFor(WAIT);
    expect(await workerState(page)).toEqual({ registrations: 0, caches: 0 });
    await context.close();
  });
});
