// A merge-request preview has no CMS (17/3, left over from the pipelines): an
// editor who signed in on the preview host would leave the token where every
// other preview's script can read it. The site is built the way a GitLab merge
// request pipeline with a preview host builds it — the address settings come
// from src/lib/ci/site-address.ts as the pipeline's environment — and its
// /admin/ must be one page without script that links to the live CMS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatAddress, siteAddress } from '../../src/lib/ci/site-address.ts';
import { buildEnv, exclusiveBuild } from '../support/build-lock.ts';

const ASTRO = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const FIXTURE = resolve(import.meta.dirname, '../fixtures/security/site');
const out = mkdtempSync(join(tmpdir(), 'familiennetz-preview-'));

// A GitLab merge request pipeline of a city with a preview host of its own.
const pipeline = {
  GITLAB_CI: 'true',
  CI_PIPELINE_SOURCE: 'merge_request_event',
  CI_MERGE_REQUEST_IID: '7',
  SITE_URL: 'https://familie.example.org',
  PREVIEW_URL: 'https://vorschau.example.org',
};
const address = Object.fromEntries(
  formatAddress(siteAddress(pipeline), 'env')
    .split('\n')
    .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
);

beforeAll(async () => {
  await exclusiveBuild(() => {
    execFileSync(process.execPath, [ASTRO, 'build', '--outDir', out], { env: buildEnv({ CONTENT_DIR: FIXTURE, ...address }), stdio: 'pipe' });
  });
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

it('is built as the pipeline builds a preview: below mr-7/ of the preview host, knowing the live address', () => {
  expect(address).toMatchObject({ PREVIEW_FOLDER: 'mr-7', SITE_URL: 'https://vorschau.example.org', BASE_PATH: '/mr-7/', LIVE_ADDRESS: 'https://familie.example.org/' });
  expect(load(readFileSync(join(out, 'index.html'), 'utf8'))('link[rel="canonical"]').attr('href')).toBe('https://vorschau.example.org/mr-7/');
});

it('has no CMS under /admin/: one page, no script, no config, a link to the live CMS', () => {
  expect(readdirSync(join(out, 'admin'))).toEqual(['index.html']);
  const $ = load(readFileSync(join(out, 'admin', 'index.html'), 'utf8'));
  expect($('script').length).toBe(0);
  expect($('link[rel="cms-config-url"]').length).toBe(0);
  expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toMatch(/^default-src 'none'/);
  expect($('main a').attr('href')).toBe('https://familie.example.org/admin/');
});
