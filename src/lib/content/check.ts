// Validates every content file with the same schemas the build uses and
// reports every problem at once, each with file, line and field. Astro would
// stop at the first bad entry and only log a dangling reference; the build
// runs this first, so a bad edit never produces a site.
import { join } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../../schemas/index.ts';
import { ID_PATTERN } from '../../schemas/fields.ts';
import { checkBody } from './body.ts';
import { lineOf, lineOfKey, listFiles, readContentFile, type ContentFile } from './files.ts';
import { MISSING, SEPARATOR, germanIssueMessage, withFix } from './messages.ts';
import { buildNow } from '../dates/now.ts';
import { allowedKeysAt, collectionFields, fieldAt, type FieldNode } from '../editor/schema-walk.ts';
import { checkSearchQueries, checkSynonyms } from '../search/files.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  line: number;
  /** Dotted field path, e.g. "schedule.rules.0.end"; '' for the whole file. */
  field: string;
  message: string;
  severity: Severity;
}

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: ContentFile;
  /** Parsed data (defaults applied) when the entry is valid. */
  data?: Record<string, unknown>;
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}

export interface CheckOptions {
  /** "Today" for the freshness warning; defaults to buildNow(). */
  now?: Date;
}

/** Entries not reviewed for this many months get a warning. */
export const STALE_AFTER_MONTHS = 12;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

// How to fix a refinement that compares two fields, by the field it points at.
const FIXES_BY_FIELD: Record<string, string> = {
  end: '„end“ auf einen späteren Zeitpunkt als „start“ setzen',
  to: '„to“ auf denselben oder einen späteren Tag als „from“ setzen',
  validUntil: '„validUntil“ auf denselben oder einen späteren Tag als „validFrom“ setzen',
  address: 'eines der beiden Felder löschen',
};

function fixFor(field: FieldNode | undefined, path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  if (typeof last === 'string' && FIXES_BY_FIELD[last]) return FIXES_BY_FIELD[last];
  if (field?.description) return `so ist es richtig: ${field.description}`;
  return 'siehe content/README.md';
}

/** The allowed name closest to a mistyped one, if it is plausibly a typo. */
export function suggestField(unknown: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const lower = unknown.toLowerCase();
  const exactCase = allowed.find((name) => name.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const best = closest(lower, allowed.map((name) => name.toLowerCase()));
  const match = allowed.find((name) => name.toLowerCase() === best);
  if (!match) return undefined;
  return distance(lower, best) <= Math.max(2, Math.floor(match.length / 3)) ? match : undefined;
}

function unknownFieldMessage(key: string, allowed: readonly string[]): string {
  const suggestion = suggestField(key, allowed);
  if (suggestion) return `Unbekanntes Feld „${key}“${SEPARATOR}Meinten Sie „${suggestion}“? Sonst das Feld löschen`;
  const list = allowed.length ? `; erlaubt sind: ${allowed.join(', ')}` : '';
  return `Unbekanntes Feld „${key}“${SEPARATOR}Feld löschen oder Namen korrigieren${list}`;
}

const fieldCache = new WeakMap<CollectionSpec, FieldNode[]>();
function fieldsOf(spec: CollectionSpec): FieldNode[] {
  let fields = fieldCache.get(spec);
  if (!fields) {
    fields = collectionFields(spec.schema);
    fieldCache.set(spec, fields);
  }
  return fields;
}

function schemaProblems(file: ContentFile, spec: CollectionSpec): { problems: Problem[]; data?: Record<string, unknown> } {
  const result = spec.schema.safeParse(file.data, { error: germanIssueMessage });
  if (result.success) return { problems: [], data: result.data as Record<string, unknown> };
  const fields = fieldsOf(spec);
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(fields, issue.path, file.data);
      for (const key of issue.keys) {
        problems.push({
          file: file.file,
          line: lineOfKey(file, issue.path, key),
          field: formatPath([...issue.path, key]),
          message: unknownFieldMessage(key, allowed),
          severity: 'error',
        });
      }
      continue;
    }
    const field = fieldAt(fields, issue.path, file.data);
    let message: string;
    const missing = valueAt(file.data, issue.path) === undefined && isMissable(issue.code);
    if (missing || issue.message.startsWith(MISSING)) {
      message = `${MISSING}${SEPARATOR}bitte ergänzen${field?.description ? `: ${field.description}` : ' (siehe content/README.md)'}`;
    } else if ((issue.code === 'invalid_value' || issue.code === 'invalid_format') && !issue.message.includes(SEPARATOR)) {
      // The schema's own text for these says what is allowed: it is the fix.
      message = `${quoted(valueAt(file.data, issue.path))} ist hier nicht erlaubt${SEPARATOR}${issue.message}`;
    } else {
      message = withFix(issue.message, fixFor(field, issue.path));
    }
    problems.push({
      file: file.file,
      line: lineOf(file, issue.path),
      field: formatPath(issue.path),
      message,
      severity: 'error',
    });
  }
  return { problems };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step as string] : undefined;
  return value;
}

function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `„${text.length > 60 ? `${text.slice(0, 57)}…` : text}“`;
}

// A field that is simply absent fails its type, enum or union check: say "missing", not "wrong".
function isMissable(code: string): boolean {
  return code === 'invalid_type' || code === 'invalid_value' || code === 'invalid_union';
}

/** Today's date in Werne as YYYY-MM-DD, whatever the machine's time zone. */
export function berlinDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** True when `reviewed` (YYYY-MM-DD) lies more than STALE_AFTER_MONTHS before `today`. */
export function isStale(reviewed: string, today: string): boolean {
  const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) + STALE_AFTER_MONTHS;
  const limit = `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return limit < today;
}

function referencedIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export function checkContent(contentRoot: string, options: CheckOptions = {}): CheckResult {
  const today = berlinDate(options.now ?? buildNow());
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const ids = new Map<CollectionName, Map<string, string>>();

  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const seen = new Map<string, string>();
    ids.set(name, seen);
    const dir = join(contentRoot, spec.dir);
    for (const fileName of listFiles(dir)) {
      const file = readContentFile(join(dir, fileName));
      if (!(spec.extensions as readonly string[]).includes(file.extension)) {
        problems.push({
          file: file.file,
          line: 1,
          field: '',
          message: `In content/${spec.dir}/ sind nur .${spec.extensions.join(' oder .')}-Dateien erlaubt — Datei umbenennen oder verschieben`,
          severity: 'error',
        });
        continue;
      }
      if (!ID_PATTERN.test(file.id)) {
        problems.push({
          file: file.file,
          line: 1,
          field: '',
          message: `Dateiname „${file.id}“ ist keine gültige Kennung — umbenennen: nur Kleinbuchstaben, Ziffern und Bindestriche, keine Umlaute (z. B. „netz-cafe.${file.extension}“)`,
          severity: 'error',
        });
      }
      const earlier = seen.get(file.id);
      if (earlier) {
        problems.push({
          file: file.file,
          line: 1,
          field: '',
          message: `Kennung „${file.id}“ gibt es schon (${earlier}) — eine der Dateien umbenennen: jede braucht einen eigenen Namen`,
          severity: 'error',
        });
      } else {
        seen.set(file.id, file.file);
      }
      for (const error of file.readErrors) {
        problems.push({ file: file.file, line: error.line, field: '', message: error.message, severity: 'error' });
      }
      const entry: CheckedEntry = { collection: name, id: file.id, file };
      if (file.readErrors.length === 0) {
        const checked = schemaProblems(file, spec);
        problems.push(...checked.problems);
        if (checked.data) entry.data = checked.data;
        for (const body of checkBody(file.body, file.bodyStartLine)) {
          problems.push({ file: file.file, line: body.line, field: 'Text', message: body.message, severity: 'error' });
        }
        const reviewed = checked.data?.['reviewed'];
        if (typeof reviewed === 'string' && isStale(reviewed, today)) {
          problems.push({
            file: file.file,
            line: lineOf(file, ['reviewed']),
            field: 'reviewed',
            message: `Zuletzt geprüft am ${reviewed}, vor mehr als ${STALE_AFTER_MONTHS} Monaten${SEPARATOR}Angaben beim Anbieter nachfragen und „reviewed“ auf das Datum der Prüfung setzen`,
            severity: 'warning',
          });
        }
      }
      entries.push(entry);
    }
  }

  for (const entry of entries) {
    const spec = COLLECTIONS[entry.collection];
    const data = (entry.data ?? entry.file.data) as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object') continue;
    for (const [field, target] of Object.entries(spec.references)) {
      const value = data[field];
      const list = referencedIds(value);
      list.forEach((id, index) => {
        if (list.indexOf(id) !== index) {
          problems.push({
            file: entry.file.file,
            line: lineOf(entry.file, [field, index]),
            field: formatPath([field, index]),
            message: `„${id}“ steht mehrfach in „${field}“${SEPARATOR}den doppelten Eintrag löschen`,
            severity: 'error',
          });
          return;
        }
        if (ids.get(target)?.has(id)) return;
        const path = Array.isArray(value) ? [field, index] : [field];
        problems.push({
          file: entry.file.file,
          line: lineOf(entry.file, path),
          field: formatPath(path),
          message: `„${id}“ gibt es nicht in content/${COLLECTIONS[target].dir}/${SEPARATOR}Schreibweise prüfen (Dateiname ohne Endung) oder den Eintrag anlegen`,
          severity: 'error',
        });
      });
    }
  }

  // The search's editor files sit at the top of content/, outside the collections.
  problems.push(...checkSynonyms(contentRoot).problems, ...checkSearchQueries(contentRoot).problems);

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, entries };
}

const checkedInBuild = new Map<string, CheckResult>();

/**
 * The content check's result for a content folder, computed once per process:
 * the build checks before rendering and the search index needs the same entries
 * after rendering. Only for one-shot builds; the dev server re-checks on reload.
 */
export function checkContentOnce(contentRoot: string): CheckResult {
  let result = checkedInBuild.get(contentRoot);
  if (!result) {
    result = checkContent(contentRoot);
    checkedInBuild.set(contentRoot, result);
  }
  return result;
}

export function formatProblem(problem: Problem): string {
  const field = problem.field ? ` ${problem.field}:` : '';
  const prefix = problem.severity === 'warning' ? 'Warnung: ' : '';
  return `${problem.file}:${problem.line}:${field} ${prefix}${problem.message}`;
}

export function errorsOnly(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}
