// npm run bench [-- --sizes 1000,10000,50000 --runs 3 --no-bare --no-search --no-rebuild --no-languages --only-search]
//
// Builds the site from generated content (scripts/generate-content.ts) for
// each size N and reports the median of several runs: Astro and Pagefind
// seconds (measured apart: the build runs with SKIP_PAGEFIND=1, then
// Pagefind's Node API indexes the output in its own process), pages per
// second, peak memory, dist and search-index size. It also builds a bare
// Astro project (generated here: the same Markdown and YAML, one plain page
// per entry, Pagefind) and prints our time divided by the bare time. For the
// largest N it opens /suche/ in Chromium and counts the bytes transferred
// until the first result is shown. Per N it also reports the largest HTML page
// and how many pages are over the 50 KB budget, a digest of the output (the
// same digest before and after a change that is only about speed means the
// same bytes: builds use a fixed SOURCE_DATE_EPOCH), and a rebuild after one
// changed entry with Astro's content-layer cache kept (no --force), for the
// site and for bare Astro. Up to 10,000 the same content is built once more
// with the site in every language (German entries, the interface per language).
//
// Peak memory is the maximum resident set size reported by GNU time
// (/usr/bin/time) for the process and its children: the largest single
// process, i.e. Node for Astro, and Node or the pagefind binary for Pagefind.
//
// A benchmark, not a test: it asserts nothing about time.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateContent } from './generate-content.ts';
import { LANGUAGE_CODES } from '../src/i18n/languages.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, '.bench');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const GNU_TIME = '/usr/bin/time';
/** "Now" of every benchmark build (2026-11-19), so two builds of the same content are comparable byte for byte. */
const EPOCH = process.env['BENCH_EPOCH'] || '1795000000';
/** Every HTML page must stay below this (uncompressed), lists included. */
const PAGE_BUDGET = 50 * 1024;

interface Options {
  sizes: number[];
  runs?: number;
  bare: boolean;
  search: boolean;
  rebuild: boolean;
  /** Also build each N up to 10,000 with every language of the site (src/i18n/languages.ts). */
  allLanguages: boolean;
  /** Measure only the search on an existing .bench/dist-N (no builds). */
  onlySearch: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? '1000,10000,50000').split(',').map((s) => Number(s.replace(/[_.]/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 4)) throw new Error('--sizes: ganze Zahlen ab 4, mit Komma getrennt');
  const runs = value('--runs');
  return { sizes, ...(runs ? { runs: Number(runs) } : {}), bare: !argv.includes('--no-bare'), search: !argv.includes('--no-search'), rebuild: !argv.includes('--no-rebuild'), allLanguages: !argv.includes('--no-languages'), onlySearch: argv.includes('--only-search') };
}

/** 3 runs where a build takes seconds, 1 where it takes minutes; --runs overrides. */
function runsFor(n: number, options: Options): number {
  return options.runs ?? (n >= 10_000 ? 1 : 3);
}

interface Measured {
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpuSeconds: number | undefined;
  peakMB: number | undefined;
}

/** Runs node with args, timed; peak RSS through GNU time when the machine has it. */
function measure(args: string[], env: NodeJS.ProcessEnv, cwd: string, log: string): Promise<Measured> {
  const memFile = `${log}.mem`;
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const fullArgs = useTime ? ['-f', '%M %U %S', '-o', memFile, process.execPath, ...args] : args;
  const started = performance.now();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, fullArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      writeFileSync(log, Buffer.concat(chunks));
      if (code !== 0) {
        reject(new Error(`${args.join(' ')} endete mit ${code}; Ausgabe: ${log}`));
        return;
      }
      const [kb, user, sys] = useTime ? (readFileSync(memFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number) : [];
      resolvePromise({
        seconds,
        cpuSeconds: user !== undefined && sys !== undefined ? user + sys : undefined,
        peakMB: kb !== undefined && Number.isFinite(kb) ? kb / 1024 : undefined,
      });
    });
  });
}

function sizeOf(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length;
}

/** The largest HTML page and how many are over the budget. */
function pageSizes(dir: string): { largest: number; largestPath: string; overBudget: number } {
  let largest = 0;
  let largestPath = '';
  let overBudget = 0;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html') || file.startsWith('pagefind') || file.startsWith('admin')) continue;
    const size = statSync(join(dir, file)).size;
    if (size > PAGE_BUDGET) overBudget++;
    if (size > largest) [largest, largestPath] = [size, file];
  }
  return { largest, largestPath, overBudget };
}

/**
 * One SHA-256 over every file the site publishes for families (pages, calendars, feeds, data) with
 * its path; not /admin/ (the CMS bundle holds our minified code) or Pagefind's index.
 */
function outputDigest(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.startsWith('admin') && !f.startsWith('pagefind') && statSync(join(dir, f)).isFile())
    .sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(join(dir, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface RunResult {
  astro: number;
  pagefind: number;
  astroCpu: number;
  pagefindCpu: number;
  astroMB: number | undefined;
  pagefindMB: number | undefined;
  pages: number;
  distBytes: number;
  indexBytes: number;
}

async function buildOnce(projectDir: string, contentDir: string, outDir: string, label: string, cache: 'cold' | 'kept' = 'cold'): Promise<RunResult> {
  rmSync(outDir, { recursive: true, force: true });
  const env = { CONTENT_DIR: contentDir, SKIP_PAGEFIND: '1', ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: EPOCH };
  // --force: the content layer cache would otherwise make every run after the first a warm build.
  const force = cache === 'cold' ? ['--force'] : [];
  const astro = await measure([ASTRO, 'build', ...force, '--outDir', outDir], env, projectDir, join(BENCH, `${label}-astro.log`));
  const pagefind = await measure(
    ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'scripts', 'bench-pagefind.ts'), outDir],
    {},
    ROOT,
    join(BENCH, `${label}-pagefind.log`),
  );
  return {
    astro: astro.seconds,
    pagefind: pagefind.seconds,
    astroCpu: astro.cpuSeconds ?? NaN,
    pagefindCpu: pagefind.cpuSeconds ?? NaN,
    astroMB: astro.peakMB,
    pagefindMB: pagefind.peakMB,
    pages: countHtml(outDir),
    distBytes: sizeOf(outDir),
    indexBytes: sizeOf(join(outDir, 'pagefind')),
  };
}

/** A plain Astro site over the same content: collections without schemas, one page per entry, nothing else. */
function writeBareProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', '[collection]'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-bench', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const base = (dir) => \`\${process.env.CONTENT_DIR}/\${dir}\`;
const md = (dir) => defineCollection({ loader: glob({ pattern: '*.md', base: base(dir) }) });
const yaml = (dir) => defineCollection({ loader: glob({ pattern: '*.yaml', base: base(dir) }) });
export const collections = { offers: md('offers'), events: md('events'), pages: md('pages'), partners: yaml('partners'), locations: yaml('locations') };
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[collection]', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const names = ['offers', 'events', 'pages', 'partners', 'locations'];
  const all = await Promise.all(names.map((name) => getCollection(name)));
  return all.flat().map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = entry.body ? await render(entry) : { Content: null };
const data = entry.data;
---
<!doctype html>
<html lang="de">
  <head><meta charset="utf-8" /><title>{data.title ?? data.name}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{data.title ?? data.name}</h1>
      <p>{data.summary ?? data.description ?? data.street}</p>
      {Content && <Content />}
    </main>
  </body>
</html>
`,
  );
}

interface SearchCost {
  bytesOnLoad: number;
  pagefindRequestsBeforeSearch: number;
  bytesUntilResults: number;
  requestsUntilResults: number;
  msUntilResults: number;
  query: string;
}

async function measureSearch(distDir: string, query: string): Promise<SearchCost> {
  const { createServer } = await import('node:http');
  const { default: sirv } = await import('sirv');
  const { chromium } = await import('playwright-core');
  const handler = sirv(distDir, { dev: false, etag: false, extensions: ['html'] });
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as import('node:net').AddressInfo).port;
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Bytes on the wire (headers + body; sirv sends no compression). Playwright's request
    // events also see what Pagefind fetches from its worker, which a page-level CDP session misses.
    const sizes: Promise<number>[] = [];
    let pagefindRequests = 0;
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests++;
    });
    page.on('requestfinished', (request) => {
      sizes.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize));
    });
    const sum = async (list: Promise<number>[]) => (await Promise.all(list)).reduce((a, b) => a + b, 0);
    await page.goto(`http://127.0.0.1:${port}/suche/`, { waitUntil: 'networkidle' });
    const bytesOnLoad = await sum([...sizes]);
    const pagefindRequestsBeforeSearch = pagefindRequests;
    const started = performance.now();
    await page.locator('#suchfeld').click();
    await page.keyboard.type(query);
    await page.locator('#suchergebnisse li').first().waitFor();
    const msUntilResults = performance.now() - started;
    // Everything finished by now was needed for the first results (fragments load before rendering).
    const finished = [...sizes];
    return { bytesOnLoad, pagefindRequestsBeforeSearch, bytesUntilResults: await sum(finished), requestsUntilResults: finished.length, msUntilResults, query };
  } finally {
    await browser.close();
    server.close();
  }
}

const fmt = (n: number | undefined, digits = 1) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const mb = (bytes: number) => bytes / 1024 / 1024;

/** Adds a sentence to one offer's text: what an editor's change does to a rebuild. */
function editOneEntry(contentDir: string): () => void {
  const file = join(contentDir, 'offers', 'angebot-1.md');
  const before = readFileSync(file);
  appendFileSync(file, '\nNeu: Bitte bringen Sie eine Decke mit.\n');
  return () => writeFileSync(file, before);
}

interface Rebuild {
  seconds: number;
  cpuSeconds: number;
}

/** One entry changed and the site built again with the content-layer cache of the run before kept. */
async function rebuildAfterEdit(projectDir: string, contentDir: string, outDir: string, label: string): Promise<Rebuild> {
  const restore = editOneEntry(contentDir);
  try {
    const warm = await buildOnce(projectDir, contentDir, outDir, label, 'kept');
    return { seconds: warm.astro + warm.pagefind, cpuSeconds: warm.astroCpu + warm.pagefindCpu };
  } finally {
    restore();
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  mkdirSync(BENCH, { recursive: true });
  const bareDir = join(BENCH, 'bare');
  if (options.bare) writeBareProject(bareDir);
  const rows: Record<string, unknown>[] = [];
  const searches: (SearchCost & { n: number })[] = [];
  for (const n of options.onlySearch ? [] : options.sizes) {
    const contentDir = join(BENCH, `content-${n}`);
    const generated = generateContent({ count: n, out: contentDir, seed: 1 });
    console.log(`\n== N = ${n}: ${generated.offers} Angebote, ${generated.events} Veranstaltungen, ${generated.partners} Partner, ${generated.locations} Orte`);
    const runs = runsFor(n, options);
    const ours: RunResult[] = [];
    const bare: RunResult[] = [];
    for (let run = 1; run <= runs; run++) {
      const result = await buildOnce(ROOT, contentDir, join(BENCH, `dist-${n}`), `n${n}-run${run}`);
      ours.push(result);
      console.log(
        `  [${run}/${runs}] Website: Astro ${fmt(result.astro)} s (CPU ${fmt(result.astroCpu)} s), Pagefind ${fmt(result.pagefind)} s, ${result.pages} Seiten, Spitze ${fmt(result.astroMB, 0)} MB`,
      );
      if (options.bare) {
        const b = await buildOnce(bareDir, contentDir, join(BENCH, `bare-dist-${n}`), `bare-n${n}-run${run}`);
        bare.push(b);
        console.log(`  [${run}/${runs}] nacktes Astro: Astro ${fmt(b.astro)} s (CPU ${fmt(b.astroCpu)} s), Pagefind ${fmt(b.pagefind)} s, ${b.pages} Seiten`);
      }
    }
    const outDir = join(BENCH, `dist-${n}`);
    const sizes = pageSizes(outDir);
    const digest = outputDigest(outDir);
    console.log(`  Größte Seite ${fmt(sizes.largest / 1024)} KB (${sizes.largestPath}), ${sizes.overBudget} Seiten über 50 KB; Prüfsumme der Ausgabe ${digest}`);
    if (options.search && n >= 10_000) {
      const cost = await measureSearch(outDir, 'Krabbelgruppe');
      searches.push({ n, ...cost });
      console.log(`  Suche: ${fmt(cost.bytesUntilResults / 1024)} KB bis zum ersten Treffer (${cost.requestsUntilResults} Anfragen, ${fmt(cost.msUntilResults, 0)} ms)`);
    }
    let rebuild: Rebuild | undefined;
    let bareRebuild: Rebuild | undefined;
    if (options.rebuild) {
      // The runs above filled each project's cache (node_modules/.astro); the output is measured already.
      rebuild = await rebuildAfterEdit(ROOT, contentDir, join(BENCH, `dist-${n}-warm`), `n${n}-rebuild`);
      if (options.bare) bareRebuild = await rebuildAfterEdit(bareDir, contentDir, join(BENCH, `bare-dist-${n}-warm`), `bare-n${n}-rebuild`);
      console.log(`  Neubau nach einer geänderten Datei (Cache behalten): ${fmt(rebuild.seconds)} s (CPU ${fmt(rebuild.cpuSeconds)} s); nacktes Astro ${fmt(bareRebuild?.seconds)} s`);
      rmSync(join(BENCH, `dist-${n}-warm`), { recursive: true, force: true });
      rmSync(join(BENCH, `bare-dist-${n}-warm`), { recursive: true, force: true });
    }
    // The same content with the site in every language: German entries, interface per language.
    let languages: RunResult | undefined;
    if (options.allLanguages && n <= 10_000 && LANGUAGE_CODES.length > 1) {
      const multiDir = join(BENCH, `content-${n}-languages`);
      generateContent({ count: n, out: multiDir, seed: 1, languages: LANGUAGE_CODES });
      languages = await buildOnce(ROOT, multiDir, join(BENCH, `dist-${n}-languages`), `n${n}-languages`);
      const multiSizes = pageSizes(join(BENCH, `dist-${n}-languages`));
      console.log(
        `  Alle ${LANGUAGE_CODES.length} Sprachen: Astro ${fmt(languages.astro)} s (CPU ${fmt(languages.astroCpu)} s), Pagefind ${fmt(languages.pagefind)} s, ${languages.pages} Seiten, Spitze ${fmt(Math.max(languages.astroMB ?? 0, languages.pagefindMB ?? 0), 0)} MB, größte Seite ${fmt(multiSizes.largest / 1024)} KB (${multiSizes.overBudget} über 50 KB)`,
      );
      rmSync(join(BENCH, `dist-${n}-languages`), { recursive: true, force: true });
    }
    const astro = median(ours.map((r) => r.astro));
    const pagefind = median(ours.map((r) => r.pagefind));
    const last = ours[ours.length - 1]!;
    const bareTotal = bare.length ? median(bare.map((r) => r.astro + r.pagefind)) : undefined;
    const cpu = median(ours.map((r) => r.astroCpu + r.pagefindCpu));
    const bareCpu = bare.length ? median(bare.map((r) => r.astroCpu + r.pagefindCpu)) : undefined;
    const row = {
      n,
      runs,
      astroSeconds: astro,
      pagefindSeconds: pagefind,
      pages: last.pages,
      pagesPerSecond: last.pages / (astro + pagefind),
      peakMB: Math.max(...ours.map((r) => Math.max(r.astroMB ?? 0, r.pagefindMB ?? 0))) || undefined,
      distMB: mb(last.distBytes),
      indexMB: mb(last.indexBytes),
      bareAstroSeconds: bare.length ? median(bare.map((r) => r.astro)) : undefined,
      barePagefindSeconds: bare.length ? median(bare.map((r) => r.pagefind)) : undefined,
      ratioToBare: bareTotal ? (astro + pagefind) / bareTotal : undefined,
      cpuSeconds: cpu,
      bareCpuSeconds: bareCpu,
      cpuRatioToBare: bareCpu ? cpu / bareCpu : undefined,
      msPerEntry: ((astro + pagefind) * 1000) / n,
      cpuMsPerEntry: (cpu * 1000) / n,
      largestPageKB: sizes.largest / 1024,
      largestPage: sizes.largestPath,
      pagesOverBudget: sizes.overBudget,
      digest,
      rebuildSeconds: rebuild?.seconds,
      rebuildCpuSeconds: rebuild?.cpuSeconds,
      bareRebuildSeconds: bareRebuild?.seconds,
      allLanguages: languages
        ? { languages: LANGUAGE_CODES.length, seconds: languages.astro + languages.pagefind, cpuSeconds: languages.astroCpu + languages.pagefindCpu, pages: languages.pages, peakMB: Math.max(languages.astroMB ?? 0, languages.pagefindMB ?? 0) }
        : undefined,
    };
    rows.push(row);
    console.log(
      `  Median: Astro ${fmt(astro)} s, Pagefind ${fmt(pagefind)} s, CPU ${fmt(cpu)} s, ${fmt(row.pagesPerSecond, 0)} Seiten/s, Verhältnis zu nacktem Astro ${fmt(row.ratioToBare, 2)} (CPU ${fmt(row.cpuRatioToBare, 2)})`,
    );
  }
  if (options.onlySearch && options.search) {
    for (const n of options.sizes) {
      console.log(`\n== Suche auf der Seite mit N = ${n}: /suche/ in Chromium …`);
      searches.push({ n, ...(await measureSearch(join(BENCH, `dist-${n}`), 'Krabbelgruppe')) });
    }
  }

  console.log('\n| N | Läufe | Seiten | Astro s | Pagefind s | nackt s (Astro+Pagefind) | Verhältnis Wandzeit | CPU s | nackt CPU s | Verhältnis CPU | Spitze MB | CPU-ms je Eintrag | größte Seite KB | Seiten > 50 KB | Neubau s (nackt s) | Prüfsumme |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const row = r as { [k: string]: number | string | undefined };
    const num = (k: string, d = 1) => fmt(row[k] as number | undefined, d);
    console.log(
      `| ${row['n']} | ${row['runs']} | ${row['pages']} | ${num('astroSeconds')} | ${num('pagefindSeconds')} | ${row['bareAstroSeconds'] === undefined ? '–' : `${num('bareAstroSeconds')} + ${num('barePagefindSeconds')}`} | ${num('ratioToBare', 2)} | ${num('cpuSeconds')} | ${num('bareCpuSeconds')} | ${num('cpuRatioToBare', 2)} | ${num('peakMB', 0)} | ${num('cpuMsPerEntry', 2)} | ${num('largestPageKB')} | ${row['pagesOverBudget']} | ${num('rebuildSeconds')} (${num('bareRebuildSeconds')}) | ${row['digest']} |`,
    );
  }
  const multi = rows.filter((r) => r['allLanguages']);
  if (multi.length) {
    console.log('\n| N | Sprachen | Seiten | s (Astro+Pagefind) | CPU s | Spitze MB | nur Deutsch s | Faktor |');
    console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of multi) {
      const m = r['allLanguages'] as { languages: number; seconds: number; cpuSeconds: number; pages: number; peakMB: number };
      const german = (r['astroSeconds'] as number) + (r['pagefindSeconds'] as number);
      console.log(`| ${r['n']} | ${m.languages} | ${m.pages} | ${fmt(m.seconds)} | ${fmt(m.cpuSeconds)} | ${fmt(m.peakMB, 0)} | ${fmt(german)} | ${fmt(m.seconds / german, 2)} |`);
    }
  }
  for (const search of searches) {
    console.log(
      `\nSuche (N = ${search.n}, „${search.query}“): ${fmt(search.bytesOnLoad / 1024)} KB beim Laden von /suche/ (Pagefind-Anfragen vor der Eingabe: ${search.pagefindRequestsBeforeSearch}); ` +
        `${fmt(search.bytesUntilResults / 1024)} KB in ${search.requestsUntilResults} Anfragen bis zum ersten Treffer, ${fmt(search.msUntilResults, 0)} ms ab dem Klick ins Suchfeld`,
    );
  }
  const resultFile = join(BENCH, options.onlySearch ? 'results-search.json' : 'results.json');
  writeFileSync(resultFile, JSON.stringify({ date: new Date().toISOString(), rows, searches }, null, 2));
  console.log(`\nErgebnisse: ${resultFile}`);
}

await main();
