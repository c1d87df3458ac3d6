// The editors' CMS under /admin/: it must start from the site's own files
// alone (no CDN, no fonts from elsewhere) and show its login screen.
import { expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { builtDeployment } from '../support/dist.ts';

const session = useBrowser();
const { routes } = builtDeployment();

it('loads the CMS from this site only and shows the sign-in', async () => {
  const context = await session.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== session.origin) foreign.push(request.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The CMS script is large and classic; wait for what it renders, not for load events.
  await page.goto(session.url(routes.admin()), { waitUntil: 'commit' });
  await page.getByRole('button', { name: /GitLab|GitHub/ }).first().waitFor({ timeout: 45_000 });
  // Requests the CSP refuses never leave the browser and never show up here.
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});
