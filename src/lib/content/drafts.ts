// A new entry is a draft until a person has filled in its facts. `npm run new`
// leaves every required fact empty (no plausible value that could go live),
// so the check lets a draft be incomplete: its empty required fields make one
// warning that names them, and the entry is not published. Outside a draft,
// text a template or an example left behind ("Bitte ersetzen", "Vorname
// Nachname", "name@example.org") is an error: it would go live as if it were
// a fact.
import type { CollectionName } from '../../schemas/index.ts';
import { SEPARATOR } from './messages.ts';

/** Collections whose entries have no page of their own: an unfinished one is simply not used yet. */
const USED_ONLY_BY_REFERENCE: ReadonlySet<CollectionName> = new Set(['locations']);

/** True when the raw data of a file says it is a draft. */
export function isDraftFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/**
 * Whether empty required fields are a note (to be filled in) rather than an
 * error: in a draft; and in a new location (which has no draft field) while
 * none of its facts is filled in yet. A location half filled in is checked in full.
 */
export function mayBeIncomplete(collection: CollectionName, data: unknown, requiredFields: readonly string[]): boolean {
  if (isDraftFile(data)) return true;
  if (!USED_ONLY_BY_REFERENCE.has(collection) || typeof data !== 'object' || data === null) return false;
  return requiredFields.filter((name) => name !== 'name').every((name) => isUnfilled((data as Record<string, unknown>)[name]));
}

/** A value nobody has filled in yet: absent, empty, or an empty list. */
export function isUnfilled(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** The one note for an unfinished entry: what is still to be filled in. */
export function incompleteMessage(collection: CollectionName, fields: readonly string[], draft: boolean): string {
  const list = fields.map((f) => `„${f}“`).join(', ');
  if (draft) return `Entwurf, noch auszufüllen: ${list}${SEPARATOR}ausfüllen, dann „draft: false“ setzen; bis dahin wird der Eintrag nicht veröffentlicht`;
  return `Noch auszufüllen: ${list}${SEPARATOR}ausfüllen; bis dahin kann kein Eintrag auf ${collection === 'locations' ? 'diesen Ort' : 'diesen Eintrag'} verweisen`;
}

/** Text of a template or example that must not go live, with what it is. */
const PLACEHOLDERS: readonly [RegExp, string][] = [
  [/bitte ersetzen/i, 'Platzhalter „Bitte ersetzen“'],
  [/lorem ipsum/i, 'Blindtext „Lorem ipsum“'],
  [/\b(TODO|FIXME|XXX)\b/, 'Notiz „TODO“'],
  [/vorname nachname/i, 'Beispiel „Vorname Nachname“'],
  [/musterstra(ß|ss)e/i, 'Beispiel „Musterstraße“'],
  // The examples of the templates, exactly: example.org itself is a fine address for tests.
  [/\bname@example\.org\b/i, 'Beispieladresse „name@example.org“'],
  [/\b0\d{3,4}[ /-]?0{5,}\b/, 'Beispielnummer mit „00000“'],
];

export function placeholderIn(text: string): string | undefined {
  return PLACEHOLDERS.find(([pattern]) => pattern.test(text))?.[1];
}

export interface PlaceholderFind {
  /** Path of the field, or undefined for the Markdown body. */
  path?: (string | number)[];
  /** Line within the body (0-based) for finds in the body. */
  bodyLine?: number;
  what: string;
}

/** Every field value and body line that still holds a placeholder. */
export function placeholderFinds(data: unknown, body: string): PlaceholderFind[] {
  const finds: PlaceholderFind[] = [];
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      const what = placeholderIn(value);
      if (what) finds.push({ path, what });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(data, []);
  body.split('\n').forEach((line, index) => {
    const what = placeholderIn(line);
    if (what) finds.push({ bodyLine: index, what });
  });
  return finds;
}

export function placeholderMessage(what: string): string {
  return `${what} würde so veröffentlicht${SEPARATOR}durch die echte Angabe ersetzen; ist sie noch unbekannt, das Feld weglassen und die Frage unter „openQuestions“ notieren (oder den Eintrag mit „draft: true“ als Entwurf lassen)`;
}
