// `npm run audit`: Lighthouse (performance, accessibility, best practices,
// SEO) for the home page, an offer page and the search page of the built
// site in dist/, served on 127.0.0.1 and measured in Debian's Chromium.
// A report, not a test: it prints the scores and every audit that keeps a
// category below 100, and fails only if Lighthouse cannot run.
// Lighthouse is pinned to 12.2.3, the last version whose lock `npm ci`
// accepts with Node 20 (13 needs Node 22).
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { serveDist } from '../tests/support/serve.ts';
import { builtDeployment } from '../tests/support/dist.ts';
import { sampleOffer } from '../tests/support/content.ts';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const PORT = Number(process.env['LIGHTHOUSE_PORT'] ?? 9333);
const { routes } = builtDeployment();
const PAGES = [routes.home(), routes.offer(sampleOffer.id), routes.search()];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}

const site = await serveDist();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--remote-debugging-port=${PORT}`],
});
const rows: string[][] = [];
const gaps: string[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(site.url(path), {
      port: PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
      // Lighthouse's default: a mid-range phone on a slow 4G connection.
      formFactor: 'mobile',
    });
    if (!result) throw new Error(`Lighthouse lieferte kein Ergebnis für ${path}`);
    const { lhr } = result;
    rows.push([path, ...CATEGORIES.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)))]);
    for (const category of CATEGORIES) {
      const refs = lhr.categories[category]?.auditRefs ?? [];
      for (const ref of refs) {
        const audit = lhr.audits[ref.id] as Audit | undefined;
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
        if (audit.scoreDisplayMode !== 'binary' && audit.scoreDisplayMode !== 'numeric') continue;
        gaps.push(`${path} [${category}] ${audit.title}: ${Math.round(audit.score * 100)}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}

const header = ['Seite', ...CATEGORIES];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
console.log(gaps.length ? `\nUnter 100:\n${gaps.join('\n')}` : '\nAlle geprüften Audits bestanden.');
