// YAML features content files do not need and an attacker would use (security
// finding 17/8). Aliases (*name) let a few lines expand into billions of values
// ("billion laughs"); the CMS never writes them and no editor needs them, so
// they are refused, not counted. Nesting deeper than any schema is refused
// with its own message instead of a stack overflow or a misleading hint.
import { isCollection, visit, type Document, type LineCounter } from 'yaml';

/** Deepest nesting of lists and fields a content file may have; the schemas need at most five. */
export const MAX_YAML_DEPTH = 16;

export interface YamlSafetyError {
  /** Line within the YAML text (1-based). */
  line: number;
  message: string;
}

/** Aliases and too deep nesting in a parsed document, each at its line. */
export function yamlSafetyErrors(document: Document, lineCounter: LineCounter): YamlSafetyError[] {
  const errors: YamlSafetyError[] = [];
  let tooDeep = false;
  visit(document, {
    Alias(_key, node) {
      errors.push({
        line: lineCounter.linePos(node.range?.[0] ?? 0).line,
        message: `YAML-Verweis „*${node.source}“ ist in Inhaltsdateien nicht erlaubt — den Wert an dieser Stelle ausschreiben (keine &Anker und *Verweise)`,
      });
    },
    Node(_key, node, path) {
      if (tooDeep || !isCollection(node)) return;
      const depth = path.filter((ancestor) => isCollection(ancestor)).length + 1;
      if (depth > MAX_YAML_DEPTH) {
        tooDeep = true;
        errors.push({
          line: lineCounter.linePos(node.range?.[0] ?? 0).line,
          message: `zu tief verschachtelt (mehr als ${MAX_YAML_DEPTH} Ebenen) — so viele Ebenen braucht kein Feld: Einrückung und Klammern prüfen`,
        });
      }
    },
  });
  return errors;
}

/** The document's data, or the reason it cannot be turned into data. */
export function yamlData(document: Document): { data: unknown } | { error: string } {
  try {
    // Aliases are refused before this; the limit is a second line of defence.
    return { data: document.toJS({ maxAliasCount: 0 }) ?? {} };
  } catch {
    return { error: 'die Datei lässt sich nicht in Daten umwandeln — Anker (&), Verweise (*) und ungewöhnliche YAML-Zeichen entfernen' };
  }
}
