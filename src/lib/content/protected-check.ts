// The content check's safety net for protected places (security finding
// 17/10): the data layer never hands a protected street to a page
// (places.ts), but an editor can still write it into another entry — an
// offer's text, a partner's open questions, a search word, another place at
// the same address. Every text of every other entry is searched for the
// protected street with its house number; a hit is an error at that field.
// Entries that belong to the protected place — the partner whose own address
// it is, an offer or event held there or run by that partner — are searched
// for the street's name alone ("im Birkenweg"): next to that entry, the name
// is enough to find the place.
import { mentionsStreet, streetName } from '../../schemas/location.ts';
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

/** Lower case, one space between words, so "Musterstraße  1" and "musterstraße 1" are the same. */
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

function ids(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** True when the entry belongs to the protected place: held there, or run by the partner whose address it is. */
function belongsTo(entry: EntryTexts, owner: EntryTexts): boolean {
  const data = entry.data ?? {};
  if (owner.collection === 'locations') return ids(data['location']).includes(owner.id);
  return [...ids(data['partners']), ...ids(data['organisers'])].includes(owner.id);
}

/** The texts of the owner itself that are published; a location's are checked by its schema (publicName, publicNotes). */
function publishedOwnTexts(owner: EntryTexts, fields: readonly [(string | number)[], string][]): [(string | number)[], string][] {
  if (owner.collection === 'locations') return [];
  return fields.filter(([path]) => path[0] !== 'address');
}

/** Each other entry's field or body that names a protected street, as an error at its line. */
export function protectedStreetProblems(entries: readonly EntryTexts[]): Problem[] {
  const streets = protectedStreets(entries).map((protectedStreet) => ({ ...protectedStreet, needle: normalised(protectedStreet.street) }));
  if (streets.length === 0) return [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const fields = [...texts(entry.data ?? {})];
    // Each text normalised once per entry, not once per protected street: at 10,000 entries this
    // check was a large part of the build.
    const normalisedFields = fields.map(([, text]) => normalised(text));
    const body = entry.file.body;
    let normalisedBody: string | undefined;
    for (const { street, source, owner, needle } of streets) {
      const own = entry === owner;
      const close = own || belongsTo(entry, owner);
      const names = close ? (text: string) => mentionsStreet(text, street) : (text: string) => normalised(text).includes(needle);
      const named = close ? streetName(street) : street;
      const message = own
        ? `nennt die eigene geschützte Straße „${named}“ („address.hideStreet: true“)${SEPARATOR}die Straße hier löschen: dieser Text wird veröffentlicht`
        : `nennt die geschützte ${close ? 'Straße' : 'Adresse'} „${named}“ (${source}: „hideStreet: true“)${SEPARATOR}die Straße hier löschen: dieser Text wird veröffentlicht`;
      const checked = own ? publishedOwnTexts(owner, fields) : fields;
      for (const [index, [path, text]] of checked.entries()) {
        if (close ? names(text) : normalisedFields[index]!.includes(needle)) {
          problems.push({ file: entry.file.file, line: lineOf(entry.file, path), field: path.join('.'), message, severity: 'error' });
        }
      }
      if (own && owner.collection === 'locations') continue;
      // A line that names the street is part of a body that does: look for the line only then.
      normalisedBody ??= normalised(body);
      if (close ? names(body) : normalisedBody.includes(needle)) {
        const hit = body.split('\n').findIndex((line) => names(line));
        problems.push({ file: entry.file.file, line: entry.file.bodyStartLine + Math.max(hit, 0), field: 'Text', message, severity: 'error' });
      }
    }
  }
  return problems;
}
