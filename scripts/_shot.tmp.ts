import { chromium } from 'playwright-core';
import { serveDist } from '../tests/support/serve.ts';
const [dir, tag, ...paths] = process.argv.slice(2);
const site = await serveDist(dir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
const page = await ctx.newPage();
for (const path of paths) {
  await page.goto(site.url(path));
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const name = path.replace(/\//g, '_');
  for (let y = 0, i = 0; y < h; y += 1000, i++) {
    await page.screenshot({ path: `/tmp/u-shots/${tag}${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 390, height: Math.min(1000, h - y) } });
  }
  console.log(path, h);
}
await browser.close(); await site.close();
