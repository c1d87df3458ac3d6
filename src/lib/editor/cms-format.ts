// The form in which the CMS writes a content file, reproduced outside the
// browser: same key order (the order of the fields in config.yml), same
// filled-in values, same YAML style. A file in this form, saved unchanged in
// the CMS, comes back byte for byte; an edit in the CMS then shows in a merge
// request as exactly the lines the editor changed. `npm run format` brings
// hand-written files into this form; the CMS round-trip test
// (tests/e2e/cms-round-trip.test.ts) checks it against Sveltia itself.
//
// What Sveltia does on save, with the output options in cms-config.ts
// (services/contents/draft/create/normalize.js and draft/save/serialize.js in its source):
// - a field missing from the file gets its default: a switch `false`, else the field's `default`;
// - a number in a text field becomes text;
// - an optional field left empty (null, '', [], {}) is left out;
// - keys follow the order of the fields in config.yml; the type key of a variant comes first;
// - YAML: 2 spaces, "- " lists, no line wrapping, quotes only where needed (single quotes).
import { isNode, parse, parseDocument, stringify, visit } from 'yaml';

export interface FormatField {
  name: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  multiple?: boolean;
  fields?: readonly FormatField[];
  types?: readonly { name: string; fields: readonly FormatField[] }[];
  typeKey?: string;
  /** Sveltia's i18n mark: true (or 'duplicate') when the field is saved in every language's file. */
  i18n?: boolean | string;
}

const TEXT_WIDGETS = new Set(['string', 'text', 'markdown', 'datetime', 'select', 'relation']);

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compare(a: string, b: string): number {
  return a.localeCompare(b, 'en');
}

function subFields(field: FormatField, value: Record<string, unknown>): { typeKey?: string; fields: readonly FormatField[] } | undefined {
  if (field.types) {
    const typeKey = field.typeKey ?? 'type';
    const type = field.types.find((t) => t.name === value[typeKey]);
    return type ? { typeKey, fields: type.fields } : undefined;
  }
  return field.fields ? { fields: field.fields } : undefined;
}

function formatObject(fields: readonly FormatField[], value: Record<string, unknown>, typeKey?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeKey && typeKey in value) out[typeKey] = value[typeKey];
  for (const field of fields) {
    const formatted = formatValue(field, value[field.name], field.name in value);
    if (formatted !== undefined) out[field.name] = formatted;
  }
  // Keys the config does not know (the check reports them) stay, sorted, at the end.
  for (const key of Object.keys(value).sort(compare)) {
    if (!(key in out) && key !== typeKey && !fields.some((f) => f.name === key)) out[key] = value[key];
  }
  return out;
}

function filled(field: FormatField, value: unknown, present: boolean): unknown {
  if (present && value !== undefined) return value;
  if (field.widget === 'boolean') return typeof field.default === 'boolean' ? field.default : false;
  return field.default;
}

function formatValue(field: FormatField, raw: unknown, present: boolean): unknown {
  let value = filled(field, raw, present);
  if (TEXT_WIDGETS.has(field.widget) && !field.multiple && (typeof value === 'number' || typeof value === 'boolean')) value = String(value);
  if (field.widget === 'object' && isRecord(value)) {
    const sub = subFields(field, value);
    if (sub) value = formatObject(sub.fields, value, sub.typeKey);
  }
  if (field.widget === 'list' && Array.isArray(value) && (field.fields || field.types)) {
    value = value.map((item: unknown) => {
      if (!isRecord(item)) return item;
      const sub = subFields(field, item);
      return sub ? formatObject(sub.fields, item, sub.typeKey) : item;
    });
  }
  if (field.required === false && isEmpty(value)) return undefined;
  return value;
}

/** Sveltia's YAML style (services/contents/file/format.js, formatYAML with quote: none). */
export function formatYaml(data: unknown): string {
  return stringify(data, null, {
    indent: 2,
    indentSeq: true,
    lineWidth: 0,
    defaultKeyType: 'PLAIN',
    defaultStringType: 'PLAIN',
    singleQuote: true,
  }).trim();
}

const FRONT_MATTER = /^---\n(?<head>[\s\S]*?)\n---(?:\n(?<body>[\s\S]*))?$/;

/**
 * A content file's text in the CMS's form. `fields`: the collection's fields from config.yml,
 * without the Markdown body. Returns undefined when the file cannot be read as the CMS reads it
 * (a YAML error): the content check reports that.
 */
export function formatContentFile(text: string, fields: readonly FormatField[], markdown: boolean): string | undefined {
  const normalized = text.trim().replace(/\r\n?/g, '\n');
  let head = normalized;
  let body = '';
  if (markdown) {
    const match = FRONT_MATTER.exec(normalized);
    if (!match?.groups) return undefined;
    head = match.groups['head'] ?? '';
    body = (match.groups['body'] ?? '').replace(/^\n/, '');
  }
  let data: unknown;
  try {
    data = parse(head);
  } catch {
    return undefined;
  }
  if (!isRecord(data)) return undefined;
  const yaml = formatYaml(formatObject(fields, data));
  return markdown ? `---\n${yaml}\n---\n${body ? `\n${body}\n` : ''}` : `${yaml}\n`;
}

/**
 * Whether a file's YAML carries comments. The CMS drops them when it saves the file, and so would
 * formatting; `npm run format` leaves such files alone and says so.
 */
export function hasYamlComments(text: string, markdown: boolean): boolean {
  const normalized = text.trim().replace(/\r\n?/g, '\n');
  const head = markdown ? (FRONT_MATTER.exec(normalized)?.groups?.['head'] ?? '') : normalized;
  const document = parseDocument(head);
  if (document.commentBefore || document.comment) return true;
  let found = false;
  visit(document, (_key, node) => {
    if (isNode(node) && (node.commentBefore || node.comment)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

export interface FormatCollection {
  folder: string;
  extension: string;
  fields: readonly FormatField[];
}

/** The collection of config.yml a repository path belongs to, if any. */
export function collectionOf<C extends FormatCollection>(collections: readonly C[], path: string): C | undefined {
  return collections.find((c) => path.startsWith(`${c.folder}/`) && !path.slice(c.folder.length + 1).includes('/') && path.endsWith(`.${c.extension}`));
}

/**
 * The fields of a translation file (netz-cafe.en.md) as the CMS writes it: only those it edits per
 * language, in the order of config.yml; objects and lists keep only their translated parts.
 */
export function translationFields(fields: readonly FormatField[]): FormatField[] {
  return fields
    .filter((field) => field.i18n === true || field.i18n === 'duplicate')
    .map((field) => ({
      ...field,
      ...(field.fields ? { fields: translationFields(field.fields) } : {}),
      ...(field.types ? { types: field.types.map((type) => ({ ...type, fields: translationFields(type.fields) })) } : {}),
    }));
}

/** A repository file in the CMS's form; undefined for files outside a collection or unreadable ones. */
export function formatRepositoryFile(collections: readonly FormatCollection[], path: string, text: string): string | undefined {
  const collection = collectionOf(collections, path);
  if (!collection) return undefined;
  const markdown = collection.extension === 'md';
  const name = path.split('/').pop() ?? path;
  // A translation (netz-cafe.en.md) holds the fields edited per language only.
  const translation = /\.[a-z]{2,3}$/.test(name.slice(0, -collection.extension.length - 1));
  const fields = translation ? translationFields(collection.fields) : collection.fields;
  // Without the site's languages the config edits nothing per language: leave translations alone.
  if (translation && fields.length === 0) return undefined;
  return formatContentFile(text, markdown ? fields.filter((f) => f.name !== 'body') : fields, markdown);
}
