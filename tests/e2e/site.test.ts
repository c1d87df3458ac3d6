// Browser behaviour on the built site: navigation and search. axe over every
// page is in axe.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { translator } from '../../src/i18n/index.ts';
import { useBrowser } from '../support/browser.ts';
import { builtDeployment } from '../support/dist.ts';
import { sampleOffer, situations } from '../support/content.ts';

const t = translator('de');

const session = useBrowser();
const { routes } = builtDeployment();
let context: BrowserContext;

beforeAll(async () => {
  context = await session.newContext();
});

describe('navigation', () => {
  it('leads from the home page to the offers and on to an offer with its partner', async () => {
    const page = await context.newPage();
    await page.goto(session.url(routes.home()));
    await page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.offers') }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(routes.offers());
    await page.getByRole('link', { name: sampleOffer.data.title, exact: true }).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(routes.offer(sampleOffer.id));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(sampleOffer.data.title);
    await page.locator('a[data-partner-link]').first().click();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${routes.partners()}[a-z0-9-]+/$`));
    await page.close();
  });

  it('takes a family from a life situation on the home page to its page with the offers it promises', async () => {
    const situation = situations[0]!;
    const page = await context.newPage();
    await page.goto(session.url(routes.home()));
    await page.getByRole('link', { name: new RegExp(situation.data.title) }).click();
    expect(new URL(page.url()).pathname).toBe(routes.situation(situation.id));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(situation.data.title);
    await page.close();
  });
});

describe('search', () => {
  it('finds an offer by its title and shows title, kind and excerpt', async () => {
    const page = await context.newPage();
    await page.goto(session.url(routes.search()));
    await page.getByLabel(t('search.label')).fill(sampleOffer.data.title);
    const first = page.locator('#suchergebnisse li').first();
    await first.waitFor();
    expect(await first.locator('a').textContent()).toBe(sampleOffer.data.title);
    expect(await first.locator('.tag').textContent()).toBe(t('kind.offer'));
    expect((await first.locator('p').last().textContent())?.length).toBeGreaterThan(10);
    expect(await page.locator('#suchstatus').textContent()).toMatch(/Treffer/);
    await page.close();
  });
});
