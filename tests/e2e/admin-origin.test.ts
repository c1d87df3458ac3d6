// The CMS starts only on the live site's own origin (17/3, left over from the
// pipelines): with GitLab Pages parallel deployments the Pages host serves the
// live build and the merge-request previews side by side, and a preview's
// script could read a token the CMS stored there. The built /admin/ is served
// under two addresses through the browser's request routing: the live origin
// (the build's SITE_URL) and a Pages host. Only on the first does the CMS load.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { useBrowser } from '../support/browser.ts';
import { DIST, builtDeployment } from '../support/dist.ts';

const t = translator('de');

const session = useBrowser();
const { site, base, routes } = builtDeployment();
const PAGES_HOST = 'https://familiennetz-1a2b3c.gitlab.io';

/** A context where `origin` serves dist/ (below the build's base path) and nothing else answers. */
async function servedAt(origin: string): Promise<{ context: BrowserContext; page: Page; requested: string[] }> {
  const context = await session.newContext();
  const requested: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    requested.push(url.pathname);
    if (url.origin !== origin || !url.pathname.startsWith(base)) return route.abort();
    let file = join(DIST, decodeURIComponent(url.pathname.slice(base.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    return existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: '' });
  });
  return { context, page: await context.newPage(), requested };
}

describe('/admin/ starts the CMS on the live origin only', () => {
  it('on the live origin: loads the CMS and shows its sign-in', async () => {
    const { context, page, requested } = await servedAt(site.origin);
    await page.goto(new URL(routes.admin(), site.origin).href, { waitUntil: 'commit' });
    await page.getByRole('button', { name: /GitLab|GitHub/ }).first().waitFor({ timeout: 45_000 });
    expect(requested.some((path) => path.endsWith('/admin/sveltia-cms.js'))).toBe(true);
    expect(await page.locator('[data-elsewhere]').isHidden()).toBe(true);
    await context.close();
  });

  it('on another origin (a Pages host that also serves previews): no CMS, no config, nothing stored, a German notice with the live address', async () => {
    const { context, page, requested } = await servedAt(PAGES_HOST);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${PAGES_HOST}${routes.admin()}`, { waitUntil: 'load' });
    const notice = page.locator('[data-elsewhere]');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.innerText()).toContain(t('admin.elsewhere'));
    expect(await notice.getByRole('link').getAttribute('href')).toBe(new URL(routes.admin(), site).href);
    // Give a CMS that would start the time to ask for its files.
    await page.waitForTimeout(1000);
    expect(requested.filter((path) => /\/admin\/(sveltia-cms\.js|preview\.js|config\.yml)$/.test(path))).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
