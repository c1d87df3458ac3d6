import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/messages.ts';
import { collectionFields } from '../../src/lib/content/fields.ts';
import { KINDS, renderTemplate, scaffold, type Kind } from '../../src/lib/editor/scaffold.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');
const TODAY = '2026-05-01';

describe('npm run new', () => {
  it('writes files that pass the check, one per kind, as drafts where the schema has drafts', async () => {
    const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
    cpSync(VALID, root, { recursive: true });
    const paths = (Object.keys(KINDS) as Kind[]).map((kind) => scaffold(root, kind, 'Café für Väter', TODAY));
    expect(paths.map((p) => p.slice(root.length))).toEqual([
      '/offers/cafe-fuer-vaeter.md',
      '/partners/cafe-fuer-vaeter.yaml',
      '/events/cafe-fuer-vaeter.md',
      '/locations/cafe-fuer-vaeter.yaml',
      '/pages/cafe-fuer-vaeter.md',
    ]);
    const { problems, entries } = await checkSite(root, { now: new Date('2026-05-01T12:00:00Z') });
    expect(problems.map(formatProblem)).toEqual([]);
    const offer = entries.find((e) => e.collection === 'offers' && e.id === 'cafe-fuer-vaeter');
    expect(offer?.data?.['draft']).toBe(true);
    expect(offer?.data?.['title']).toBe('Café für Väter');
  });

  it('refuses to overwrite an existing file', () => {
    const root = mkdtempSync(join(tmpdir(), 'scaffold-'));
    cpSync(VALID, root, { recursive: true });
    const before = readFileSync(join(root, 'offers/netz-cafe.md'), 'utf8');
    expect(() => scaffold(root, 'offer', 'Netz Café', TODAY)).toThrow('gibt es schon');
    expect(readFileSync(join(root, 'offers/netz-cafe.md'), 'utf8')).toBe(before);
  });

  it.each(Object.entries(KINDS))('explains every field of %s in a German comment', (kind, collection) => {
    const text = renderTemplate(kind as Kind, 'Titel', TODAY);
    for (const field of collectionFields(COLLECTIONS[collection].schema)) {
      expect(text).toContain(`# ${field.title}${field.description ? `: ${field.description}` : ''}`);
      expect(text).toMatch(new RegExp(`^(# )?${field.name}:`, 'm'));
    }
  });
});
