// The layout uses a wide screen and stays one column on a phone: on an offer
// page the facts (when, where, cost, contact) stand beside the text at
// 1280 px - at its end, so on the left in Arabic - and right after the summary,
// above the text, at 390 px. The home page sets whom to call beside the
// introduction on a wide screen. Cards of a list sit side by side.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { offers, sampleOffer, site } from '../support/content.ts';
import { builtDeployment } from '../support/dist.ts';

const { routes } = builtDeployment();
const session = useBrowser();
let phone: BrowserContext;
let desktop: BrowserContext;

beforeAll(async () => {
  phone = await session.newContext({ viewport: { width: 390, height: 844 } });
  desktop = await session.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await phone?.close();
  await desktop?.close();
});

type Box = { left: number; right: number; top: number; bottom: number };
const box = (page: Page, selector: string): Promise<Box> =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });

const offerPath = (lang: string) => routes.href(`${lang === site.languages[0] ? '' : `/${lang}`}/angebote/${sampleOffer.id}/`);
const rtl = site.languages.find((lang) => lang === 'ar');

describe('wide screen and phone layout', () => {
  for (const lang of [site.languages[0]!, ...(rtl ? [rtl] : [])]) {
    it(`${lang}: an offer page shows its facts beside the text at 1280 px, at the text's end`, async () => {
      const page = await desktop.newPage();
      await page.goto(session.url(offerPath(lang)));
      const facts = await box(page, '.entry-layout__facts dl.facts');
      const text = await box(page, '.entry-layout__text');
      // Side by side: the two columns overlap vertically and not horizontally.
      expect(facts.top).toBeLessThan(text.bottom);
      expect(text.top).toBeLessThan(facts.bottom);
      if (lang === 'ar') expect(facts.right).toBeLessThanOrEqual(text.left);
      else expect(facts.left).toBeGreaterThanOrEqual(text.right);
      // Each column wide enough to read: the facts at least 18rem, the text wider than the facts.
      expect(facts.right - facts.left).toBeGreaterThanOrEqual(18 * 16);
      expect(text.right - text.left).toBeGreaterThan(facts.right - facts.left);
      await page.close();
    });
  }

  it('an offer page is one column at 390 px: summary, then facts, then the text', async () => {
    const page = await phone.newPage();
    await page.goto(session.url(offerPath(site.languages[0]!)));
    const lead = await box(page, 'main .lead');
    const facts = await box(page, '.entry-layout__facts dl.facts');
    const text = await box(page, '.entry-layout__text');
    expect(facts.top).toBeGreaterThanOrEqual(lead.bottom);
    expect(text.top).toBeGreaterThanOrEqual(facts.bottom);
    expect(Math.abs(facts.left - text.left)).toBeLessThan(2);
    await page.close();
  });

  it('the home page sets whom to call beside the introduction at 1280 px and below it at 390 px', async () => {
    const wide = await desktop.newPage();
    await wide.goto(session.url(routes.home()));
    const lead = await box(wide, 'main .lead');
    const contact = await box(wide, '.home-contact');
    expect(contact.left).toBeGreaterThanOrEqual(lead.right);
    expect(contact.top).toBeLessThan(lead.bottom);
    await wide.close();
    const narrow = await phone.newPage();
    await narrow.goto(session.url(routes.home()));
    expect((await box(narrow, '.home-contact')).top).toBeGreaterThanOrEqual((await box(narrow, 'main .lead')).bottom);
    await narrow.close();
  });

  it('cards of the offers list sit side by side at 1280 px, one under the other at 390 px', async () => {
    expect(offers.length).toBeGreaterThan(2);
    const columns = async (context: BrowserContext) => {
      const page = await context.newPage();
      await page.goto(session.url(routes.offers()));
      const lefts = await page.locator('.cards > li').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().left)));
      await page.close();
      return new Set(lefts).size;
    };
    expect(await columns(desktop)).toBeGreaterThanOrEqual(3);
    expect(await columns(phone)).toBe(1);
  });
});

