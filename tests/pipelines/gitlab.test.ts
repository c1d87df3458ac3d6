// Runs the GitLab pipeline's jobs for real with gitlab-ci-local (shell executor, no Docker) in a
// copy of this working tree, on this machine's Node 20 like a fresh runner: each job installs with
// npm ci (Node 24 from the lockfile) and builds. Push to the default branch and merge request, each
// with no CI/CD variables (a city GitLab without Pages that deploys by rsync) and with SITE_URL/
// BASE_PATH set; plus a preview on its own host and a refused one on the live origin.
// Asserts on what the jobs produce: their exit status and dist/ with the right addresses.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlaceholders, readPublishedTexts } from '../../src/lib/release/placeholders.ts';
import { checkSiteFile } from '../../src/lib/content/check.ts';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { copyWorkingTree, ROOT, runnerEnv } from './support.ts';

const GITLAB_CI_LOCAL = join(ROOT, 'node_modules', 'gitlab-ci-local', 'dist', 'index.js');
// Without SITE_URL the site is built for its own address in content/site.yaml.
const DEFAULT_SITE = checkSiteFile(contentRoot()).site?.config.url ?? 'content/site.yaml fehlerhaft';

const work = mkdtempSync(join(tmpdir(), 'familiennetz-gitlab-'));
const repo = join(work, 'repo');

interface Run {
  code: number | null;
  log: string;
}

function gitlabCiLocal(jobs: string[], variables: Record<string, string>, unset: string[] = []): Promise<Run> {
  rmSync(join(repo, 'dist'), { recursive: true, force: true });
  rmSync(join(repo, 'site-address.env'), { force: true });
  // One job at a time: the shell executor runs every job in this one working tree, so two jobs of a
  // stage (check, dependency-review) would run `npm ci` into the same node_modules at once and break
  // each other (ENOENT/ENOTDIR). A GitLab runner gives each job its own checkout.
  const args = [GITLAB_CI_LOCAL, '--home', join(work, 'home'), '--force-shell-executor', '--concurrency', '1', '--no-color', ...jobs];
  for (const [key, value] of Object.entries(variables)) args.push('--variable', `${key}=${value}`);
  for (const key of unset) args.push('--unset-variable', key);
  // gitlab-ci-local itself needs Node >= 22: this test's Node. The jobs' shell gets the runner's PATH.
  const child = spawn(process.execPath, args, { cwd: repo, env: runnerEnv(join(work, 'home')) });
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, log })));
}

const MERGE_REQUEST = { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '7' };
// An MR pipeline has no CI_COMMIT_BRANCH (it has the source branch name instead).
const MR_UNSET = ['CI_COMMIT_BRANCH'];

function page(file = 'index.html') {
  return load(readFileSync(join(repo, 'dist', file), 'utf8'));
}
const canonical = () => page().root().find('link[rel="canonical"]').attr('href');
function sitemapUrls(): string[] {
  const index = readFileSync(join(repo, 'dist', 'sitemap-index.xml'), 'utf8');
  const first = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
  const file = join(repo, 'dist', new URL(first).pathname.split('/').pop() ?? '');
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
}
/** Every root-relative href/src of the home page (styles, scripts, navigation). */
function localReferences(): string[] {
  const $ = page();
  return $('[href], [src]')
    .map((_, el) => $(el).attr('href') ?? $(el).attr('src') ?? '')
    .get()
    .filter((value) => value.startsWith('/') && !value.startsWith('//'));
}

beforeAll(() => {
  // The working tree as it is, with a GitLab remote: gitlab-ci-local reads project and branch from git.
  copyWorkingTree(repo, 'https://git.werne.example/stadt-werne/familiennetz.git');
  mkdirSync(join(work, 'home'));
  // The job's npm cache (.npm, as GitLab's cache keeps it between jobs) is this machine's npm cache.
  symlinkSync(process.env['npm_config_cache'] ?? join(homedir(), '.npm'), join(repo, '.npm'));
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('GitLab pipeline: which jobs run when (rules evaluated by gitlab-ci-local)', () => {
  async function jobs(variables: Record<string, string>, unset: string[] = []): Promise<string[]> {
    const run = await gitlabCiLocal(['--list-json'], variables, unset);
    const list = JSON.parse(run.log.slice(run.log.search(/^\[/m))) as { name: string; when: string }[];
    return list.filter((job) => job.when !== 'never').map((job) => job.name).sort();
  }
  const ALWAYS = ['build', 'check', 'dependency-review', 'test'];

  it('the default branch publishes to Pages, and to the web server only with DEPLOY_TARGET', async () => {
    expect(await jobs({})).toEqual([...ALWAYS, 'pages'].sort());
    expect(await jobs({ DEPLOY_TARGET: 'deploy@web.example.org:/srv/familiennetz/' })).toEqual([...ALWAYS, 'pages', 'webserver'].sort());
  });
  it('a merge request never publishes the live site; previews only when set up', async () => {
    const everything = { DEPLOY_TARGET: 'deploy@web.example.org:/srv/x/', PREVIEW_URL: 'https://vorschau.example.org', PREVIEW_TARGET: 'deploy@web.example.org:/srv/vorschau/' };
    expect(await jobs(MERGE_REQUEST, MR_UNSET)).toEqual(ALWAYS);
    expect(await jobs({ ...MERGE_REQUEST, ...everything }, MR_UNSET)).toEqual([...ALWAYS, 'preview-server'].sort());
    expect(await jobs({ ...MERGE_REQUEST, PREVIEW_PAGES: 'parallel' }, MR_UNSET)).toEqual([...ALWAYS, 'preview-pages'].sort());
    // A branch push without a merge request runs nothing that publishes either.
    expect(await jobs({ CI_COMMIT_BRANCH: 'cms/offers/netz-cafe', CI_COMMIT_REF_NAME: 'cms/offers/netz-cafe', PREVIEW_PAGES: 'parallel', ...everything })).toEqual(ALWAYS);
  });
});

describe('GitLab pipeline run with gitlab-ci-local', () => {
  // A push to the default branch builds the public site, which stops while a page still holds a
  // "[Von der Stadt zu ergänzen" note (the real legal pages may still do). RELEASE=0 is how the
  // city's IT builds the default branch for a look before they are filled in; the stop itself
  // is the last test here (and tests/unit/release-check.test.ts with fixtures).
  it('push to the default branch, only RELEASE=0: check and build pass, the site has its default address', async () => {
    const run = await gitlabCiLocal(['check', 'dependency-review', 'build'], { RELEASE: '0' });
    expect(run.log).toMatch(/PASS\s+check/);
    // The dependency review passes, or warns (exit 3, allowed) when the registry's audit endpoint
    // does not answer, as here — saying so in the log, never a silent pass.
    expect(run.log).toMatch(/(PASS|WARN)\s+dependency-review/);
    expect(run.log).toMatch(/Abhängigkeiten (geprüft|NICHT geprüft)/);
    expect(run.log).toMatch(/PASS\s+build/);
    expect(run.code, run.log.slice(-3000)).toBe(0);
    expect(canonical()).toBe(`${DEFAULT_SITE}/`);
    expect(sitemapUrls().every((url) => url.startsWith(`${DEFAULT_SITE}/`))).toBe(true);
    expect(localReferences().length).toBeGreaterThan(5);
  }, 600_000);

  it('merge request, no CI/CD variables: check and build pass and build the site as it would go live', async () => {
    const run = await gitlabCiLocal(['check', 'build'], MERGE_REQUEST, MR_UNSET);
    expect(run.log).toMatch(/PASS\s+check/);
    expect(run.log).toMatch(/PASS\s+build/);
    expect(run.code, run.log.slice(-3000)).toBe(0);
    expect(canonical()).toBe(`${DEFAULT_SITE}/`);
    expect(readFileSync(join(repo, 'site-address.env'), 'utf8')).not.toContain('PREVIEW');
  }, 600_000);

  it('push with SITE_URL and BASE_PATH set: the build lives below that address and path', async () => {
    const run = await gitlabCiLocal(['build'], { SITE_URL: 'https://familie.example.org', BASE_PATH: '/familiennetz/', RELEASE: '0' });
    expect(run.code, run.log.slice(-3000)).toBe(0);
    expect(canonical()).toBe('https://familie.example.org/familiennetz/');
    expect(sitemapUrls().every((url) => url.startsWith('https://familie.example.org/familiennetz/'))).toBe(true);
    const refs = localReferences();
    expect(refs.length).toBeGreaterThan(5);
    expect(refs.filter((ref) => !ref.startsWith('/familiennetz/'))).toEqual([]);
  }, 600_000);

  it('merge request with SITE_URL/BASE_PATH and a preview host: built for PREVIEW_URL/mr-7/, never the live address', async () => {
    const run = await gitlabCiLocal(['build'], {
      ...MERGE_REQUEST,
      SITE_URL: 'https://familie.example.org',
      BASE_PATH: '/familiennetz/',
      PREVIEW_URL: 'https://vorschau.example.org',
      PREVIEW_TARGET: 'deploy@web.example.org:/srv/vorschau/',
    }, MR_UNSET);
    expect(run.code, run.log.slice(-3000)).toBe(0);
    expect(canonical()).toBe('https://vorschau.example.org/mr-7/');
    expect(localReferences().filter((ref) => !ref.startsWith('/mr-7/'))).toEqual([]);
    // The dotenv report gives the preview job its folder and the merge request its link.
    expect(readFileSync(join(repo, 'site-address.env'), 'utf8')).toContain('PREVIEW_ADDRESS=https://vorschau.example.org/mr-7/');
  }, 600_000);

  it('merge request asking for Pages parallel deployments on the live origin: the build job refuses, nothing is built', async () => {
    const run = await gitlabCiLocal(['build'], {
      ...MERGE_REQUEST,
      PREVIEW_PAGES: 'parallel',
      CI_SERVER_VERSION: '17.10.1',
      CI_PAGES_URL: 'https://stadt-werne.gitlab.example/familiennetz',
    }, MR_UNSET);
    expect(run.code).not.toBe(0);
    expect(run.log).toMatch(/FAIL\s+build/);
    expect(run.log).toContain('Vorschau abgelehnt');
    expect(existsSync(join(repo, 'dist'))).toBe(false);
  }, 600_000);

  it('push to the default branch, no CI/CD variables: the build stops while a page holds a note for the city', async () => {
    const notes = findPlaceholders(readPublishedTexts(join(ROOT, 'content')));
    const run = await gitlabCiLocal(['build'], {});
    if (notes.length > 0) {
      expect(run.code).not.toBe(0);
      expect(run.log).toMatch(/FAIL\s+build/);
      expect(run.log).toContain(`content/${notes[0]?.file}, Zeile ${notes[0]?.line}`);
    } else {
      expect(run.code, run.log.slice(-3000)).toBe(0);
    }
  }, 600_000);
});
