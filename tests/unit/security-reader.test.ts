// Security review (issue 17): what the content check does with files an
// attacker or an unlucky editor would put into content/. Each case is the
// repro of a finding, built in a temporary copy of the valid fixture tree
// with the crafted files from tests/fixtures/security/reader/:
// 1a  front matter that seems to end in the middle of a line,
// 5   links and special files (never followed, never read),
// 6   page names that collide with a route or output folder,
// 8   a YAML bomb, nesting deeper than any field, a file far too large.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite, type SiteContent } from '../../src/lib/content/check.ts';
import { MAX_CONTENT_FILE_BYTES, readRegularFile } from '../../src/lib/content/file-safety.ts';
import { readContentFile } from '../../src/lib/content/files.ts';
import { FIXED_SEGMENTS } from '../../src/lib/routes.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const CRAFTED = join(FIXTURES, 'security/reader');
const NOW = new Date('2026-05-01T12:00:00Z');

let dir: string;
let root: string;
let outside: string;
let result: SiteContent;

/** Problems of one file (path below the content root), as "line: message". */
function problemsOf(file: string): string[] {
  return result.problems.filter((p) => p.file === relative(process.cwd(), join(root, file))).map((p) => `${p.line}: ${p.message}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'familiennetz-security-'));
  root = join(dir, 'content');
  outside = join(dir, 'outside');
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  for (const folder of ['offers', 'pages']) cpSync(join(CRAFTED, folder), join(root, folder), { recursive: true });
  cpSync(join(CRAFTED, 'outside'), outside, { recursive: true });
  // 5: a link to a YAML file outside the repository, a broken link, a link to /dev/zero, a
  // linked folder, and a named pipe (reading it would block the build).
  symlinkSync(join(outside, 'geheim.yaml'), join(root, 'partners/geheim.yaml'));
  symlinkSync(join(dir, 'gibt-es-nicht.yaml'), join(root, 'partners/kaputt.yaml'));
  symlinkSync('/dev/zero', join(root, 'pages/null.md'));
  symlinkSync(outside, join(root, 'events/verlinkt'));
  execFileSync('mkfifo', [join(root, 'offers/rohr.md')]);
  // 6: entries named like a folder inside their list (the events archive, numbered pages).
  cpSync(join(root, 'events/familienfest.md'), join(root, 'events/archiv.md'));
  cpSync(join(root, 'events/familienfest.md'), join(root, 'events/seite.md'));
  // 8: a body of 5 MB (took 18 s and 716 MB to check).
  const head = '---\ntitle: Riesig\nsummary: Ein Text von fünf Megabyte, weit mehr als jede Seite.\n---\n';
  writeFileSync(join(root, 'offers/riesig.md'), head + 'Familie. '.repeat((5 * 1024 * 1024) / 9));
  result = await checkSite(root, { now: NOW });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('5: links and special files in content/', () => {
  it('refuses a link to a file outside the repository without reading it: its keys are never printed', () => {
    expect(problemsOf('partners/geheim.yaml')).toEqual([expect.stringMatching(/^1: Verknüpfung \(Symlink\) statt Datei — nicht erlaubt/)]);
    const printed = result.problems.map((p) => `${p.field} ${p.message}`).join('\n');
    expect(printed).not.toMatch(/datenbank_passwort|api_schluessel|nicht-veroeffentlichen/);
    expect(result.entries.map((e) => e.id)).not.toContain('geheim');
  });

  it('refuses a broken link, a link to /dev/zero and a linked folder with the same message, instead of crashing', () => {
    for (const file of ['partners/kaputt.yaml', 'pages/null.md', 'events/verlinkt']) {
      expect(problemsOf(file), file).toEqual([expect.stringMatching(/^1: Verknüpfung \(Symlink\) statt Datei/)]);
    }
  });

  it('refuses a named pipe as no normal file, without blocking on it', () => {
    expect(problemsOf('offers/rohr.md')).toEqual([expect.stringMatching(/^1: Keine normale Datei \(Gerät, Pipe oder Socket\)/)]);
  });

  it('never opens a link, even one that appears after the folder was listed', () => {
    const link = join(dir, 'spaeter.md');
    symlinkSync(join(outside, 'geheim.yaml'), link);
    expect(readRegularFile(link)).toEqual({ problem: expect.stringMatching(/^Verknüpfung \(Symlink\)/) });
    expect(readContentFile(link).readErrors.map((e) => e.message)).toEqual([expect.stringMatching(/^Verknüpfung/)]);
    expect(readContentFile(link).data).toBeUndefined();
  });

  it('npm run format never writes through a link to a file outside the content', () => {
    const target = join(outside, 'geheim.yaml');
    const before = readFileSync(target, 'utf8');
    const format = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/format.ts'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, CONTENT_DIR: root },
      encoding: 'utf8',
    });
    expect(format.stdout + format.stderr).not.toContain('geheim.yaml');
    expect(readFileSync(target, 'utf8')).toBe(before);
  });

  it('still reads the valid files around them', () => {
    expect(result.entries.find((e) => e.id === 'netz-cafe')?.data).toBeDefined();
  });
});

describe('8: YAML bombs, deep nesting and size', () => {
  it('refuses a billion-laughs file with a normal error naming the file and the line of the first alias', () => {
    const found = problemsOf('offers/milliarde.md');
    expect(found[0]).toMatch(/^5: YAML-Fehler: YAML-Verweis „\*a“ ist in Inhaltsdateien nicht erlaubt — den Wert an dieser Stelle ausschreiben/);
    expect(found.every((line) => line.includes('YAML-Fehler'))).toBe(true);
  });

  it('says "too deeply nested" for nesting the YAML reader cannot take, not a hint about special characters', () => {
    expect(problemsOf('offers/tief-klammern.md')).toEqual([expect.stringMatching(/^4: YAML-Fehler: zu tief verschachtelt oder zu groß .*— so viele Klammern/)]);
  });

  it('refuses nesting deeper than any field needs, at the line where it gets too deep', () => {
    expect(problemsOf('offers/tief-eingerueckt.md')).toEqual([expect.stringMatching(/^2\d: YAML-Fehler: zu tief verschachtelt \(mehr als 16 Ebenen\)/)]);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(MAX_CONTENT_FILE_BYTES).toBeLessThan(5 * 1024 * 1024);
    expect(problemsOf('offers/riesig.md')).toEqual([expect.stringMatching(/^1: Datei ist zu groß \(51\d\d KB, höchstens 256 KB\) — Text kürzen/)]);
    expect(result.entries.find((e) => e.id === 'riesig')?.rendered).toBeUndefined();
  });
});

describe('1a: the check reads exactly what the build reads', () => {
  it('ends front matter only at a line "---", so raw HTML after it is checked (and refused) as the body', () => {
    const entry = result.entries.find((e) => e.id === 'kopf-mitten');
    // The build's body is what the check checked: the loader stores this same file's body and HTML.
    expect(entry?.file.body).toBe('<meta http-equiv="refresh" content="0; url=https://evil.example/">\n');
    expect(problemsOf('offers/kopf-mitten.md')).toContainEqual(expect.stringMatching(/^12: HTML-Element <meta> ist im Text nicht erlaubt/));
  });
});

describe('6: page names that collide with a route or an output folder', () => {
  it.each(['suche', 'angebote', '404', 'partner', 'admin', 'pagefind'])('refuses content/pages/%s.md, naming the file and the address', (id) => {
    expect(FIXED_SEGMENTS).toContain(id);
    expect(problemsOf(`pages/${id}.md`)).toEqual([expect.stringMatching(new RegExp(`^1: Die Adresse /${id}/ gehört schon zur Website .*— Datei umbenennen, z\\. B\\. „${id}-info\\.md“`))]);
  });

  it.each(['archiv', 'seite'])('refuses content/events/%s.md: the address belongs to the events list', (id) => {
    expect(problemsOf(`events/${id}.md`)).toEqual([expect.stringMatching(new RegExp(`^1: Die Adresse /veranstaltungen/${id}/ gehört schon zur Website .*— Datei umbenennen, z\\. B\\. „${id}-1\\.md“`))]);
  });

  it('lets a page keep any other name, and the contact page its own', () => {
    expect(problemsOf('pages/impressum.md')).toEqual([]);
  });
});
