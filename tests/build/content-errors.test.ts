// A build of content with errors stops with the German report of the content
// check and nothing else: no English error header from Astro, no stack trace,
// nothing written (the same problems as `npm run check`, see tests/unit/content-check.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildEnv, exclusiveBuild } from '../support/build-lock.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(join(tmpdir(), 'build-broken-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('stops a build of broken content with the German report only', { timeout: 300_000 }, async () => {
  rmSync(outDir, { recursive: true, force: true });
  const build = await exclusiveBuild(() =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: buildEnv({ CONTENT_DIR: 'tests/fixtures/broken', ASTRO_TELEMETRY_DISABLED: '1', SKIP_PAGEFIND: '1' }),
      encoding: 'utf8',
    }),
  );
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status).toBe(1);
  expect(output).toMatch(/\d+ Fehler im Inhalt – die Seite wird nicht gebaut:\n/);
  expect(output).toContain('tests/fixtures/broken/offers/windows-1252.md:9: Datei ist nicht in UTF-8 gespeichert');
  expect(output).toContain('Hilfe: content/README.md');
  // Astro's own error output: a stack trace, an error name or its English hints.
  expect(output).not.toMatch(/^\s+at\s/m);
  expect(output).not.toMatch(/\b(Error|error):|AstroError|Stack trace|\[ERROR\]/);
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
});

it('stops a build below a base path at a link to a page the build does not make, a missing image and a second <h1> (issue 16)', { timeout: 300_000 }, async () => {
  rmSync(outDir, { recursive: true, force: true });
  const build = await exclusiveBuild(() =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: buildEnv({ CONTENT_DIR: 'tests/fixtures/links', BASE_PATH: '/familie/', ASTRO_TELEMETRY_DISABLED: '1', SKIP_PAGEFIND: '1' }),
      encoding: 'utf8',
    }),
  );
  const output = `${build.stdout}\n${build.stderr}`;
  expect(build.status).toBe(1);
  expect(output).toContain('tests/fixtures/links/offers/netz-cafe.md:13: Text: Link „/angebote/gibts-nicht/“ führt zu keiner Seite dieser Website');
  expect(output).toContain('tests/fixtures/links/offers/netz-cafe.md:13: Text: Bild „/bilder/x.jpg“ gibt es nicht');
  expect(output).toContain('tests/fixtures/links/offers/netz-cafe.md:15: Text: Link „babykorb.md“ ist relativ zur Datei');
  expect(output).toContain('tests/fixtures/links/offers/netz-cafe.md:17: Text: Überschrift „Eine zweite Hauptüberschrift“');
  // The links that exist below /familie/ pass.
  expect(output).not.toContain('„/angebote/babykorb/“ führt');
  expect(output).not.toMatch(/^\s+at\s/m);
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
});
