// An unknown is unknown: a field an editor leaves out must not make the page
// state a fact nobody confirmed ("Keine Anmeldung nötig", "kostenlos",
// "Deutsch"). Every default in the schemas either says "unknown" (unbekannt,
// an empty list, off) or is one of the few editorial defaults named below
// with the reason it states no fact about an offer. The second test goes over
// all content: wherever an entry relies on a default, the value it gets is one
// of those.
import { describe, expect, it } from 'vitest';
import { fieldTree, type FieldNode } from '../../src/lib/content/fields.ts';
import { checkSite } from '../../src/lib/content/check.ts';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';

/** Defaults that are not "unknown", each with why it states no unconfirmed fact. Paths use [] for list items. */
const EDITORIAL: Record<string, { value: unknown; why: string }> = {
  'offers.status': { value: 'aktiv', why: 'publishing an offer is the statement that it runs; a pause or an end is always written down' },
  'events.status': { value: 'geplant', why: 'publishing an event announces it; a cancellation or a new date is always written down' },
  'offers.schedule.rules[].interval': { value: 1, why: '"wöchentlich" means every week; only other intervals need saying' },
};

/** A value that claims nothing: unknown, nothing, or off. */
function saysUnknown(value: unknown): boolean {
  if (value === 'unbekannt' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === 'object') {
    // { type: 'unbekannt' }, { required: 'unbekannt' }, { stepFree: 'unbekannt', … }: every part unknown.
    return Object.values(value).every(saysUnknown);
  }
  return false;
}

interface FoundDefault {
  path: string;
  value: unknown;
}

function defaultsIn(node: FieldNode, path: string): FoundDefault[] {
  const found: FoundDefault[] = node.defaultValue !== undefined ? [{ path, value: node.defaultValue }] : [];
  for (const field of node.fields ?? []) found.push(...defaultsIn(field, `${path}.${field.name}`));
  for (const variant of node.variants ?? []) for (const field of variant.fields) found.push(...defaultsIn(field, `${path}.${field.name}`));
  if (node.item) found.push(...defaultsIn(node.item, `${path}[]`));
  return found;
}

function allowed({ path, value }: FoundDefault): boolean {
  const editorial = EDITORIAL[path];
  return saysUnknown(value) || (editorial !== undefined && JSON.stringify(editorial.value) === JSON.stringify(value));
}

const collections = Object.keys(COLLECTIONS) as CollectionName[];
const schemaDefaults = collections.flatMap((name) => defaultsIn(fieldTree(COLLECTIONS[name].schema), name));

describe('schema defaults', () => {
  it('finds the defaults it judges (the walk reaches nested fields and list items)', () => {
    const paths = schemaDefaults.map((d) => d.path);
    expect(paths).toContain('offers.cost');
    expect(paths).toContain('offers.registration');
    expect(paths).toContain('locations.accessibility.stepFree');
    expect(paths).toContain('offers.schedule.rules[].interval');
  });

  it('state no fact: every default says "unknown" or is a named editorial default', () => {
    expect(schemaDefaults.filter((d) => !allowed(d))).toEqual([]);
  });

  it('rejects a default that claims something (the rule itself can fail)', () => {
    expect(allowed({ path: 'offers.languages', value: ['Deutsch'] })).toBe(false);
    expect(allowed({ path: 'offers.cost', value: { type: 'kostenlos' } })).toBe(false);
    expect(allowed({ path: 'offers.registration', value: { required: 'nein' } })).toBe(false);
    expect(allowed({ path: 'offers.status', value: 'beendet' })).toBe(false);
  });
});

/** Paths (with [] for list items) where the checked data has a value the file does not write. */
function filledByDefault(raw: unknown, parsed: unknown, path: string): FoundDefault[] {
  if (raw === undefined && parsed !== undefined) return [{ path, value: parsed }];
  if (Array.isArray(parsed) && Array.isArray(raw)) return parsed.flatMap((item, i) => filledByDefault(raw[i], item, `${path}[]`));
  if (parsed && typeof parsed === 'object' && raw && typeof raw === 'object' && !Array.isArray(parsed)) {
    return Object.entries(parsed).flatMap(([key, value]) => filledByDefault((raw as Record<string, unknown>)[key], value, `${path}.${key}`));
  }
  return [];
}

describe('content', async () => {
  const { entries } = await checkSite(contentRoot());

  it('relies on defaults only where they say "unknown" or are editorial', () => {
    const claims = entries
      .filter((entry) => entry.data)
      .flatMap((entry) => filledByDefault(entry.file.data, entry.data, entry.collection).map((d) => ({ ...d, file: entry.file.file })))
      .filter((d) => !allowed(d));
    expect(claims).toEqual([]);
  });

  it('writes the facts families rely on (cost, registration) in every offer and event, so none rests on a default', () => {
    const missing = entries
      .filter((entry) => entry.collection === 'offers' || entry.collection === 'events')
      .flatMap((entry) => {
        const raw = (entry.file.data ?? {}) as Record<string, unknown>;
        return ['cost', 'registration'].filter((field) => raw[field] === undefined).map((field) => `${entry.file.file}: ${field}`);
      });
    expect(missing).toEqual([]);
  });
});
