// The same content and the same SOURCE_DATE_EPOCH must give byte-identical output whatever the
// machine's TZ: every page, the search index, the calendar files. Builds the whole site twice,
// under UTC and under Pacific/Kiritimati (UTC+14, whose day and week start before Berlin's), into
// two temporary directories, and compares all files. Run with `npm run test:repro`.
// A third build below a base path (BASE_PATH, as on GitLab Pages) checks that every link into the
// site, also those editors write in Markdown, stays below that path. The builds share this file
// because they share Astro's cache in the project and must not run at the same time (nor with
// another test's build: tests/support/build-lock.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { buildEnv, exclusiveBuild } from '../support/build-lock.ts';
import { filesBelow } from '../support/dist.ts';

const ASTRO = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
// Sunday 29 November 2026, 12:00 UTC: 13:00 in Werne, but already Monday 02:00 in Kiritimati.
const EPOCH = '1795953600';
const ZONES = ['UTC', 'Pacific/Kiritimati'] as const;

const root = mkdtempSync(join(tmpdir(), 'familiennetz-repro-'));
const outDir = (tz: string) => join(root, tz.replace('/', '-'));

function envFor(tz: string): NodeJS.ProcessEnv {
  return buildEnv({ TZ: tz, SOURCE_DATE_EPOCH: EPOCH });
}


function files(dir: string): string[] {
  return filesBelow(dir)
    .map((file) => relative(dir, file).split(sep).join('/'))
    .sort();
}

const BASE = '/familie-test/';
const baseOut = join(root, 'base-path');

beforeAll(async () => {
  // One after the other, and not while another test builds: the builds share Astro's cache in the project.
  await exclusiveBuild(() => {
    for (const tz of ZONES) {
      execFileSync(process.execPath, [ASTRO, 'build', '--outDir', outDir(tz)], { env: envFor(tz), stdio: 'pipe' });
    }
    execFileSync(process.execPath, [ASTRO, 'build', '--outDir', baseOut], { env: buildEnv({ BASE_PATH: BASE }), stdio: 'pipe' });
  });
}, 400_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('reproducible build', () => {
  it('really ran the builds under different time zones', () => {
    const offsets = ZONES.map((tz) =>
      execFileSync(process.execPath, ['-e', 'process.stdout.write(String(new Date(1795953600000).getTimezoneOffset()))'], {
        env: envFor(tz),
        encoding: 'utf8',
      }),
    );
    expect(offsets).toEqual(['0', '-840']);
  });

  it('used SOURCE_DATE_EPOCH and Werne time: the calendar stamp and "Heute" on the page of the next 7 days', () => {
    for (const tz of ZONES) {
      expect(readFileSync(join(outDir(tz), 'kalender.ics'), 'utf8'), tz).toContain('DTSTAMP:20261129T120000Z');
      const $ = load(readFileSync(join(outDir(tz), 'diese-woche', 'index.html'), 'utf8'));
      const today = $('[data-day-from]').filter((_, el) => $(el).find('[data-today]:not([hidden])').length > 0);
      expect(today.find('time[datetime]').attr('datetime'), tz).toBe('2026-11-29');
      expect($('[data-week-day]').first().is(today), tz).toBe(true);
    }
  });

  it('writes the same files, byte for byte, under UTC and Pacific/Kiritimati (pages, Pagefind index, .ics)', () => {
    const [a, b] = ZONES.map(outDir) as [string, string];
    const list = files(a);
    expect(files(b)).toEqual(list);
    expect(list).toEqual(expect.arrayContaining(['index.html', 'kalender.ics', 'diese-woche/index.html', 'pagefind/pagefind-entry.json']));
    expect(list.filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(5);
    const differing = list.filter((file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file))));
    expect(differing).toEqual([]);
  });
});

describe('build below a base path', () => {
  it('keeps every link, script, style and image of every page below the base path', () => {
    const pages = files(baseOut).filter((file) => file.endsWith('.html') && !file.startsWith('admin/') && !file.startsWith('pagefind/'));
    expect(pages.length).toBeGreaterThan(10);
    const outside: string[] = [];
    for (const file of pages) {
      const $ = load(readFileSync(join(baseOut, file), 'utf8'));
      $('[href], [src], [action]').each((_, el) => {
        for (const attr of ['href', 'src', 'action']) {
          const value = $(el).attr(attr);
          if (value?.startsWith('/') && !value.startsWith('//') && !value.startsWith(BASE)) outside.push(`${file}: ${attr}="${value}"`);
        }
      });
    }
    expect(outside).toEqual([]);
  });

  it('rewrites links that editors write as "/kontakt/" in Markdown', async () => {
    // A free page whose text links into the site, and the first such link.
    const { entries } = await checkSite(contentRoot(), { base: BASE });
    const page = entries.find((e) => e.collection === 'pages' && /\]\(\/[a-z]/.test(e.file.body));
    expect(page, 'a page in content/pages/ that links to another page of the site').toBeDefined();
    const target = /\]\((\/[^)\s]*)/.exec(page!.file.body)![1]!;
    const $ = load(readFileSync(join(baseOut, page!.id, 'index.html'), 'utf8'));
    const links = $('main a[href]').map((_, el) => $(el).attr('href')).get();
    expect(links).toContain(`${BASE}${target.slice(1)}`);
  });
});
