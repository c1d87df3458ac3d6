// "Meinten Sie …?" for what editors type: a field name, a value from a closed
// list (a weekday, a topic, a status), the id of another entry. A suggestion
// is only made when it is plausibly what was meant: the same word written
// differently (case, a hyphen for the dash the list uses, "oe" for "ö"), a
// short form ("Do" for "Donnerstag"), or a small typo.
import { closest, distance } from 'fastest-levenshtein';
import { slugify } from '../text/slug.ts';

export interface Suggestion {
  value: string;
  /** What exactly differs, when the words only differ in how a character is written. */
  note?: string;
}

const DASHES = /[\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const DASH = /^[\u002D\u2010\u2011\u2012\u2013\u2014\u2015\u2212]$/;
const QUOTES = /[„“”"‚‘’']/g;

/** The word as it sounds: case, kind of dash or quote, spacing and umlaut spelling left aside. */
function loose(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(QUOTES, '"')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

const CHARACTER_NAMES: Record<string, string> = {
  '-': 'Bindestrich „-“',
  '–': 'Halbgeviertstrich „–“ (Gedankenstrich)',
  '—': 'Geviertstrich „—“',
  '‐': 'Trennstrich „‐“',
  '‑': 'geschützter Bindestrich „‑“',
  '−': 'Minuszeichen „−“',
};

function characterName(char: string): string {
  return CHARACTER_NAMES[char] ?? `„${char}“`;
}

/** What differs between two spellings of the same word, said so that an editor can see it. */
function difference(written: string, meant: string): string | undefined {
  const a = [...written.trim()];
  const b = [...meant];
  const at = a.findIndex((char, index) => char !== b[index]);
  if (at < 0) return undefined;
  const x = a[at]!;
  const y = b[at];
  if (y !== undefined && x.toLowerCase() === y.toLowerCase() && written.trim().toLowerCase() === meant.toLowerCase()) {
    return 'Auf Groß- und Kleinschreibung achten.';
  }
  if (y !== undefined && DASH.test(x) && DASH.test(y)) {
    return `Dort steht ein ${characterName(y)}, kein ${characterName(x)}; am besten den Wert von hier kopieren.`;
  }
  return undefined;
}

/** A value from `options` that `written` plausibly means, if any. */
export function suggestValue(written: unknown, options: readonly (string | number)[]): Suggestion | undefined {
  if (typeof written !== 'string' || written.trim() === '') return undefined;
  const choices = options.map(String);
  const same = choices.filter((option) => loose(option) === loose(written));
  if (same.length === 1) {
    const note = difference(written, same[0]!);
    return { value: same[0]!, ...(note ? { note } : {}) };
  }
  // A short form: "Do" for Donnerstag, "Beratungsst." for Beratungsstelle.
  const short = loose(written).replace(/\.$/, '');
  if (short.length >= 2) {
    const longer = choices.filter((option) => loose(option).startsWith(short));
    if (longer.length === 1) return { value: longer[0]! };
  }
  const looseChoices = choices.map(loose);
  const best = closest(loose(written), looseChoices);
  const match = choices[looseChoices.indexOf(best)];
  if (match !== undefined && distance(loose(written), best) <= Math.max(2, Math.floor(best.length / 4))) return { value: match };
  return undefined;
}

/** "Meinten Sie „x“? " with what differs, or '' when there is nothing to suggest. */
export function didYouMean(suggestion: Suggestion | undefined): string {
  if (!suggestion) return '';
  return `Meinten Sie „${suggestion.value}“? ${suggestion.note ? `${suggestion.note} ` : ''}`;
}

export interface NamedEntry {
  id: string;
  /** Title or name: editors sometimes write it where the id belongs. */
  name?: string;
}

/** The id of an entry that `written` plausibly means: its id with a typo, or its name. */
export function suggestId(written: unknown, entries: readonly NamedEntry[]): Suggestion | undefined {
  if (typeof written !== 'string' || entries.length === 0) return undefined;
  const ids = entries.map((entry) => entry.id);
  const slug = slugify(written);
  if (slug && slug !== written && ids.includes(slug)) return { value: slug };
  const byName = entries.filter((entry) => entry.name && (loose(entry.name) === loose(written) || loose(entry.name).startsWith(`${loose(written)} `)));
  if (byName.length === 1) return { value: byName[0]!.id, note: `Die Kennung von „${byName[0]!.name}“ ist der Dateiname ohne Endung.` };
  return suggestValue(written, ids);
}
