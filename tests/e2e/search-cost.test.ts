// The search index is the heaviest thing on the site: it may only load once a
// visitor starts searching, never with the search page itself.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { useBrowser } from '../support/browser.ts';
import { builtDeployment } from '../support/dist.ts';
import { sampleOffer } from '../support/content.ts';

const t = translator('de');

const session = useBrowser();
const { routes } = builtDeployment();

describe('search cost', () => {
  it('loads no Pagefind file until the visitor searches, then finds results', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(session.url(routes.search()), { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith(routes.pagefind()))).toEqual([]);
    await page.getByLabel(t('search.label')).fill(sampleOffer.data.title);
    await page.locator('#suchergebnisse li').first().waitFor();
    expect(requested).toContain(`${routes.pagefind()}pagefind.js`);
    await context.close();
  });

  it('pages other than the search page never load Pagefind', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const path of [routes.home(), routes.offers(), routes.offer(sampleOffer.id)]) await page.goto(session.url(path), { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith(routes.pagefind()))).toEqual([]);
    expect(requested.length).toBeGreaterThan(3);
    await context.close();
  });
});
