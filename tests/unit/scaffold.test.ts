import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { errorsOnly, formatProblem } from '../../src/lib/content/messages.ts';
import { collectionFields } from '../../src/lib/content/fields.ts';
import { KINDS, renderTemplate, scaffold, type Kind } from '../../src/lib/editor/scaffold.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');
const DRAFTS = resolve(import.meta.dirname, '../fixtures/drafts');
const NOW = new Date('2026-05-01T12:00:00Z');

function freshTree(): string {
  const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
  cpSync(VALID, root, { recursive: true });
  return root;
}

/** The YAML of a template (front matter for Markdown), parsed. */
function templateData(kind: Kind): Record<string, unknown> {
  const text = renderTemplate(kind, 'Café für Väter');
  const yaml = text.startsWith('---\n') ? text.slice(4, text.lastIndexOf('---\n')) : text;
  return parseDocument(yaml).toJS() as Record<string, unknown>;
}

describe('npm run new', () => {
  it('writes one file per kind that the check accepts as unfinished: no error, one note naming what is still empty, nothing published', async () => {
    const root = freshTree();
    const paths = (Object.keys(KINDS) as Kind[]).map((kind) => scaffold(root, kind, 'Café für Väter'));
    expect(paths.map((p) => p.slice(root.length))).toEqual([
      '/offers/cafe-fuer-vaeter.md',
      '/partners/cafe-fuer-vaeter.yaml',
      '/events/cafe-fuer-vaeter.md',
      '/locations/cafe-fuer-vaeter.yaml',
      '/pages/cafe-fuer-vaeter.md',
    ]);
    const { problems, entries } = await checkSite(root, { now: NOW });
    expect(errorsOnly(problems).map(formatProblem)).toEqual([]);
    for (const path of paths) {
      const notes = problems.filter((p) => path.endsWith(p.file.split('/').slice(-2).join('/')));
      expect(notes, path).toHaveLength(1);
      expect(notes[0]!.message, path).toMatch(/^(Entwurf, noch auszufüllen|Noch auszufüllen): „/);
    }
    const offer = entries.find((e) => e.collection === 'offers' && e.id === 'cafe-fuer-vaeter');
    expect(offer?.data).toBeUndefined();
    expect(offer?.incomplete).toEqual(['Kurzbeschreibung', 'Themen', 'Zielgruppen', 'Träger', 'Geprüft am']);
  });

  it.each(Object.keys(KINDS))('%s: pre-fills no fact — only the title, every other required field empty, no "reviewed", no placeholder text', (kind) => {
    const text = renderTemplate(kind as Kind, 'Café für Väter');
    const data = templateData(kind as Kind);
    const spec = COLLECTIONS[KINDS[kind as Kind]];
    for (const field of collectionFields(spec.schema).filter((f) => f.required)) {
      const value = data[field.name];
      if (field.name === 'title' || field.name === 'name') expect(value).toBe('Café für Väter');
      else expect(value === null || (Array.isArray(value) && value.length === 0), `${kind}.${field.name} = ${JSON.stringify(value)}`).toBe(true);
    }
    expect(data['reviewed'] ?? null).toBeNull();
    expect(text).not.toMatch(/bitte ersetzen/i);
    expect(text).not.toMatch(/^[^#\n]*\d{4}-\d{2}-\d{2}/m);
    if ('draft' in data) expect(data['draft']).toBe(true);
  });

  it.each(Object.keys(KINDS))('%s: every example of a field with allowed values uses one of this collection\'s values', (kind) => {
    const text = renderTemplate(kind as Kind, 'Titel');
    for (const field of collectionFields(COLLECTIONS[KINDS[kind as Kind]].schema)) {
      const options = field.options ?? field.item?.options;
      if (field.required || !options) continue;
      const line = new RegExp(`^# ${field.name}: (.+)$`, 'm').exec(text)?.[1];
      if (!line) continue;
      const values = line.startsWith('[') ? line.slice(1, -1).split(', ') : [line];
      for (const value of values) expect(options, `${kind}.${field.name}: ${value}`).toContain(value);
    }
  });

  it('cannot go live unfilled: "draft: false" on a new entry turns what is empty into errors', async () => {
    const root = freshTree();
    const path = scaffold(root, 'event', 'Sommerfest');
    writeFileSync(path, readFileSync(path, 'utf8').replace('draft: true', 'draft: false'));
    const errors = errorsOnly((await checkSite(root, { now: NOW })).problems).filter((p) => p.file.endsWith('sommerfest.md'));
    expect(errors.map((p) => p.field).sort()).toEqual(['end', 'organisers', 'reviewed', 'start', 'summary']);
  });

  it('refuses to overwrite an existing file', () => {
    const root = freshTree();
    const before = readFileSync(join(root, 'offers/netz-cafe.md'), 'utf8');
    expect(() => scaffold(root, 'offer', 'Netz Café')).toThrow('gibt es schon');
    expect(readFileSync(join(root, 'offers/netz-cafe.md'), 'utf8')).toBe(before);
  });

  it.each(Object.entries(KINDS))('explains every field of %s in a German comment', (kind, collection) => {
    const text = renderTemplate(kind as Kind, 'Titel');
    for (const field of collectionFields(COLLECTIONS[collection].schema)) {
      expect(text).toContain(`# ${field.title}${field.description ? `: ${field.description}` : ''}`);
      expect(text).toMatch(new RegExp(`^(# )?${field.name}:`, 'm'));
    }
  });
});

describe('drafts and placeholders (tests/fixtures/drafts)', async () => {
  const { problems, entries } = await checkSite(DRAFTS, { now: NOW });
  const at = (file: string) => problems.filter((p) => p.file.endsWith(file)).map(formatProblem);

  it('placeholder text outside a draft is an error at its field and line, in the fields and in the text', () => {
    expect(at('offers/platzhalter.md')).toEqual([
      expect.stringMatching(/:3: summary: Platzhalter „Bitte ersetzen“ würde so veröffentlicht — durch die echte Angabe ersetzen/),
      expect.stringMatching(/:8: contact\.name: Beispiel „Vorname Nachname“ würde so veröffentlicht — /),
      expect.stringMatching(/:9: contact\.email: Beispieladresse „name@example\.org“ würde so veröffentlicht — /),
      expect.stringMatching(/:13: Text: Platzhalter „Bitte ersetzen“ würde so veröffentlicht — /),
    ]);
    expect(problems.filter((p) => p.file.endsWith('offers/platzhalter.md')).every((p) => p.severity === 'error')).toBe(true);
  });

  it('a draft may hold placeholders and empty required fields: one warning, not published', () => {
    expect(at('offers/entwurf.md')).toEqual([
      expect.stringMatching(/:8: Warnung: Entwurf, noch auszufüllen: „Themen“, „Zielgruppen“, „Träger“, „Geprüft am“ — ausfüllen, dann „draft: false“ setzen/),
    ]);
    expect(entries.find((e) => e.id === 'entwurf')?.data).toBeUndefined();
  });

  it('a published entry may not use an unfinished location', () => {
    expect(at('locations/neuer-ort.yaml')).toEqual([expect.stringMatching(/:1: Warnung: Noch auszufüllen: „Straße und Hausnummer“, „Postleitzahl“/)]);
    expect(at('offers/mit-neuem-ort.md')).toEqual([
      expect.stringMatching(/:7: location: „neuer-ort“ in content\/locations\/ ist noch nicht ausgefüllt — dort erst die Pflichtangaben eintragen/),
    ]);
  });
});
