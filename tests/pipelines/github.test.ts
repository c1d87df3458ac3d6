// Runs the GitHub workflow's shell steps where they can run here, as the runner would: each
// `run:` with bash -eo pipefail, the step's `env:` evaluated from the repository's variables,
// $GITHUB_ENV and $GITHUB_PATH files carried to the next steps. The apt step is left out (.ci/run
// installs the same Debian packages); the steps from actions (checkout, cache, upload) are GitHub's.
// Asserts on what the steps produce: exit status, the environment they set, dist/ with the right
// addresses.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findPlaceholders, readPublishedTexts } from '../../src/lib/release/placeholders.ts';
import { copyWorkingTree, ROOT, runnerEnv } from './support.ts';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/site.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const steps = workflow.jobs['build']?.steps ?? [];

const work = mkdtempSync(join(tmpdir(), 'familiennetz-github-'));
const repo = join(work, 'repo');

interface Context {
  vars: Record<string, string>;
  secrets: Record<string, string>;
  github: { event_name: string; ref: string; repository: string };
}

/** ${{ vars.X }} and ${{ secrets.X }} as GitHub expands them (unset: ""); anything else is not expected in env:. */
function expand(value: string, context: Context): string {
  return value.replace(/\$\{\{\s*(vars|secrets)\.(\w+)\s*\}\}/g, (_, kind: 'vars' | 'secrets', name: string) => context[kind][name] ?? '').replace(
    /\$\{\{.*?\}\}/g,
    (expression) => {
      throw new Error(`Ausdruck ${expression} im env: eines Schritts: den Test erweitern`);
    },
  );
}

/** Runs the named steps in order; returns each step's exit status and the environment they set. */
function runSteps(names: string[], context: Context): { status: Record<string, number | null>; env: Record<string, string>; log: string } {
  const files = { env: join(work, 'github_env'), path: join(work, 'github_path'), summary: join(work, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const status: Record<string, number | null> = {};
  let log = '';
  for (const name of names) {
    const step = steps.find((s) => s.name === name);
    if (!step?.run) throw new Error(`Schritt „${name}“ fehlt in .github/workflows/site.yml`);
    const set = Object.fromEntries(
      readFileSync(files.env, 'utf8')
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    const base = runnerEnv(join(work, 'home'));
    const paths = readFileSync(files.path, 'utf8').split('\n').filter(Boolean).reverse();
    const env: NodeJS.ProcessEnv = {
      ...base,
      PATH: [...paths, base['PATH']].join(':'),
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: context.github.event_name,
      GITHUB_REF: context.github.ref,
      GITHUB_REPOSITORY: context.github.repository,
      GITHUB_ENV: files.env,
      GITHUB_PATH: files.path,
      GITHUB_STEP_SUMMARY: files.summary,
      ...set,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(String(value), context)])),
    };
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: repo, env, encoding: 'utf8' });
    status[name] = result.status;
    log += `--- ${name}\n${result.stdout}${result.stderr}`;
    if (result.status !== 0) break;
  }
  const env = Object.fromEntries(
    readFileSync(files.env, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { status, env, log };
}

const canonical = () => load(readFileSync(join(repo, 'dist', 'index.html'), 'utf8'))('link[rel="canonical"]').attr('href');
const stylesheets = () =>
  load(readFileSync(join(repo, 'dist', 'index.html'), 'utf8'))('link[rel="stylesheet"]')
    .map((_, el) => el.attribs['href'])
    .get();

beforeAll(() => {
  copyWorkingTree(repo, 'https://github.com/stadt-werne/familiennetz.git');
  mkdirSync(join(work, 'home'));
  // actions/cache keeps ~/.npm between runs: here it is this machine's npm cache.
  appendFileSync(join(repo, '.npmrc'), `cache=${process.env['npm_config_cache'] ?? join(process.env['HOME'] ?? '', '.npm')}\n`);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('GitHub workflow steps, run', () => {
  const push: Context = { vars: {}, secrets: {}, github: { event_name: 'push', ref: 'refs/heads/main', repository: 'Stadt-Werne/familiennetz' } };

  // A push to main builds the public site, which stops while a page still holds a note for the
  // city (the last test here); vars.RELEASE=0 builds it anyway, for a look.
  it('push to main, only RELEASE=0: install, address, check, dependency review and build pass; the site is built for GitHub Pages', () => {
    const run = runSteps(['Install', 'Where the site lives', 'Check content', 'Dependency review', 'Build'], { ...push, vars: { RELEASE: '0' } });
    expect(run.status, run.log.slice(-3000)).toEqual({ Install: 0, 'Where the site lives': 0, 'Check content': 0, 'Dependency review': 0, Build: 0 });
    expect(run.env).toMatchObject({ SITE_URL: 'https://stadt-werne.github.io', BASE_PATH: '/familiennetz/', CMS_BASE_URL: '' });
    expect(canonical()).toBe('https://stadt-werne.github.io/familiennetz/');
    expect(stylesheets().length).toBeGreaterThan(0);
    expect(stylesheets().filter((href) => !href.startsWith('/familiennetz/'))).toEqual([]);
    // The review ran: clean, or a warning that says nothing was checked (the audit endpoint may not answer here).
    expect(run.log).toMatch(/Abhängigkeiten (geprüft|NICHT geprüft)/);
  }, 600_000);

  it('pull request with a preview host: built for PREVIEW_URL/pr-<n>/, and the preview folder is set for the upload', () => {
    const context: Context = {
      vars: { SITE_URL: 'https://familie.example.org', PREVIEW_URL: 'https://vorschau.example.org/familiennetz' },
      secrets: {},
      github: { event_name: 'pull_request', ref: 'refs/pull/34/merge', repository: 'Stadt-Werne/familiennetz' },
    };
    rmSync(join(repo, 'dist'), { recursive: true, force: true });
    // node_modules from the first run stays, as within one job.
    const run = runSteps(['Where the site lives', 'Build'], context);
    expect(run.status, run.log.slice(-3000)).toEqual({ 'Where the site lives': 0, Build: 0 });
    expect(run.env).toMatchObject({ SITE_URL: 'https://vorschau.example.org', BASE_PATH: '/familiennetz/pr-34/', PREVIEW_FOLDER: 'pr-34' });
    expect(canonical()).toBe('https://vorschau.example.org/familiennetz/pr-34/');
  }, 600_000);

  it('pull request with a preview host on the live origin: the address step stops the run', () => {
    const context: Context = {
      vars: { SITE_URL: 'https://familie.example.org', PREVIEW_URL: 'https://familie.example.org/vorschau/' },
      secrets: {},
      github: { event_name: 'pull_request', ref: 'refs/pull/35/merge', repository: 'Stadt-Werne/familiennetz' },
    };
    const run = runSteps(['Where the site lives', 'Build'], context);
    expect(run.status['Where the site lives']).not.toBe(0);
    expect(run.status['Build']).toBeUndefined();
    expect(run.log).toContain('Vorschau abgelehnt');
  }, 600_000);

  it('push to main, no variables: the build stops while a page holds a note for the city', () => {
    const notes = findPlaceholders(readPublishedTexts(join(ROOT, 'content')));
    const run = runSteps(['Where the site lives', 'Build'], push);
    expect(run.status['Build'], run.log.slice(-3000)).toBe(notes.length > 0 ? 1 : 0);
    if (notes.length > 0) expect(run.log).toContain(`content/${notes[0]?.file}, Zeile ${notes[0]?.line}`);
  }, 600_000);
});
