// The saved list (Merkliste) as plain data: which entries a visitor keeps, how the list is
// written into a link (/merkliste/#netz-cafe,v:sommerfest) and read back, and how a stored
// value that someone else's script or an old version left behind is read safely. Pure: the
// browser scripts (src/client/keep-*.ts) only call these, so the rules are unit-tested.

/** The key under which the list is kept in localStorage — written only on the visitor's click. */
export const STORAGE_KEY = 'merkliste';

/** At most this many entries in a list or a link: a link stays short enough for any messenger. */
export const MAX_KEPT = 100;

/** Events carry this prefix in the list; offers are their bare id (ids may repeat across kinds). */
export const EVENT_PREFIX = 'v:';

export type KeptKind = 'offer' | 'event';

/** The same pattern as an entry's id (src/schemas/patterns.ts): lower case, digits, hyphens. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The key of an entry in the list. */
export function keyOf(kind: KeptKind, id: string): string {
  return kind === 'event' ? `${EVENT_PREFIX}${id}` : id;
}

/** Kind and id of a key, or undefined for anything that is not a key. */
export function parseKey(key: string): { kind: KeptKind; id: string } | undefined {
  const event = key.startsWith(EVENT_PREFIX);
  const id = event ? key.slice(EVENT_PREFIX.length) : key;
  return ID.test(id) && id.length <= 100 ? { kind: event ? 'event' : 'offer', id } : undefined;
}

/** Well-formed keys, each once, in their order, at most MAX_KEPT. */
export function cleanKeys(keys: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const key of keys) {
    if (typeof key !== 'string' || !parseKey(key) || seen.has(key)) continue;
    seen.add(key);
    if (seen.size >= MAX_KEPT) break;
  }
  return [...seen];
}

/** The keys in a link's fragment ("#netz-cafe,v:fest"); pieces that are no key are dropped. */
export function keysFromHash(hash: string): { keys: string[]; malformed: number } {
  let text = hash.replace(/^#/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A broken escape: read the text as it is.
  }
  const pieces = text.split(',').map((piece) => piece.trim()).filter(Boolean);
  const keys = cleanKeys(pieces);
  return { keys, malformed: pieces.filter((piece) => !parseKey(piece)).length };
}

/** The fragment that carries a list: "#netz-cafe,v:fest" (empty for an empty list). */
export function hashOf(keys: readonly string[]): string {
  const clean = cleanKeys(keys);
  return clean.length ? `#${clean.join(',')}` : '';
}

/** The list in storage: a JSON array of keys; anything else reads as an empty list. */
export function readStored(value: string | null): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? cleanKeys(parsed) : [];
  } catch {
    return [];
  }
}

export function writeStored(keys: readonly string[]): string {
  return JSON.stringify(cleanKeys(keys));
}

/** The list with `key` added (at the end) or removed. */
export function toggled(keys: readonly string[], key: string, keep: boolean): string[] {
  const rest = keys.filter((k) => k !== key);
  return cleanKeys(keep ? [...rest, key] : rest);
}

/** Keys of a shared list split into those the site knows and those it does not (removed, mistyped). */
export function known<T>(keys: readonly string[], entries: Readonly<Record<string, T>>): { found: { key: string; entry: T }[]; unknown: string[] } {
  const found: { key: string; entry: T }[] = [];
  const unknown: string[] = [];
  for (const key of keys) {
    const entry = Object.hasOwn(entries, key) ? entries[key] : undefined;
    if (entry === undefined) unknown.push(key);
    else found.push({ key, entry });
  }
  return { found, unknown };
}
