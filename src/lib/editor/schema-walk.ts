// Turns the zod schemas into a plain field tree. The editor guide's tables,
// the CMS configuration, the file templates and the "did you mean" hints are
// all read from this one tree, so none of them can drift from the schemas.
import { z } from 'astro/zod';

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
  | 'reference'
  | 'list'
  | 'object'
  | 'variants'
  | 'literal';

export interface FieldNode {
  name: string;
  kind: FieldKind;
  description: string;
  required: boolean;
  defaultValue?: unknown;
  /** Allowed values for select and literal. */
  options?: readonly (string | number)[];
  /** Element of a list. */
  item?: FieldNode;
  /** Sub-fields of an object. */
  fields?: FieldNode[];
  /** Forms of a discriminated union: the key and one field list per value. */
  discriminator?: string;
  variants?: { value: string; fields: FieldNode[] }[];
  /** Target collection folder for references (from the entryId description). */
  collection?: string;
}

// zod 4 keeps its definition on `_zod.def`; the types are internal, so the
// walker reads the few properties it needs through this narrow view.
interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  options?: Schema[];
  discriminator?: string;
  entries?: Record<string, string | number>;
  values?: (string | number)[];
  defaultValue?: unknown;
  format?: string;
  checks?: { _zod: { def: { check?: string; format?: string; pattern?: RegExp } } }[];
}
interface Schema {
  _zod: { def: Def };
  description?: string;
  safeParse?: (value: unknown) => { success: boolean };
}

function asSchema(schema: unknown): Schema {
  return schema as Schema;
}

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'readonly', 'prefault', 'catch', 'nonoptional']);

/** Strips optional/default/... and returns the core schema, the first description seen and required/default. */
export function unwrap(input: z.ZodType | Schema): { core: Schema; description: string; required: boolean; defaultValue?: unknown } {
  let schema = asSchema(input);
  let description = schema.description ?? '';
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const def = schema._zod.def;
    if (def.type === 'optional') required = false;
    if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      defaultValue ??= def.defaultValue;
    }
    let next: Schema | undefined;
    if (WRAPPERS.has(def.type)) next = def.innerType;
    // A transform keeps its input's form: localDate is pipe(union(string, date), transform).
    else if (def.type === 'pipe') next = def.in;
    if (!next) break;
    schema = next;
    description ||= schema.description ?? '';
  }
  return { core: schema, description, required, ...(defaultValue !== undefined ? { defaultValue } : {}) };
}

function stringKind(core: Schema, description: string): { kind: FieldKind; collection?: string } {
  const def = core._zod.def;
  if (def.format === 'email') return { kind: 'email' };
  if (def.format === 'url') return { kind: 'url' };
  const reference = (z.globalRegistry.get(core as unknown as z.ZodType) as { ref?: string } | undefined)?.ref ?? /content\/([a-z]+)\//.exec(description)?.[1];
  const patterns = (def.checks ?? []).map((c) => c._zod.def.pattern?.source ?? '');
  if (patterns.some((p) => p.startsWith('^[a-z0-9]+')) && reference) return { kind: 'reference', collection: reference };
  if (patterns.some((p) => p.includes('[01]\\d|2[0-3]'))) return { kind: 'time' };
  if (patterns.some((p) => p.includes('[0-9 /()-]'))) return { kind: 'phone' };
  return { kind: 'text' };
}

export function describeField(name: string, schema: z.ZodType | Schema): FieldNode {
  const { core, description, required, defaultValue } = unwrap(schema);
  const base = { name, description, required, ...(defaultValue !== undefined ? { defaultValue } : {}) };
  const def = core._zod.def;
  switch (def.type) {
    case 'string': {
      const { kind, collection } = stringKind(core, description);
      // A reference's own description is generic; the field's wording is better, so keep the outer one.
      return { ...base, kind, ...(collection ? { collection } : {}) };
    }
    case 'number':
      return { ...base, kind: 'number' };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'enum':
      return { ...base, kind: 'select', options: Object.values(def.entries ?? {}) };
    case 'literal':
      return { ...base, kind: 'literal', options: def.values ?? [] };
    case 'array':
      return { ...base, kind: 'list', item: describeField('item', def.element as Schema) };
    case 'object':
      return { ...base, kind: 'object', fields: objectFields(core) };
    case 'union': {
      const options = def.options ?? [];
      // Our dates are union(string, date) behind a transform: tell date from date-time by what parses.
      if (options.some((o) => o._zod.def.type === 'date')) {
        const accepts = (v: string) => asSchema(schema).safeParse?.(v).success === true;
        return { ...base, kind: accepts('2026-01-05T10:00') ? 'datetime' : 'date' };
      }
      if (def.discriminator) {
        const key = def.discriminator;
        return {
          ...base,
          kind: 'variants',
          discriminator: key,
          variants: options.map((option) => {
            const fields = objectFields(unwrap(option).core);
            const tag = fields.find((f) => f.name === key);
            return { value: String(tag?.options?.[0] ?? ''), fields };
          }),
        };
      }
      if (options.every((o) => o._zod.def.type === 'literal')) {
        return { ...base, kind: 'select', options: options.flatMap((o) => o._zod.def.values ?? []) };
      }
      throw new Error(`schema-walk: union without discriminator at "${name}" is not supported`);
    }
    default:
      throw new Error(`schema-walk: zod type "${def.type}" at "${name}" is not supported`);
  }
}

function objectFields(core: Schema): FieldNode[] {
  const shape = core._zod.def.shape ?? {};
  return Object.entries(shape).map(([key, value]) => describeField(key, value));
}

/** The fields of a collection schema, top level first. */
export function collectionFields(schema: z.ZodType): FieldNode[] {
  const { core } = unwrap(schema);
  if (core._zod.def.type !== 'object') throw new Error('schema-walk: a collection schema must be an object');
  return objectFields(core);
}

/**
 * Follows a path in the data (numbers are list positions) through the field
 * tree; a variant is chosen by the discriminator value found in the data.
 */
function resolve(
  fields: readonly FieldNode[],
  path: readonly PropertyKey[],
  data: unknown,
): { node?: FieldNode; children: readonly FieldNode[] } | undefined {
  let children: readonly FieldNode[] = fields;
  let value: unknown = data;
  let node: FieldNode | undefined;
  for (const step of path) {
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step as string] : undefined;
    if (typeof step === 'number') {
      if (node?.kind !== 'list' || !node.item) return undefined;
      node = node.item;
    } else {
      node = children.find((f) => f.name === step);
      if (!node) return undefined;
    }
    children = fieldsOf(node, value);
  }
  return { ...(node ? { node } : {}), children };
}

function fieldsOf(node: FieldNode, value: unknown): readonly FieldNode[] {
  if (node.kind === 'object') return node.fields ?? [];
  if (node.kind === 'variants' && node.discriminator) {
    const tag = value && typeof value === 'object' ? (value as Record<string, unknown>)[node.discriminator] : undefined;
    return node.variants?.find((v) => v.value === tag)?.fields ?? [];
  }
  return [];
}

/** The field names allowed at a path in the data, to suggest the nearest name for an unknown field. */
export function allowedKeysAt(fields: readonly FieldNode[], path: readonly PropertyKey[], data: unknown): string[] {
  return (resolve(fields, path, data)?.children ?? []).map((f) => f.name);
}

/** The field at a path in the data, for its description. */
export function fieldAt(fields: readonly FieldNode[], path: readonly PropertyKey[], data: unknown): FieldNode | undefined {
  return resolve(fields, path, data)?.node;
}
