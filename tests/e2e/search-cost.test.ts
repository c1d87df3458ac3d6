// The search index is the heaviest thing on the site: it may only load once a
// visitor starts searching, never with the search page itself.
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const session = useBrowser();

describe('search cost', () => {
  it('loads no Pagefind file until the visitor searches, then finds results', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${session.origin}/suche/`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await page.getByLabel('Wonach suchen Sie?').fill('Babykorb');
    await page.locator('#suchergebnisse li').first().waitFor();
    expect(requested.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await context.close();
  });

  it('pages other than /suche/ never load Pagefind', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const path of ['/', '/angebote/', '/angebote/netz-cafe/']) await page.goto(`${session.origin}${path}`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    expect(requested.length).toBeGreaterThan(3);
    await context.close();
  });
});
