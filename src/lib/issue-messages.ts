// German messages for zod's built-in checks. Messages written into the
// schemas win; this only fills in the generic cases, and always says how to fix.
import type { z } from 'astro/zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'einen Text',
  number: 'eine Zahl',
  boolean: 'true oder false',
  array: 'eine Liste (Zeilen mit „- “ oder [a, b])',
  object: 'eingerückte Unterfelder',
  date: 'ein Datum',
};

type RawIssue = z.core.$ZodRawIssue;

export function germanIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'Pflichtfeld fehlt. Bitte ergänzen (siehe content/README.md)';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `Falscher Wert: hier gehört ${expected} hin`;
    }
    case 'unrecognized_keys':
      return `Unbekanntes Feld. Tippfehler im Feldnamen? Erlaubte Felder stehen in content/README.md`;
    case 'too_small':
      if (issue.origin === 'string') return `Zu kurz: mindestens ${String(issue.minimum)} Zeichen`;
      if (issue.origin === 'array') return `Zu wenige Einträge: mindestens ${String(issue.minimum)}`;
      return `Zu klein: mindestens ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `Zu lang: höchstens ${String(issue.maximum)} Zeichen`;
      if (issue.origin === 'array') return `Zu viele Einträge: höchstens ${String(issue.maximum)}`;
      return `Zu groß: höchstens ${String(issue.maximum)}`;
    case 'invalid_value':
      return `Ungültiger Wert. Erlaubt: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_union':
      return 'Ungültiger Wert: keine der erlaubten Formen passt (siehe content/README.md)';
    case 'invalid_format':
      return `Ungültiges Format (${issue.format})`;
    default:
      return undefined;
  }
}
