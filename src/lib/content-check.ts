// Validates every content file with the same schemas the build uses and
// reports every problem at once, each with file, line and field. Astro would
// stop at the first bad entry and only log a dangling reference; the build
// runs this first, so a bad edit never produces a site.
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { ID_PATTERN } from '../schemas/fields.ts';
import { lineOf, lineOfKey, listFiles, readContentFile, type ContentFile } from './content-files.ts';
import { germanIssueMessage } from './issue-messages.ts';
import { checkSearchQueries, checkSynonyms } from './search-files.ts';

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

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function schemaProblems(file: ContentFile, schema: z.ZodType): { problems: Problem[]; data?: Record<string, unknown> } {
  const result = schema.safeParse(file.data, { error: germanIssueMessage });
  if (result.success) return { problems: [], data: result.data as Record<string, unknown> };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file: file.file,
          line: lineOfKey(file, issue.path, key),
          field: formatPath([...issue.path, key]),
          message: issue.message,
          severity: 'error',
        });
      }
      continue;
    }
    problems.push({
      file: file.file,
      line: lineOf(file, issue.path),
      field: formatPath(issue.path),
      message: issue.message,
      severity: 'error',
    });
  }
  return { problems };
}

function referencedIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export function checkContent(contentRoot: string): CheckResult {
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
          message: `In content/${spec.dir}/ sind nur .${spec.extensions.join(' oder .')}-Dateien erlaubt. Datei umbenennen oder verschieben`,
          severity: 'error',
        });
        continue;
      }
      if (!ID_PATTERN.test(file.id)) {
        problems.push({
          file: file.file,
          line: 1,
          field: '',
          message: `Dateiname „${file.id}“ ist keine gültige Kennung: nur Kleinbuchstaben, Ziffern und Bindestriche, keine Umlaute (z. B. „netz-cafe.${file.extension}“)`,
          severity: 'error',
        });
      }
      const earlier = seen.get(file.id);
      if (earlier) {
        problems.push({
          file: file.file,
          line: 1,
          field: '',
          message: `Kennung „${file.id}“ gibt es schon (${earlier}). Jede Datei braucht einen eigenen Namen`,
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
        const checked = schemaProblems(file, spec.schema);
        problems.push(...checked.problems);
        entry.data = checked.data;
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
        if (ids.get(target)?.has(id)) return;
        const path = Array.isArray(value) ? [field, index] : [field];
        problems.push({
          file: entry.file.file,
          line: lineOf(entry.file, path),
          field: formatPath(path),
          message: `„${id}“ gibt es nicht in content/${COLLECTIONS[target].dir}/. Schreibweise prüfen (Dateiname ohne Endung) oder den Eintrag anlegen`,
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

export function formatProblem(problem: Problem): string {
  const field = problem.field ? ` ${problem.field}:` : '';
  const prefix = problem.severity === 'warning' ? 'Warnung: ' : '';
  return `${problem.file}:${problem.line}:${field} ${prefix}${problem.message}`;
}

export function errorsOnly(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}
