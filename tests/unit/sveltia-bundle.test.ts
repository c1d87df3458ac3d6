// Sveltia CMS as /admin/ serves it: the pinned package, patched so that it
// loads nothing from another host by itself, and the check that stops the
// build when a served file could still do that.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminFiles } from '../../src/integrations/cms-admin.ts';
import { assertNoRequestableUrls, CDN_HOSTS, classify, scanRemoteUrls } from '../../src/lib/editor/remote-urls.ts';
import { patchSveltia, SCRIPT, sveltiaPackage, sveltiaScript, type SveltiaPackage } from '../../src/lib/editor/sveltia-bundle.ts';

const pkg = sveltiaPackage();
const unpatched = readFileSync(join(pkg.dir, 'dist', SCRIPT), 'utf8');
const patched = sveltiaScript(pkg);
const textOf = (file: { text?: string; source?: string }) => file.text ?? readFileSync(file.source ?? '', 'utf8');

describe('the Sveltia CMS package', () => {
  it('is pinned to one exact version, the one installed', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    expect(manifest.dependencies['@sveltia/cms']).toBe(pkg.version);
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('patchSveltia() on the real bundle', () => {
  it('leaves no CDN in the script', () => {
    for (const cdn of CDN_HOSTS) expect(patched.script).not.toContain(cdn);
    // …where the unpatched one has them: fonts, interface strings, version check, libraries.
    expect(unpatched).toContain('https://cdn.jsdelivr.net/fontsource/');
    expect(unpatched).toContain('https://unpkg.com/');
  });

  it('takes the three fonts from the package’s own npm build, with their licences', () => {
    const fonts = patched.assets.filter((a) => a.path.startsWith('fonts/') && a.path.endsWith('.woff2'));
    expect(fonts.map((f) => f.path.replace(/-[\w-]{8}\.woff2$/, ''))).toEqual([
      'fonts/source-sans-3-latin-wght-normal',
      'fonts/noto-mono-latin-400-normal',
      'fonts/material-symbols-outlined-latin-wght-normal',
    ]);
    for (const font of fonts) {
      expect(patched.script).toContain(font.path);
      expect(existsSync(font.source ?? '')).toBe(true);
    }
    expect(patched.assets.filter((a) => a.path.endsWith('.LICENSE.txt'))).toHaveLength(3);
  });

  it('asks this site for its interface strings, in the folder the script builds the address of', () => {
    expect(patched.script).toContain('./vendor/@sveltia/cms');
    const german = patched.assets.find((a) => a.path === `vendor/@sveltia/cms@${pkg.version}/locales/de.json`);
    expect(JSON.parse(textOf(german ?? {}))).toBeTypeOf('object');
  });

  it('answers the version check with the pinned version, so it never offers an update', () => {
    const manifest = patched.assets.find((a) => a.path === 'vendor/@sveltia/cms/package.json');
    expect(JSON.parse(textOf(manifest ?? {}))).toEqual({ name: '@sveltia/cms', version: pkg.version });
  });

  it('serves the libraries it imports on demand from node_modules, under the version it asks for', () => {
    const immutable = patched.assets.find((a) => a.path.startsWith('vendor/immutable@'));
    expect(immutable?.path).toBe(`vendor/immutable@${pkg.dependencies['immutable']?.replace(/^\D/, '')}/dist/immutable.es.js`);
    expect(textOf(immutable ?? {})).toContain('export');
    expect(patched.assets.some((a) => a.path === 'chunks/react-dom.js')).toBe(true);
  });

  it('removes the status check of github.com / gitlab.com', () => {
    expect(unpatched).toMatch(/checkStatus:[\w$]+[,}]/);
    expect(patched.script).not.toMatch(/checkStatus:(?!void 0)/);
    expect(patched.script.match(/checkStatus:void 0/g)?.length).toBe(unpatched.match(/checkStatus:[\w$]+/g)?.length);
  });
});

describe('patchSveltia() stops on a Sveltia it does not know', () => {
  function fakePackage(): SveltiaPackage {
    const dir = mkdtempSync(join(tmpdir(), 'sveltia-'));
    for (const sub of ['npm/assets', 'locales', 'dist/chunks']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'locales', 'de.json'), '{}');
    return { dir, version: '9.9.9', dependencies: { ...pkg.dependencies } };
  }
  const base = 'var a=`https://unpkg.com/@sveltia/cms`,b={checkStatus:kye};';

  it('a font the package does not ship', () => {
    expect(() => patchSveltia(`${base}url(https://cdn.jsdelivr.net/fontsource/fonts/inter@5.0.0/latin-400-normal.woff2)`, fakePackage())).toThrow(
      /Schrift „inter“.*inter-latin-400-normal/,
    );
  });
  it('no status check where one was', () => {
    expect(() => patchSveltia('var a=`https://unpkg.com/x`;', fakePackage())).toThrow(/checkStatus/);
  });
  it('no UNPKG address where there were some', () => {
    expect(() => patchSveltia('var b={checkStatus:kye};', fakePackage())).toThrow(/UNPKG/);
  });
});

describe('addresses on other hosts in the served files', () => {
  it('counts a CDN wherever it appears, with or without a scheme', () => {
    const findings = scanRemoteUrls([{ path: 'a.js', text: 'import(`https://esm.sh/x`);var h="unpkg.com"' }]);
    expect(findings.filter((f) => !f.kind).map((f) => f.host).sort()).toEqual(['esm.sh', 'unpkg.com']);
  });
  it('counts an unknown host, and not a documentation link, a namespace or the site’s own Git host', () => {
    expect(classify({ url: 'https://tracker.example.com/p.js', host: 'tracker.example.com' })).toBeUndefined();
    expect(classify({ url: 'https://sveltiacms.app/en/docs', host: 'sveltiacms.app' })?.kind).toBe('link');
    expect(classify({ url: 'http://www.w3.org/2000/svg', host: 'www.w3.org' })?.kind).toBe('namespace');
    expect(classify({ url: 'https://git.werne.de/api/v4', host: 'git.werne.de' }, ['git.werne.de'])?.kind).toBe('git-host');
  });
  it('stops the build with the file and the address', () => {
    expect(() => assertNoRequestableUrls([{ path: 'x.js', text: 'fetch("https://tracker.example.com/hit")' }])).toThrow(
      /admin\/x\.js: https:\/\/tracker\.example\.com\/hit/,
    );
  });
  it('would have stopped the unpatched Sveltia', () => {
    expect(() => assertNoRequestableUrls([{ path: SCRIPT, text: unpatched }])).toThrow(/cdn\.jsdelivr\.net|unpkg\.com/);
  });
  it('finds nothing requestable in what /admin/ serves (GitLab of the city configured)', async () => {
    const env = { CMS_BACKEND: 'gitlab', CI_SERVER_URL: 'https://git.werne.de', CI_PROJECT_PATH: 'stadt/familiennetz' };
    const files = await adminFiles('https://familiennetz.werne.de', env);
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['index.html', 'config.yml', SCRIPT, 'preview.js']));
    for (const file of files) if (file.source) expect(existsSync(file.source), file.path).toBe(true);
  });
});
