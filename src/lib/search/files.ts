// Reads and checks content/synonyms.yaml and content/search-queries.yaml with
// the same line-numbered problems as the content check, so a bad edit stops
// the build with file, line and field.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { searchQueryListSchema, synonymListSchema, type SearchQuery, type Synonym } from '../../schemas/search.ts';
import { lineOf, readContentFile } from '../content/files.ts';
import { germanIssueMessage } from '../content/messages.ts';
import type { Problem } from '../content/check.ts';

export const SYNONYMS_FILE = 'synonyms.yaml';
export const QUERIES_FILE = 'search-queries.yaml';

interface Checked<T> {
  problems: Problem[];
  data: T[];
}

function checkList<T>(path: string, schema: z.ZodType<T[]>): Checked<T> {
  if (!existsSync(path)) return { problems: [], data: [] };
  const file = readContentFile(path);
  const problems: Problem[] = file.readErrors.map((e) => ({ file: file.file, line: e.line, field: '', message: e.message, severity: 'error' }));
  if (problems.length > 0) return { problems, data: [] };
  const result = schema.safeParse(file.data, { error: germanIssueMessage });
  if (result.success) return { problems, data: result.data };
  for (const issue of result.error.issues) {
    problems.push({
      file: file.file,
      line: lineOf(file, issue.path),
      field: issue.path.map(String).join('.'),
      message: issue.message,
      severity: 'error',
    });
  }
  return { problems, data: [] };
}

export function checkSynonyms(contentRoot: string): Checked<Synonym> {
  return checkList(join(contentRoot, SYNONYMS_FILE), synonymListSchema);
}

export function checkSearchQueries(contentRoot: string): Checked<SearchQuery> {
  return checkList(join(contentRoot, QUERIES_FILE), searchQueryListSchema);
}

/** For tests and the build: the file's entries, or an error listing every problem. */
export function readSearchQueries(path: string): SearchQuery[] {
  const { problems, data } = checkList(path, searchQueryListSchema);
  if (problems.length) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.field} ${p.message}`).join('\n'));
  return data;
}

export function readSynonyms(contentRoot: string): Synonym[] {
  const { problems, data } = checkSynonyms(contentRoot);
  if (problems.length) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.field} ${p.message}`).join('\n'));
  return data;
}
