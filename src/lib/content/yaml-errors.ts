// What an editor is told about a file whose fields cannot be read: the one
// mistake that matters, in German, at the line where it was made, and which
// fields could still be checked. The YAML parser reports a single slip several
// times over (a tab, a missing bracket) and often at the line after it; after
// a syntax error its idea of the rest of the file is a guess. So: one syntax
// error per file (duplicate fields aside, which are each a mistake of their
// own), a tab once for the whole file, and the fields before the error are
// checked as usual (check.ts).
import { isMap, isNode, isScalar, type Document, type LineCounter, type YAMLError } from 'yaml';

export interface LineMessage {
  /** Line within the YAML text (1-based). */
  line: number;
  message: string;
}

/** Why a Markdown file has no front matter, as precisely as its text tells. Lines are lines of the file. */
export function frontMatterProblem(text: string): LineMessage {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((line) => /^\s*---\s*$/.test(line));
  if (first < 0) {
    return { line: 1, message: 'Kopfbereich fehlt — die Datei muss mit einer Zeile „---“ beginnen, dann die Felder, dann wieder „---“' };
  }
  if (first > 0) {
    const what = lines.slice(0, first).every((line) => line.trim() === '') ? 'leere Zeilen' : 'andere Zeilen';
    return {
      line: 1,
      message: `Vor dem „---“ in Zeile ${first + 1} stehen ${what} — die Datei muss in Zeile 1 mit „---“ beginnen: die Zeilen davor löschen`,
    };
  }
  if (lines[0] !== lines[0]!.trimStart()) {
    return { line: 1, message: 'Vor dem „---“ in Zeile 1 stehen Leerzeichen — die Zeile muss genau mit „---“ beginnen: die Leerzeichen löschen' };
  }
  return {
    line: 1,
    message: 'Kopfbereich endet nicht — nach dem letzten Feld eine Zeile mit nur „---“ einfügen, darunter beginnt der Text',
  };
}

/** The top-level fields that end before the first error, and the line of the first field after them. */
export function fieldsBeforeErrors(document: Document, lineCounter: LineCounter): { fields: Record<string, unknown>; nextLine: number } | undefined {
  if (!isMap(document.contents)) return undefined;
  const offset = Math.min(...document.errors.map((error) => error.pos[0]));
  const fields: Record<string, unknown> = {};
  for (const pair of document.contents.items) {
    const start = isNode(pair.key) ? pair.key.range?.[0] : undefined;
    const end = isNode(pair.value) ? pair.value.range?.[1] : isNode(pair.key) ? pair.key.range?.[1] : undefined;
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string' || end === undefined || end >= offset) {
      return { fields, nextLine: lineCounter.linePos(start ?? offset).line };
    }
    try {
      fields[pair.key.value] = isNode(pair.value) ? pair.value.toJS(document, { maxAliasCount: 0 }) : pair.value;
    } catch {
      return { fields, nextLine: lineCounter.linePos(start ?? offset).line };
    }
  }
  return { fields, nextLine: lineCounter.linePos(offset).line };
}

/** The line (1-based) up to `line` where a "[" or "{" is opened and not closed, if any. */
function unclosedBracketLine(lines: readonly string[], line: number, open: '[' | '{'): number | undefined {
  const close = open === '[' ? ']' : '}';
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    const text = (lines[index] ?? '').replace(/"[^"]*"|'[^']*'/g, '');
    if (text.split(open).length > text.split(close).length) return index + 1;
  }
  return undefined;
}

/** The line (1-based) up to `line` with an odd number of double quotes: where a quoted text starts and never ends. */
function unclosedQuoteLine(lines: readonly string[], line: number): number | undefined {
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
    if (((lines[index] ?? '').match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1) return index + 1;
  }
  return undefined;
}

/**
 * The YAML errors to show, at lines of the file (the YAML starts at its line
 * `startLine`). `nextLine`: the line in the YAML text of the first field that
 * could not be checked, to say from where on the check resumes once the error
 * is fixed.
 */
export function yamlErrorsToShow(errors: readonly YAMLError[], yamlText: string, lineCounter: LineCounter, startLine: number, nextLine?: number): LineMessage[] {
  const lines = yamlText.split(/\r?\n/);
  const located = errors.map((error) => {
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    return { error, line: pos.line, col: pos.col };
  });
  const inFile = (line: number) => line + startLine - 1;
  const resumes = (line: number) => (nextLine && nextLine <= line ? ` (die Felder ab Zeile ${inFile(nextLine)} werden nach der Korrektur geprüft)` : '');

  const tabs = located.filter(({ error }) => error.code === 'TAB_AS_INDENT');
  if (tabs.length > 0) {
    const more = [...new Set(tabs.slice(1).map((tab) => tab.line))].filter((line) => line !== tabs[0]!.line);
    const line = tabs[0]!.line;
    const elsewhere = more.length ? `; ebenso in Zeile ${more.map(inFile).join(', ')}` : '';
    return [{ line: inFile(line), message: `Tabulator zum Einrücken${elsewhere} — die Tabulatoren durch Leerzeichen ersetzen, je Ebene zwei${resumes(line)}` }];
  }

  const shown: LineMessage[] = located.filter(({ error }) => error.code === 'DUPLICATE_KEY').map(({ line, col }) => ({ line: inFile(line), message: germanYamlError('DUPLICATE_KEY', col) }));
  const syntax = located.find(({ error }) => error.code !== 'DUPLICATE_KEY');
  if (syntax) {
    const { error, col } = syntax;
    let { line } = syntax;
    let message: string;
    const bracket = error.code === 'BAD_INDENT' && /^Flow (sequence|map)/.exec(error.message)?.[1];
    const opening = bracket ? unclosedBracketLine(lines, line, bracket === 'map' ? '{' : '[') : undefined;
    const quote = error.code === 'MISSING_CHAR' && /quote/i.test(error.message) ? unclosedQuoteLine(lines, line) : undefined;
    if (bracket && opening) {
      line = opening;
      message = bracket === 'map' ? 'die Klammer „{“ wird nicht geschlossen — am Ende „}“ ergänzen' : 'die Liste in eckigen Klammern wird nicht geschlossen — am Zeilenende „]“ ergänzen';
    } else if (quote) {
      line = quote;
      message = 'das Anführungszeichen „"“ wird nicht geschlossen — am Ende des Textes ein zweites „"“ setzen';
    } else {
      message = germanYamlError(error.code, col);
    }
    shown.push({ line: inFile(line), message: `${message}${resumes(line)}` });
  }
  return shown.sort((a, b) => a.line - b.line);
}

// The yaml package's own messages are English; editors get the German
// meaning of each error code and what to do about it.
function germanYamlError(code: string, column: number | undefined): string {
  const at = column ? ` (Spalte ${column})` : '';
  switch (code) {
    case 'DUPLICATE_KEY':
      return `ein Feld steht doppelt${at} — jedes Feld nur einmal angeben`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `Einrückung oder Zeichen stimmt nicht${at} — mit Leerzeichen einrücken, Einrückung und Klammern prüfen`;
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `Doppelpunkt oder Einrückung fehlt${at} — nach jedem Feldnamen „: “ schreiben; Texte mit „:“ in Anführungszeichen setzen`;
    case 'BAD_DQ_ESCAPE':
      return `ungültiger Rückstrich „\\“ in Anführungszeichen${at} — Text in einfache Anführungszeichen '…' setzen`;
    case 'BAD_SCALAR_START':
    case 'UNEXPECTED_TOKEN':
      return `unerwartetes Zeichen${at} — Texte, die mit Sonderzeichen wie „@“, „%“, „*“ oder „&“ beginnen, in Anführungszeichen setzen`;
    case 'RESOURCE_EXHAUSTION':
      return `zu tief verschachtelt oder zu groß${at} — so viele Klammern und Ebenen braucht kein Feld: Struktur prüfen`;
    case 'MULTIPLE_DOCS':
      return `mehr als ein Dokument (Zeile „---“ im Kopfbereich)${at} — die zusätzliche Zeile „---“ löschen`;
    default:
      return `die Datei lässt sich nicht lesen (${code})${at} — Texte mit Sonderzeichen wie „:“ oder „#“ in Anführungszeichen setzen`;
  }
}
