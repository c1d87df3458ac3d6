import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { END_MARKER, START_MARKER, fieldTables, withFieldTables } from '../../src/lib/editor/guide.ts';
import { collectionFields, type FieldNode } from '../../src/lib/content/fields.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';

const README = resolve(import.meta.dirname, '../../content/README.md');

function paths(fields: readonly FieldNode[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const inner = f.kind === 'list' ? f.item : f;
    const next = `${prefix}${f.name}${f.kind === 'list' ? '[]' : ''}.`;
    const nested = inner?.kind === 'object' ? paths(inner.fields ?? [], next) : inner?.kind === 'variants' ? (inner.variants ?? []).flatMap((v) => paths(v.fields, next)) : [];
    return [`${prefix}${f.name}`, ...nested];
  });
}

describe('editor guide (content/README.md)', () => {
  const readme = readFileSync(README, 'utf8');

  it('has field tables that match the schemas — run „npm run docs“ when this fails', () => {
    expect(readme).toContain(START_MARKER);
    expect(readme).toContain(END_MARKER);
    expect(withFieldTables(readme)).toBe(readme);
  });

  it.each(Object.entries(COLLECTIONS))('names every field of %s with its label and hint', (_name, spec) => {
    const tables = fieldTables();
    for (const path of paths(collectionFields(spec.schema))) {
      const bare = path.split('.').pop() ?? path;
      expect(tables).toMatch(new RegExp(`\`[^\`]*${bare.replace(/[[\]]/g, '\\$&')}[^\`]*\``));
    }
    for (const field of collectionFields(spec.schema)) {
      expect(tables).toContain(`| \`${field.name}\` | ${field.title} |`);
      expect(tables).toContain(field.description);
    }
  });

  it('explains the tasks editors do, in German', () => {
    const headings = [
      '### Eine Uhrzeit ändern',
      '### Ein Angebot anlegen',
      '### Eine Veranstaltung anlegen',
      '### Ein Angebot pausieren oder beenden',
      '### Einen Partner aufnehmen',
      '## Vorschau',
      '## Prüfung und Fehlermeldungen',
      '## Das Redaktionssystem (`/admin/`)',
    ];
    for (const heading of headings) expect(readme).toContain(`\n${heading}\n`);
    expect(readme).toContain('npm run dev');
  });
});
