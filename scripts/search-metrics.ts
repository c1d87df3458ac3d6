// Measures what a visitor pays for the first search on a built site: bytes
// transferred from pagefind/ and the time from focusing the field to the
// first result, plus the size of the index on disk. Run after `npm run build`:
//   node --experimental-strip-types scripts/search-metrics.ts [query]
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, serveDist } from '../tests/support/browser.ts';
import { builtDeployment } from '../tests/support/dist.ts';

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? dirBytes(path) : stat.size);
  }, 0);
}

const query = process.argv[2] ?? 'Hebamme';
const site = await serveDist();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  let bytes = 0;
  let requests = 0;
  page.on('response', async (response) => {
    if (!new URL(response.url()).pathname.includes('/pagefind/')) return;
    requests++;
    bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(site.url(builtDeployment().routes.search()));
  const started = await page.evaluate(() => performance.now());
  await page.focus('#suchfeld');
  await page.keyboard.type(query);
  await page.locator('#suchergebnisse li a').first().waitFor();
  const ended = await page.evaluate(() => performance.now());
  const index = dirBytes(join(process.cwd(), 'dist/pagefind'));
  const indexData = ['index', 'fragment', 'filter'].reduce((s, d) => s + dirBytes(join(process.cwd(), 'dist/pagefind', d)), 0);
  console.log(
    JSON.stringify({ query, requests, bytesToFirstResult: bytes, msFocusToFirstResult: Math.round(ended - started), indexDirBytes: index, indexDataBytes: indexData }),
  );
} finally {
  await browser.close();
  await site.close();
}
