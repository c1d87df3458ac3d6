// The fields of a content schema as a plain tree, read from zod's own JSON
// Schema export (z.toJSONSchema) with the metadata every field declares in
// src/schemas/ (label, hint, reference target, kind of input). The content
// check's hints, the CMS configuration, the editor guide and the file
// templates are all made from this one tree, so none of them can drift from
// the schemas, and nothing here reads zod's internals.
import { z } from 'astro/zod';
import type { CollectionName } from '../../schemas/index.ts';
import type { FieldInput } from '../../schemas/meta.ts';

export type FieldKind =
  | 'text'
  | 'number'
  | 'boolean'
  | 'select'
  | 'date'
  | 'datetime'
  | 'time'
  | 'email'
  | 'url'
  | 'phone'
  | 'color'
  | 'image'
  | 'reference'
  | 'list'
  | 'object'
  | 'variants'
  | 'literal';

export interface FieldNode {
  name: string;
  kind: FieldKind;
  /** Short German label, declared in the schema. */
  title: string;
  /** The editor's hint, declared in the schema ('' when there is none). */
  description: string;
  required: boolean;
  defaultValue?: unknown;
  /** Allowed values for select and literal. */
  options?: readonly (string | number)[];
  /** Element of a list. */
  item?: FieldNode;
  /** Sub-fields of an object. */
  fields?: FieldNode[];
  /** Forms of a variant field: the key that tells them apart, and the fields of each. */
  discriminator?: string;
  variants?: { value: string; title: string; description: string; fields: FieldNode[] }[];
  /** Target collection of a reference. */
  collection?: CollectionName;
  /** Longer text: a box with several lines in the CMS. */
  multiline?: boolean;
  /** Regular expression the text must match, as the schema says it. */
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  /** Text a translation file may carry (schemas/meta.ts, `translate`). */
  translatable?: boolean;
}

/** The part of JSON Schema (draft 2020-12) that zod writes for our schemas, plus our metadata keys. */
interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  format?: string;
  pattern?: string;
  enum?: (string | number)[];
  const?: string | number;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  ref?: CollectionName;
  input?: FieldInput;
  translate?: boolean;
}

/** The input side of a schema as JSON Schema: what an editor writes, before defaults and transforms. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

const INPUT_KINDS: Record<FieldInput, FieldKind | undefined> = {
  date: 'date',
  datetime: 'datetime',
  time: 'time',
  phone: 'phone',
  url: 'url',
  color: 'color',
  image: 'image',
  multiline: undefined,
};

/** The property all forms of a oneOf fix to a different constant: the variant key. */
function discriminatorOf(options: readonly JsonSchema[]): string | undefined {
  const first = options[0]?.properties ?? {};
  return Object.keys(first).find((key) =>
    options.every((option) => option.properties?.[key]?.const !== undefined && option.required?.includes(key)),
  );
}

function kindOf(json: JsonSchema): FieldKind {
  const declared = json.input ? INPUT_KINDS[json.input] : undefined;
  if (declared) return declared;
  if (json.ref) return 'reference';
  if (json.const !== undefined) return 'literal';
  if (json.enum) return 'select';
  if (json.anyOf?.every((option) => option.const !== undefined)) return 'select';
  if (json.oneOf && discriminatorOf(json.oneOf)) return 'variants';
  switch (json.type) {
    case 'string':
      if (json.format === 'email') return 'email';
      if (json.format === 'uri') return 'url';
      return 'text';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'object':
      return 'object';
    default:
      throw new Error(`fields: no field kind for ${JSON.stringify(json).slice(0, 120)}`);
  }
}

function objectFields(json: JsonSchema): FieldNode[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => toNode(name, property, required.has(name)));
}

function toNode(name: string, json: JsonSchema, required: boolean): FieldNode {
  const kind = kindOf(json);
  const node: FieldNode = { name, kind, title: json.title ?? '', description: json.description ?? '', required };
  if (json.default !== undefined) node.defaultValue = json.default;
  if (json.ref) node.collection = json.ref;
  if (json.input === 'multiline') node.multiline = true;
  if (json.translate === true) node.translatable = true;
  for (const key of ['pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems'] as const) {
    if (json[key] !== undefined) (node as unknown as Record<string, unknown>)[key] = json[key];
  }
  switch (kind) {
    case 'select':
      node.options = json.enum ?? (json.anyOf ?? []).map((option) => option.const as string | number);
      break;
    case 'literal':
      node.options = [json.const as string | number];
      break;
    case 'list':
      node.item = toNode('item', json.items ?? {}, true);
      break;
    case 'object':
      node.fields = objectFields(json);
      break;
    case 'variants': {
      const options = json.oneOf ?? [];
      const key = discriminatorOf(options) as string;
      node.discriminator = key;
      node.variants = options.map((option) => ({
        value: String(option.properties?.[key]?.const),
        title: option.title ?? '',
        description: option.description ?? '',
        fields: objectFields(option),
      }));
      break;
    }
    default:
      break;
  }
  return node;
}

/** The whole schema as one field (an object for collections, a list for list files). */
export function fieldTree(schema: z.ZodType, name = ''): FieldNode {
  return toNode(name, jsonSchemaOf(schema), true);
}

/** The fields of a collection schema, top level first. */
export function collectionFields(schema: z.ZodType): FieldNode[] {
  const root = fieldTree(schema);
  if (root.kind !== 'object') throw new Error('fields: a collection schema must be an object');
  return root.fields ?? [];
}

/** Sub-fields of a field for a value in the data; a variant is chosen by its key's value. */
export function childrenOf(node: FieldNode, value: unknown): readonly FieldNode[] {
  if (node.kind === 'object') return node.fields ?? [];
  if (node.kind === 'variants' && node.discriminator) {
    const tag = value && typeof value === 'object' ? (value as Record<string, unknown>)[node.discriminator] : undefined;
    return node.variants?.find((v) => v.value === tag)?.fields ?? [];
  }
  return [];
}

/** Follows a path in the data (numbers are list positions) from the root field. */
function resolve(root: FieldNode, path: readonly PropertyKey[], data: unknown): { node: FieldNode; value: unknown } | undefined {
  let node = root;
  let value = data;
  for (const step of path) {
    const next = typeof step === 'number' ? (node.kind === 'list' ? node.item : undefined) : childrenOf(node, value).find((f) => f.name === step);
    if (!next) return undefined;
    node = next;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step as string] : undefined;
  }
  return { node, value };
}

/** The field names allowed at a path in the data, to suggest the nearest name for an unknown field. */
export function allowedKeysAt(root: FieldNode, path: readonly PropertyKey[], data: unknown): string[] {
  const found = resolve(root, path, data);
  return found ? childrenOf(found.node, found.value).map((f) => f.name) : [];
}

/** The field at a path in the data, for its description. */
export function fieldAt(root: FieldNode, path: readonly PropertyKey[], data: unknown): FieldNode | undefined {
  return path.length ? resolve(root, path, data)?.node : undefined;
}
