// The content check's safety net for protected places (security finding
// 17/10): the data layer never hands a protected street to a page
// (places.ts), but an editor can still write it into another entry — an
// offer's text, a partner's open questions, a search word, another place at
// the same address. Every text of every other entry is searched for the
// protected street with its house number; a hit is an error at that field.
import type { ContentFile } from './files.ts';
import { lineOf } from './files.ts';
import { SEPARATOR, type Problem } from './messages.ts';

/** What the check knows of an entry: its file and its validated data. */
export interface EntryTexts {
  collection: string;
  id: string;
  file: ContentFile;
  data?: Record<string, unknown> | undefined;
}

interface ProtectedStreet {
  street: string;
  /** Where it is protected, for the message ("content/locations/x.yaml"). */
  source: string;
  /** The entry that protects it (it may name its own street). */
  owner: EntryTexts;
}

/** Lower case, one space between words, so "Am  Neutor 5" and "am neutor 5" are the same. */
function normalised(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function protectedStreets(entries: readonly EntryTexts[]): ProtectedStreet[] {
  const streets: ProtectedStreet[] = [];
  for (const entry of entries) {
    const data = entry.data;
    if (!data) continue;
    const place = entry.collection === 'locations' ? data : (data['address'] as Record<string, unknown> | undefined);
    if (place && place['hideStreet'] === true && typeof place['street'] === 'string') {
      streets.push({ street: place['street'], source: entry.file.file, owner: entry });
    }
  }
  return streets;
}

/** Every text in the data with its path: fields, list items, nested fields. */
function* texts(value: unknown, path: (string | number)[] = []): Generator<[path: (string | number)[], text: string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* texts(item, [...path, index]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* texts(item, [...path, key]);
}

/** Each other entry's field or body that names a protected street, as an error at its line. */
export function protectedStreetProblems(entries: readonly EntryTexts[]): Problem[] {
  const streets = protectedStreets(entries);
  if (streets.length === 0) return [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const fields = [...texts(entry.data ?? {})];
    for (const { street, source, owner } of streets) {
      if (entry === owner) continue;
      const needle = normalised(street);
      const message = `nennt die geschützte Adresse „${street}“ (${source}: „hideStreet: true“)${SEPARATOR}die Straße hier löschen: dieser Text wird veröffentlicht`;
      for (const [path, text] of fields) {
        if (normalised(text).includes(needle)) {
          problems.push({ file: entry.file.file, line: lineOf(entry.file, path), field: path.join('.'), message, severity: 'error' });
        }
      }
      const bodyLines = entry.file.body.split('\n');
      const hit = bodyLines.findIndex((line) => normalised(line).includes(needle));
      if (hit >= 0 || normalised(entry.file.body).includes(needle)) {
        problems.push({ file: entry.file.file, line: entry.file.bodyStartLine + Math.max(hit, 0), field: 'Text', message, severity: 'error' });
      }
    }
  }
  return problems;
}
