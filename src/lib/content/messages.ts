// What editors read: German messages for zod's built-in checks (messages
// written into the schemas win; this only fills in the generic cases), and the
// problem lines of the content check. Every message an editor sees has the
// form "what is wrong — how to fix it".
import type { z } from 'astro/zod';
import type { FieldNode } from './fields.ts';
import { didYouMean, suggestValue } from './suggest.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** Path relative to the working directory. */
  file: string;
  line: number;
  /** Dotted field path, e.g. "schedule.rules.0.end"; '' for the whole file. */
  field: string;
  message: string;
  severity: Severity;
}

/** "content/offers/x.md:12: schedule.rules.0.end: Ende … — …" */
export function formatProblem(problem: Problem): string {
  const field = problem.field ? ` ${problem.field}:` : '';
  const prefix = problem.severity === 'warning' ? 'Warnung: ' : '';
  return `${problem.file}:${problem.line}:${field} ${prefix}${problem.message}`;
}

export function errorsOnly(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** What a build prints when the content has errors, and nothing else. */
export function errorReport(errors: readonly Problem[]): string {
  return `${errors.length} Fehler im Inhalt – die Seite wird nicht gebaut:\n${errors.map(formatProblem).join('\n')}\n\nHilfe: content/README.md`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'ein Text',
  number: 'eine Zahl',
  boolean: 'true oder false',
  array: 'eine Liste (Zeilen mit „- “ oder [a, b])',
  object: 'eingerückte Unterfelder',
  date: 'ein Datum',
};

type RawIssue = z.core.$ZodRawIssue;

export const SEPARATOR = ' — ';
export const MISSING = 'Pflichtfeld fehlt';

export function germanIssueMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `${MISSING}${SEPARATOR}bitte ergänzen (siehe content/README.md)`;
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `Falscher Wert${SEPARATOR}hier gehört ${expected} hin`;
    }
    case 'unrecognized_keys':
      return `Unbekanntes Feld${SEPARATOR}Tippfehler im Feldnamen? Erlaubte Felder stehen in content/README.md`;
    case 'too_small':
      if (issue.origin === 'string') return `Zu kurz${SEPARATOR}mindestens ${String(issue.minimum)} Zeichen schreiben`;
      if (issue.origin === 'array') return `Zu wenige Einträge${SEPARATOR}mindestens ${String(issue.minimum)} angeben`;
      return `Zu klein${SEPARATOR}mindestens ${String(issue.minimum)} angeben`;
    case 'too_big':
      if (issue.origin === 'string') return `Zu lang${SEPARATOR}auf höchstens ${String(issue.maximum)} Zeichen kürzen`;
      if (issue.origin === 'array') return `Zu viele Einträge${SEPARATOR}höchstens ${String(issue.maximum)} angeben`;
      return `Zu groß${SEPARATOR}höchstens ${String(issue.maximum)} angeben`;
    case 'invalid_value':
      // The checker puts the wrong value in front: "„x“ ist hier nicht erlaubt — Erlaubt: …".
      return `Erlaubt: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_union':
      return `Ungültiger Wert: keine der erlaubten Formen passt${SEPARATOR}siehe content/README.md`;
    case 'invalid_format':
      return `Erwartet wird: ${issue.format} (siehe content/README.md)`;
    default:
      return undefined;
  }
}

// A full stop that ends a sentence, not one of "z. B." or "e. V.": the next
// word starts upper case and has at least two more letters.
const SENTENCE_END = /(?<![\s.][a-zA-Z])\.\s+(?=[A-ZÄÖÜ„"][a-zäöüß]{2})/;

/**
 * Brings a message written in the schemas ("what. how" or "what: how") into
 * the form "what — how". A message that names no fix gets `fallbackFix`.
 */
export function withFix(message: string, fallbackFix: string): string {
  if (message.includes(SEPARATOR)) return message;
  const sentence = SENTENCE_END.exec(message);
  if (sentence) {
    return message.slice(0, sentence.index) + SEPARATOR + message.slice(sentence.index + sentence[0].length);
  }
  const colon = message.indexOf(': ');
  if (colon > 0) return message.slice(0, colon) + SEPARATOR + message.slice(colon + 2);
  return `${message}${SEPARATOR}${fallbackFix}`;
}

function label(field: FieldNode | undefined): string {
  return field?.title ? ` „${field.title}“` : '';
}

/** A field written without a value ("summary:") or saved empty: fill it in or, when it is optional, drop the line. */
export function emptyFieldMessage(field: FieldNode | undefined): string {
  const hint = field?.description ? `: ${field.description}` : '';
  if (field && !field.required) return `Feld${label(field)} ist leer${SEPARATOR}ausfüllen${hint}; oder die ganze Zeile löschen, denn das Feld ist freiwillig`;
  return `Pflichtfeld${label(field)} ist leer${SEPARATOR}bitte ausfüllen${hint}`;
}

function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The messages for a wrong value that say exactly what to change: digits YAML
 * read as a number where a text belongs, and a value from a closed list that
 * is nearly right ("Meinten Sie …?"). Undefined where the general message is
 * as good.
 */
export function valueIssueMessage(issue: z.core.$ZodIssue, value: unknown, source: string | undefined, field: FieldNode | undefined): string | undefined {
  const name = typeof issue.path.at(-1) === 'string' ? String(issue.path.at(-1)) : undefined;
  if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    const written = source ?? String(value);
    const kind = typeof value === 'number' ? 'eine Zahl' : 'ein Wahrheitswert';
    return `„${written}“ ohne Anführungszeichen ist für YAML ${kind}, hier gehört aber ein Text hin${SEPARATOR}in Anführungszeichen setzen: ${name ? `${name}: ` : ''}"${written}" (so bleibt es Text, und eine führende 0 wie in „01234“ geht nicht verloren)`;
  }
  const options = issue.code === 'invalid_value' ? issue.values : issue.code === 'invalid_union' && 'options' in issue ? (issue.options as readonly unknown[]) : undefined;
  if (!options || typeof value !== 'string') return undefined;
  const choices = options.filter((o): o is string | number => typeof o === 'string' || typeof o === 'number');
  const suggestion = suggestValue(value, choices);
  const allowed = issue.code === 'invalid_value' && !issue.message.includes(SEPARATOR) ? issue.message : `Erlaubt: ${choices.join(', ')}`;
  if (!suggestion && issue.code === 'invalid_value') return undefined;
  return `„${shortened(value)}“ ist${label(field) ? ` als${label(field)}` : ''} nicht erlaubt${SEPARATOR}${didYouMean(suggestion)}${allowed}`;
}
