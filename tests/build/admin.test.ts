// /admin/ as built: the policy in its page is the one for the Git host its
// config names, and every file the page and the CMS script load is there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { adminCspDirectives } from '../../src/lib/editor/admin-page.ts';
import type { CmsBackend } from '../../src/lib/editor/cms-config.ts';
import { DIST, assertBuilt } from '../support/dist.ts';

const ADMIN = join(DIST, 'admin');

it('ships the admin policy for the Git host of its own config', () => {
  assertBuilt();
  const html = readFileSync(join(ADMIN, 'index.html'), 'utf8');
  const { backend } = parse(readFileSync(join(ADMIN, 'config.yml'), 'utf8')) as { backend: CmsBackend };
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  expect(meta).toBe(adminCspDirectives(backend).join('; '));
  expect(meta).toContain("form-action 'none'");
});

it('has every file its page and the CMS name', () => {
  const html = readFileSync(join(ADMIN, 'index.html'), 'utf8');
  // The scripts start.js loads are named in its data-load; the notice links to the live site.
  const loaded = (JSON.parse(load(html)('script[data-load]').attr('data-load') ?? '[]') as { src: string }[]).map((s) => s.src);
  const local = [...[...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '').filter((path) => !/^https?:/.test(path)), ...loaded];
  expect(loaded).toEqual(['sveltia-cms.js', 'preview.js']);
  expect(local.length).toBeGreaterThan(3);
  for (const path of local) expect(existsSync(join(ADMIN, path)), path).toBe(true);
  const script = readFileSync(join(ADMIN, 'sveltia-cms.js'), 'utf8');
  for (const [, font] of script.matchAll(/(fonts\/[\w.-]+\.woff2)/g)) expect(existsSync(join(ADMIN, font ?? '')), font).toBe(true);
});
