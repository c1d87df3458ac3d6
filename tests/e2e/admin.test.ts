// The editors' CMS under /admin/: it must start from the site's own files
// alone and show its sign-in. "Alone" is checked three ways: no request
// leaves for another host, the CMS does not even try (a try would be refused
// by the CSP and reported as a violation), and every file it asks this site
// for exists.
import { expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { watchAdmin } from '../support/cms.ts';
import { builtDeployment } from '../support/dist.ts';

const session = useBrowser();
const { routes } = builtDeployment();

it('starts from this site only, with nothing refused by its CSP, and shows the sign-in', async () => {
  const context = await session.newContext();
  const page = await context.newPage();
  const watch = watchAdmin(page, session.origin);
  // The CMS script is large and classic; wait for what it renders, not for load events.
  await page.goto(session.url(routes.admin()), { waitUntil: 'commit' });
  await page.getByRole('button', { name: /GitLab|GitHub/ }).first().waitFor({ timeout: 45_000 });
  // The interface is German: its strings came from this site (the CDN copy would be refused).
  await page.getByRole('button', { name: /Anmelden|Mit .* anmelden/ }).first().waitFor({ timeout: 10_000 });
  // The version check runs right after start: give it the time to ask.
  await page.waitForTimeout(1500);
  expect(watch.report()).toEqual({ foreign: [], refused: [], missing: [], errors: [] });
  expect(watch.ownRequests.some((url) => url.includes('/vendor/@sveltia/cms@') && url.endsWith('/locales/de.json'))).toBe(true);
  await context.close();
});
