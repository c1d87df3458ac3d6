// Every field of every content schema declares what editors read about it:
// a short German label and, where the type says too little, a hint.
import { describe, expect, it } from 'vitest';
import { fieldTree, type FieldNode } from '../../src/lib/content/fields.ts';
import { COLLECTIONS, LIST_FILES } from '../../src/schemas/index.ts';

/** Every field below a node, with its path; list items stand for their list. */
function fieldsBelow(node: FieldNode, path: string): { path: string; field: FieldNode }[] {
  const children = [
    ...(node.fields ?? []).map((f) => ({ path: `${path}.${f.name}`, field: f })),
    ...(node.variants ?? []).flatMap((v) => v.fields.filter((f) => f.name !== node.discriminator).map((f) => ({ path: `${path}[${v.value}].${f.name}`, field: f }))),
    ...(node.item && (node.item.kind === 'object' || node.item.kind === 'variants') ? [{ path: `${path}[]`, field: node.item }] : []),
  ];
  return children.flatMap((child) => [...(child.path.endsWith('[]') ? [] : [child]), ...fieldsBelow(child.field, child.path)]);
}

const SCHEMAS = [...Object.entries(COLLECTIONS), ...Object.entries(LIST_FILES)].map(([name, spec]) => [name, spec.schema] as const);

describe('schema metadata', () => {
  it.each(SCHEMAS)('%s: every field has a label, and hints name no folder or field id', (name, schema) => {
    const fields = fieldsBelow(fieldTree(schema), name);
    expect(fields.length).toBeGreaterThan(1);
    for (const { path, field } of fields) {
      expect(field.title, `${path} declares no title`).not.toBe('');
      expect(field.description, path).not.toMatch(/content\/|Kennung|\(Feld /);
    }
  });

  it.each(SCHEMAS)('%s: every form of a variant field has a label', (_name, schema) => {
    const variantFields = fieldsBelow(fieldTree(schema), '').filter(({ field }) => field.kind === 'variants' || field.item?.kind === 'variants');
    for (const { field } of variantFields) for (const variant of (field.variants ?? field.item?.variants)!) expect(variant.title, variant.value).not.toBe('');
  });

  it('marks references with their collection', () => {
    const offer = fieldTree(COLLECTIONS.offers.schema);
    expect(offer.fields?.find((f) => f.name === 'partners')?.item).toMatchObject({ kind: 'reference', collection: 'partners' });
    expect(offer.fields?.find((f) => f.name === 'location')).toMatchObject({ kind: 'reference', collection: 'locations' });
  });
});
