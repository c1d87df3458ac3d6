// What an offer's notice (Aushang) shows, so that it always fits on one A4 sheet: the editors'
// texts have limits (title 80, summary 220 characters), but a schedule can have many lines and a
// registration or cost note any length. Those are shortened here, at a word, and the notice then
// says where the rest is (the QR code, the phone number); nothing is cut without saying so.

/** Lines of "Wann" on a notice; more go to the offer's page. */
export const POSTER_WHEN_LINES = 3;
/** Characters of one fact line on a notice (two printed lines at its type size). */
export const POSTER_LINE_CHARS = 80;
/** Tear-off strips along the bottom edge of the notice. */
export const POSTER_STRIPS = 7;
/** Characters of the title on a tear-off strip: beside the phone number it is a reminder, and the number must never be cut off. */
export const POSTER_STRIP_CHARS = 36;
/** A title longer than this is set smaller, so that the longest allowed one still takes three lines at most. */
export const POSTER_LONG_TITLE = 34;

/** `text` shortened to at most `max` characters at a word boundary, with "…" when something was cut. */
export function shorten(text: string, max: number): { text: string; cut: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { text: flat, cut: false };
  const head = flat.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return { text: `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:–-]+$/, '')}…`, cut: true };
}

/** Fact lines that fit the notice: at most `maxLines`, each at most `maxChars`; `cut` when anything was left out. */
export function fitLines(lines: readonly string[], maxLines = POSTER_WHEN_LINES, maxChars = POSTER_LINE_CHARS): { lines: string[]; cut: boolean } {
  const shown = lines.slice(0, maxLines).map((line) => shorten(line, maxChars));
  return { lines: shown.map((line) => line.text), cut: lines.length > maxLines || shown.some((line) => line.cut) };
}

/** The number on the tear-off strips: the offer's own, else the central contact's. */
export function posterPhone(contact: { phone?: string | undefined }, central: { phone?: string | undefined }): string | undefined {
  return contact.phone ?? central.phone;
}

/** An address as printed for typing into a browser: without "https://" (and "www." stays). */
export function printedUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
