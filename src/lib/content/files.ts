// The one reader of content files: the content check, and through it the
// build, reads every file here and nowhere else. It keeps the YAML documents
// so that problems can be reported with their line numbers.
import { lstatSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { isRealDirectory, readRegularFile, regularFileNames, type SafeRead } from './file-safety.ts';
import { fieldsBeforeErrors, frontMatterProblem, yamlErrorsToShow } from './yaml-errors.ts';
import { yamlData, yamlSafetyErrors } from './yaml-safety.ts';

export interface ContentFile {
  /** Path relative to the working directory, for messages. */
  file: string;
  /** Entry id: the file name without its ending. */
  id: string;
  extension: string;
  /** The parsed YAML (front matter for Markdown), or undefined where it failed. */
  document?: Document;
  data?: unknown;
  /** Markdown body after the front matter ('' for YAML files). */
  body: string;
  /** Line in the file where the YAML starts (1 for .yaml, 2 for front matter). */
  yamlStartLine: number;
  /** Line in the file where the Markdown body starts. */
  bodyStartLine: number;
  lineCounter: LineCounter;
  /** Problems found while reading: syntax, empty file, missing front matter. */
  readErrors: { line: number; message: string }[];
  /**
   * With a YAML error: the fields that stand complete before it, so that they
   * (and the Markdown body) are still checked. Never used to build the site.
   */
  partialData?: Record<string, unknown>;
}

// Front matter starts with a first line "---" and ends at the next line that
// is "---" and nothing else (trailing spaces aside): a "---" inside a value
// or further along a line never ends it.
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** The regular files of a content folder; links and special files are never listed (file-safety.ts reports them). */
export function listFiles(dir: string): string[] {
  if (!isRealDirectory(dir)) return [];
  return regularFileNames(dir).filter((name) => !name.startsWith('.') && name !== 'README.md');
}

/**
 * A file that is not an entry (the logo): its path for messages and its text, read like every
 * content file (never through a link); undefined when there is nothing at the path.
 */
export function readAssetFile(path: string, cwd = process.cwd()): ({ file: string } & SafeRead) | undefined {
  try {
    lstatSync(path);
  } catch {
    return undefined;
  }
  return { file: relative(cwd, path) || path, ...readRegularFile(path) };
}

export function readContentFile(path: string, cwd = process.cwd()): ContentFile {
  const name = path.split('/').pop() ?? path;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  const id = dot > 0 ? name.slice(0, dot) : name;
  const read = readRegularFile(path);
  const lineCounter = new LineCounter();
  const result: ContentFile = {
    file: relative(cwd, path) || path,
    id,
    extension,
    body: '',
    yamlStartLine: 1,
    bodyStartLine: 1,
    lineCounter,
    readErrors: [],
  };
  if ('problem' in read) {
    result.readErrors.push({ line: read.line ?? 1, message: read.problem });
    return result;
  }
  const text = read.text;
  if (text.trim() === '') {
    result.readErrors.push({ line: 1, message: 'Die Datei ist leer — Vorlage mit „npm run new“ anlegen oder Datei löschen' });
    return result;
  }
  let yamlText = text;
  if (extension === 'md') {
    const match = FRONT_MATTER.exec(text);
    if (!match || match.index !== 0) {
      result.readErrors.push(frontMatterProblem(text));
      return result;
    }
    yamlText = match[1] ?? '';
    result.body = text.slice(match[0].length);
    result.yamlStartLine = 2;
    result.bodyStartLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  }
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const partial = fieldsBeforeErrors(document, lineCounter);
    for (const error of yamlErrorsToShow(document.errors, yamlText, lineCounter, result.yamlStartLine, partial?.nextLine)) {
      result.readErrors.push({ line: error.line, message: `YAML-Fehler: ${error.message}` });
    }
    if (partial && yamlSafetyErrors(document, lineCounter).length === 0) {
      result.document = document;
      result.partialData = partial.fields;
    }
    return result;
  }
  const unsafe = yamlSafetyErrors(document, lineCounter);
  for (const error of unsafe) result.readErrors.push({ line: error.line + result.yamlStartLine - 1, message: `YAML-Fehler: ${error.message}` });
  if (unsafe.length > 0) return result;
  const converted = yamlData(document);
  if ('error' in converted) {
    result.readErrors.push({ line: result.yamlStartLine, message: `YAML-Fehler: ${converted.error}` });
    return result;
  }
  result.document = document;
  result.data = converted.data;
  return result;
}

/** Line (1-based, in the file) of the value at a path in the YAML, or of its nearest existing parent. */
export function lineOf(file: ContentFile, path: readonly PropertyKey[]): number {
  const document = file.document;
  if (!document) return file.yamlStartLine;
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && node.range) {
      return file.lineCounter.linePos(node.range[0]).line + file.yamlStartLine - 1;
    }
  }
  return file.yamlStartLine;
}

/** Line of a key itself (for unknown fields), falling back to the parent's line. */
export function lineOfKey(file: ContentFile, parent: readonly PropertyKey[], key: string): number {
  const document = file.document;
  if (!document) return file.yamlStartLine;
  const map = (parent.length ? document.getIn(parent as unknown[], true) : document.contents) as
    | { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] }
    | undefined;
  const pair = map?.items?.find((item) => item.key?.value === key);
  if (pair?.key?.range) return file.lineCounter.linePos(pair.key.range[0]).line + file.yamlStartLine - 1;
  return lineOf(file, parent);
}

export { join };
