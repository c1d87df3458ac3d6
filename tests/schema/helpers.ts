// Runs the real content check on a copy of the valid fixture tree with one
// entry added or replaced, and returns the problems of that entry.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkSite } from '../../src/lib/content/check.ts';
import { formatProblem, type Problem } from '../../src/lib/content/messages.ts';

export const VALID_TREE = resolve(import.meta.dirname, '../fixtures/valid');
const NOW = new Date('2026-05-01T12:00:00Z');

export async function problemsOf(folder: string, fileName: string, text: string): Promise<Problem[]> {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(VALID_TREE, root, { recursive: true });
  writeFileSync(join(root, folder, fileName), text);
  const { problems } = await checkSite(root, { now: NOW });
  return problems.filter((p) => p.file.endsWith(`${folder}/${fileName}`));
}

/** Markdown file text from front-matter lines. */
export function md(lines: readonly string[], body = ''): string {
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

export function lines(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

/** Replaces (or with `undefined` removes) the line starting with `key:` in a list of YAML lines. */
export function without(source: readonly string[], key: string): string[] {
  return source.filter((line) => !line.startsWith(`${key}:`));
}

export function replace(source: readonly string[], key: string, value: string): string[] {
  return source.map((line) => (line.startsWith(`${key}:`) ? `${key}: ${value}` : line));
}
