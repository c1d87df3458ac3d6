// The CMS's way of writing a content file, reproduced for `npm run format`
// and the round-trip test. The round-trip test checks it against Sveltia
// itself; these check each rule on its own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentFile, formatRepositoryFile, formatYaml, hasYamlComments, type FormatField } from '../../src/lib/editor/cms-format.ts';

const FIELDS: FormatField[] = [
  { name: 'title', widget: 'string' },
  { name: 'postcode', widget: 'string', required: false },
  { name: 'since', widget: 'number', required: false },
  {
    name: 'schedule',
    widget: 'object',
    required: false,
    fields: [
      {
        name: 'rules',
        widget: 'list',
        typeKey: 'repeat',
        types: [
          {
            name: 'wöchentlich',
            fields: [
              { name: 'weekdays', widget: 'select', multiple: true },
              { name: 'interval', widget: 'number', required: false, default: 1 },
              { name: 'start', widget: 'string' },
            ],
          },
        ],
      },
      { name: 'validUntil', widget: 'datetime', required: false },
      { name: 'closed', widget: 'list', required: false, fields: [{ name: 'from', widget: 'datetime' }, { name: 'reason', widget: 'string', required: false }] },
    ],
  },
  { name: 'languages', widget: 'list', required: false, default: ['Deutsch'] },
  { name: 'contact', widget: 'object', required: false, fields: [{ name: 'phone', widget: 'string', required: false }] },
  { name: 'draft', widget: 'boolean', required: false, default: false },
];

const format = (yaml: string) => formatContentFile(yaml, FIELDS, false);

describe('formatContentFile()', () => {
  it('fills what the CMS fills: switches with false, fields with a default with it', () => {
    expect(format('title: A\n')).toBe('title: A\nlanguages:\n  - Deutsch\ndraft: false\n');
  });

  it('leaves out optional fields that are empty, also inside lists and objects', () => {
    const text = "title: A\npostcode: ''\ncontact: null\nschedule:\n  rules: []\n  validUntil: ''\n  closed:\n    - from: 2027-01-07\n      reason: ''\nlanguages: []\n";
    expect(format(text)).toBe('title: A\nschedule:\n  rules: []\n  closed:\n    - from: 2027-01-07\ndraft: false\n');
  });

  it('orders keys like the fields, the type key of a variant first, unknown keys last and sorted', () => {
    const text = 'zeta: 1\ndraft: true\nalpha: 2\nschedule:\n  rules:\n    - start: "15:00"\n      weekdays: [Donnerstag]\n      repeat: wöchentlich\ntitle: A\n';
    expect(format(text)).toBe(
      'title: A\nschedule:\n  rules:\n    - repeat: wöchentlich\n      weekdays:\n        - Donnerstag\n      interval: 1\n      start: 15:00\nlanguages:\n  - Deutsch\ndraft: true\nalpha: 2\nzeta: 1\n',
    );
  });

  it('writes a number in a text field as text, as the CMS keeps it', () => {
    expect(format('title: A\npostcode: 59368\nsince: 2009\n')).toContain("postcode: '59368'\nsince: 2009\n");
  });

  it('writes YAML in one style: quotes only where needed, single ones; no folded lines', () => {
    expect(formatYaml({ a: 'Stand: Dezember', b: 'x'.repeat(120), c: '2027-01-07', d: 'ja' })).toBe(`a: 'Stand: Dezember'\nb: ${'x'.repeat(120)}\nc: 2027-01-07\nd: ja`);
  });

  it('keeps the Markdown body as it is, one blank line after the front matter', () => {
    const md = '---\ntitle: A\ndraft: false\nlanguages:\n  - Deutsch\n---\n\n## Text\n\nAbsatz.\n';
    expect(formatContentFile(md, FIELDS, true)).toBe('---\ntitle: A\nlanguages:\n  - Deutsch\ndraft: false\n---\n\n## Text\n\nAbsatz.\n');
    expect(formatContentFile('---\ntitle: A\n---\n', FIELDS, true)).toBe('---\ntitle: A\nlanguages:\n  - Deutsch\ndraft: false\n---\n');
  });

  it('is stable: formatting twice changes nothing more', () => {
    const once = format('title: "A: B"\npostcode: 1\nschedule:\n  rules:\n    - {repeat: wöchentlich, weekdays: [Montag], start: "09:30"}\n') ?? '';
    expect(format(once)).toBe(once);
  });

  it('gives up on what the CMS could not read either', () => {
    expect(format('title: [unclosed\n')).toBeUndefined();
    expect(formatContentFile('title: A\n', FIELDS, true)).toBeUndefined();
  });
});

describe('formatRepositoryFile()', () => {
  const collections = [{ folder: 'content/offers', extension: 'md', fields: [...FIELDS, { name: 'body', widget: 'markdown', required: false }] }];
  it('formats files of a collection folder and nothing else', () => {
    expect(formatRepositoryFile(collections, 'content/offers/a.md', '---\ntitle: A\n---\n')).toContain('draft: false');
    expect(formatRepositoryFile(collections, 'content/offers/sub/a.md', '---\ntitle: A\n---\n')).toBeUndefined();
    expect(formatRepositoryFile(collections, 'content/synonyms.yaml', 'a: 1\n')).toBeUndefined();
  });
});

describe('hasYamlComments()', () => {
  it('finds comments before, beside and after fields, in YAML and in front matter', () => {
    expect(hasYamlComments('# Kopf\ntitle: A\n', false)).toBe(true);
    expect(hasYamlComments('title: A # Hinweis\n', false)).toBe(true);
    expect(hasYamlComments('---\ntitle: A\n# summary: B\n---\nText # kein Kommentar\n', true)).toBe(true);
    expect(hasYamlComments("---\ntitle: 'A # B'\n---\n# Überschrift im Text\n", true)).toBe(false);
  });
});

describe('npm run format', () => {
  const script = ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/format.ts'];
  function contentDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'format-'));
    mkdirSync(join(dir, 'offers'));
    mkdirSync(join(dir, 'partners'));
    return dir;
  }
  const run = (dir: string, ...args: string[]) =>
    spawnSync(process.execPath, [...script, ...args], { env: { ...process.env, CONTENT_DIR: dir }, encoding: 'utf8' });

  it('brings files into the CMS’s form, leaves files with comments alone and names them', () => {
    const dir = contentDir();
    writeFileSync(join(dir, 'partners', 'verein.yaml'), 'name: "Verein: Familie"\nkind: Verein\nreviewed: 2026-11-01\n');
    writeFileSync(join(dir, 'partners', 'notiz.yaml'), '# Telefon fehlt noch\nname: Notiz\nkind: Verein\nreviewed: 2026-11-01\n');
    const check = run(dir, '--check');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('verein.yaml');
    expect(readFileSync(join(dir, 'partners', 'verein.yaml'), 'utf8')).toContain('"Verein: Familie"');

    const result = run(dir);
    expect(result.status).toBe(0);
    const formatted = readFileSync(join(dir, 'partners', 'verein.yaml'), 'utf8');
    expect(formatted).toMatch(/^name: 'Verein: Familie'\n/);
    expect(formatted).toContain('draft: false');
    expect(result.stderr).toContain('notiz.yaml: enthält Kommentare');
    expect(readFileSync(join(dir, 'partners', 'notiz.yaml'), 'utf8')).toContain('# Telefon fehlt noch');
    expect(run(dir).stdout).not.toContain('verein.yaml');
  });
});
