// Content files are UTF-8. A file saved in another encoding (Windows-1252 by
// an older editor, UTF-16 by Windows' "Unicode") would otherwise go live with
// "�ber uns" instead of "Über uns", or fail with a message about something
// else entirely. Decoding is strict: the first line that is not UTF-8 is named,
// with what it most likely says, and how to save the file correctly.
// A UTF-8 byte order mark is accepted and dropped, in YAML and Markdown alike:
// it is invisible, some Windows editors always write it, and nothing about the
// file is wrong.

export type Decoded = { text: string } | { problem: string; line: number };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** How to save a file as UTF-8, in the editors city staff use. */
export const SAVE_AS_UTF8 =
  'so speichern Sie sie richtig: Datei im Editor öffnen, „Speichern unter“ wählen und als Codierung „UTF-8“ einstellen (Windows-Editor: Auswahl „Codierung“ neben „Speichern“; VS Code: unten rechts auf die Codierung klicken → „Mit Codierung speichern“ → „UTF-8“), dann die Umlaute prüfen';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/** The 1-based line of the first byte sequence that is not UTF-8, with that line's bytes. */
function firstInvalidLine(bytes: Uint8Array): { line: number; bytes: Uint8Array } | undefined {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  // 0x0A never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one.
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const lineBytes = bytes.subarray(start, end);
    try {
      strict.decode(lineBytes);
    } catch {
      return { line, bytes: lineBytes };
    }
    start = end + 1;
    line++;
  }
  return undefined;
}

/** The words around the first non-ASCII character of a line, as an editor on Windows most likely wrote them. */
function likelyText(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  const at = Math.max(0, [...text].findIndex((char) => char.charCodeAt(0) > 0x7f));
  const before = text.slice(0, at).split(/\s+/).slice(-3).join(' ');
  const after = text.slice(at).split(/\s+/).slice(0, 3).join(' ');
  // A space right before the character leaves an empty last word, which joins back as that space.
  return `${before}${after}`.trim();
}

/** The text of a content file, or why it cannot be read as UTF-8. */
export function decodeContent(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return {
      line: 1,
      problem: `Datei ist als UTF-16 („Unicode“) gespeichert, nicht in UTF-8 — ${SAVE_AS_UTF8}`,
    };
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  const invalid = firstInvalidLine(body);
  if (invalid) {
    return {
      line: invalid.line,
      problem: `Datei ist nicht in UTF-8 gespeichert (Zeile ${invalid.line}: „${likelyText(invalid.bytes)}“ würde mit „�“ statt Umlauten veröffentlicht) — ${SAVE_AS_UTF8}`,
    };
  }
  return { text: new TextDecoder('utf-8').decode(body) };
}
