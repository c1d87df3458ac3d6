// Browser behaviour on the built site: navigation and search. axe over every
// page is in axe.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';

const session = useBrowser();
let context: BrowserContext;

beforeAll(async () => {
  context = await session.newContext();
});

describe('navigation', () => {
  it('leads from the home page to the offers and on to an offer with its partner', async () => {
    const page = await context.newPage();
    await page.goto(`${session.origin}/`);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Angebote' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/angebote/');
    await page.getByRole('link', { name: 'Netz-Café', exact: true }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/angebote/netz-cafe/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Netz-Café');
    await page.locator('a[data-partner-link]').first().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/partner\/[a-z0-9-]+\/$/);
    await page.close();
  });

  it('takes a family from a life situation on the home page to the matching topic', async () => {
    const page = await context.newPage();
    await page.goto(`${session.origin}/`);
    await page.getByRole('link', { name: /Wir suchen Kinderbetreuung/ }).click();
    expect(new URL(page.url()).hash).toBe('#thema-kinderbetreuung');
    expect(await page.locator('#thema-kinderbetreuung').textContent()).toBe('Kinderbetreuung');
    await page.close();
  });
});

describe('search', () => {
  it('finds the Babykorb and shows title, kind and excerpt', async () => {
    const page = await context.newPage();
    await page.goto(`${session.origin}/suche/`);
    await page.getByLabel('Wonach suchen Sie?').fill('Babykorb');
    const first = page.locator('#suchergebnisse li').first();
    await first.waitFor();
    expect(await first.locator('a').textContent()).toBe('Babykorb');
    expect(await first.locator('.tag').textContent()).toBe('Angebot');
    expect((await first.locator('p').last().textContent())?.length).toBeGreaterThan(10);
    expect(await page.locator('#suchstatus').textContent()).toMatch(/Treffer/);
    await page.close();
  });
});
