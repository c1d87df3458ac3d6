import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { backendFromEnv, cmsConfig, cmsConfigYaml } from '../../src/lib/editor/cms-config.ts';
import { jsonSchemaOf } from '../../src/lib/content/fields.ts';
import { BODY_FIELD, COLLECTIONS, LIST_FILES, SITE_FILE, type CollectionName } from '../../src/schemas/index.ts';

interface Field {
  name: string;
  widget: string;
  label?: string;
  hint?: string;
  pattern?: [string, string];
  fields?: Field[];
  types?: { name: string; label: string; fields: Field[] }[];
  typeKey?: string;
}

// Field paths straight from the zod 4 schema objects (not through the walker the generator uses).
function schemaPaths(schema: unknown, prefix = ''): string[] {
  let s = schema as { _zod: { def: Record<string, unknown> } };
  for (;;) {
    const def = s._zod.def;
    const next = (def['innerType'] ?? (def['type'] === 'pipe' ? def['in'] : undefined) ?? (def['type'] === 'array' ? def['element'] : undefined)) as typeof s | undefined;
    if (!next) break;
    s = next;
  }
  const def = s._zod.def;
  if (def['type'] === 'object') {
    return Object.entries(def['shape'] as Record<string, unknown>).flatMap(([key, value]) => [`${prefix}${key}`, ...schemaPaths(value, `${prefix}${key}.`)]);
  }
  if (def['type'] === 'union' && def['discriminator']) {
    const key = def['discriminator'] as string;
    return (def['options'] as unknown[]).flatMap((option) => schemaPaths(option, prefix).filter((p) => p !== `${prefix}${key}`));
  }
  return [];
}

function cmsPaths(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((field) => [
    `${prefix}${field.name}`,
    ...cmsPaths(field.fields ?? [], `${prefix}${field.name}.`),
    ...(field.types ?? []).flatMap((type) => cmsPaths(type.fields, `${prefix}${field.name}.`)),
  ]);
}

const CONFIG = parse(cmsConfigYaml({ backend: backendFromEnv({}), siteUrl: 'https://familiennetz.werne.de' })) as {
  publish_mode: string;
  backend: Record<string, string>;
  // A file collection (the list files, the site's settings) has `files` instead of `folder` and `fields`.
  collections: { name: string; folder?: string; extension?: string; fields?: Field[]; files?: { name: string; label?: string; file: string; format?: string; fields: Field[] }[] }[];
};
/** The fields of a collection: a folder's, or those of each of its files. */
const fieldsOf = (c: (typeof CONFIG.collections)[number]): Field[] => c.fields ?? (c.files ?? []).flatMap((f) => f.fields);

describe('CMS config generated from the schemas', () => {
  it.each(Object.keys(COLLECTIONS))('has every field of %s, and no other', (name) => {
    const spec = COLLECTIONS[name as CollectionName];
    const collection = CONFIG.collections.find((c) => c.name === name);
    expect(collection?.folder).toBe(`content/${spec.dir}`);
    expect(collection?.extension).toBe(spec.extensions[0]);
    const inCms = new Set(cmsPaths(collection?.fields ?? []).filter((p) => p !== 'body'));
    expect([...inCms].sort()).toEqual([...new Set(schemaPaths(spec.schema))].sort());
  });

  it.each(Object.entries(LIST_FILES))('lets editors maintain %s: a file of the collection "Suche", a list at the top level with the fields of its schema', (_, spec) => {
    const search = CONFIG.collections.find((c) => c.name === 'suche');
    const file = search?.files?.find((f) => f.file === `content/${spec.file}`);
    expect(file?.format).toBe('yaml');
    expect(file?.fields).toHaveLength(1);
    const list = file!.fields[0]! as Field & { root?: boolean };
    expect(list).toMatchObject({ widget: 'list', root: true, label: spec.schema.meta()?.title });
    const item = (spec.schema as unknown as { element: typeof spec.schema }).element;
    expect(cmsPaths(list.fields ?? []).sort()).toEqual(schemaPaths(item).sort());
    for (const field of list.fields ?? []) expect(field.label, field.name).not.toBe(field.name);
  });

  it('offers the site settings (content/site.yaml) as one file with every field of its schema', () => {
    const settings = CONFIG.collections.find((c) => c.name === 'site');
    expect(settings?.files?.map((f) => f.file)).toEqual([`content/${SITE_FILE.file}`]);
    const inCms = new Set(cmsPaths(fieldsOf(settings!)));
    expect([...inCms].sort()).toEqual([...new Set(schemaPaths(SITE_FILE.schema))].sort());
    const theme = fieldsOf(settings!).find((f) => f.name === 'theme');
    expect(theme?.fields?.find((f) => f.name === 'primary')).toMatchObject({ widget: 'color', label: 'Hauptfarbe' });
  });

  it('uses the editorial workflow (changes become merge requests)', () => {
    expect(CONFIG.publish_mode).toBe('editorial_workflow');
  });

  it('maps the field types: choices, references, lists, variants, dates', () => {
    const offer = fieldsOf(CONFIG.collections.find((c) => c.name === 'offers')!);
    const byName = new Map(offer.map((f) => [f.name, f as Field & Record<string, unknown>]));
    expect(byName.get('topics')).toMatchObject({ widget: 'select', multiple: true });
    expect(byName.get('partners')).toMatchObject({ widget: 'relation', collection: 'partners', multiple: true, value_field: '{{slug}}' });
    expect(byName.get('cost')).toMatchObject({ widget: 'object', typeKey: 'type' });
    expect(byName.get('reviewed')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(byName.get('draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(byName.get('title')).toMatchObject({ label: 'Titel', hint: expect.stringContaining('wie Familien es kennen') });
    expect(byName.get('summary')).toMatchObject({ widget: 'text', minlength: 20, maxlength: 220 });
    const rules = byName.get('schedule')?.fields?.find((f) => f.name === 'rules');
    expect(rules).toMatchObject({ widget: 'list', typeKey: 'repeat' });
    expect(rules?.types?.map((t) => t.name)).toEqual(['wöchentlich', 'monatlich', 'einmalig']);
  });

  it("validates against Sveltia CMS's own JSON schema", () => {
    const require = createRequire(import.meta.url);
    const schemaPath = resolve(require.resolve('@sveltia/cms'), '../../schema/sveltia-cms.json');
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    const valid = validate(cmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://familiennetz.werne.de' }));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

/** Every title the schemas declare, read from their JSON Schema export. */
function declaredTitles(): Set<string> {
  const titles = new Set<string>([BODY_FIELD.title]);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const title = (node as { title?: unknown }).title;
      if (typeof title === 'string') titles.add(title);
      Object.values(node).forEach(walk);
    }
  };
  for (const spec of [...Object.values(COLLECTIONS), ...Object.values(LIST_FILES), SITE_FILE]) walk(jsonSchemaOf(spec.schema));
  return titles;
}

/** [path, label, hint] of every field and every form of a variant field. */
function labels(fields: readonly Field[], prefix = ''): [string, string, string][] {
  return fields.flatMap((field) => [
    [`${prefix}${field.name}`, field.label ?? '', field.hint ?? ''] as [string, string, string],
    ...labels(field.fields ?? [], `${prefix}${field.name}.`),
    ...(field.types ?? []).flatMap((type) => [
      [`${prefix}${field.name}=${type.name}`, type.label, ''] as [string, string, string],
      ...labels(type.fields, `${prefix}${field.name}.`),
    ]),
  ]);
}

describe('CMS labels and hints come from the schemas', () => {
  const all = CONFIG.collections.flatMap((c) => labels(fieldsOf(c)).map(([path, label, hint]) => ({ path: `${c.name}.${path}`, label, hint })));
  const titles = declaredTitles();

  it('gives every field and every form a label the schema declares: no field name, no sentence', () => {
    expect(all.length).toBeGreaterThan(100);
    for (const { path, label } of all) {
      expect(titles.has(label), `${path}: „${label}“ is not declared in a schema`).toBe(true);
      // A field's label is never its name; a form of a variant field may be called like its value.
      if (!path.includes('=')) expect(label, path).not.toBe(path.split('.').pop());
      expect(label.length, path).toBeLessThanOrEqual(40);
      expect(label, path).not.toMatch(/[.:?!=]|^(true|false)\b/);
    }
  });

  it('has none of the labels editors found wrong (issue 16)', () => {
    const found = new Set(all.map((f) => f.label));
    for (const wrong of ['z', 'rules', 'to', 'aktiv', 'geplant', 'summary', 'contactPerson', 'Ist eine Anmeldung nötig? ja', 'true = Straße nicht veröffentlichen']) {
      expect(found.has(wrong), wrong).toBe(false);
    }
  });

  it('writes hints for editors: no field ids, no folder names', () => {
    const hints = all.filter((f) => f.hint);
    expect(hints.length).toBeGreaterThan(50);
    for (const { path, hint } of hints) expect(hint, path).not.toMatch(/\(Feld „|content\/|Kennung/);
  });

  it('takes every pattern from the schema, so the CMS asks for what the check accepts', () => {
    const offer = fieldsOf(CONFIG.collections.find((c) => c.name === 'offers')!);
    const contact = offer.find((f) => f.name === 'contact')?.fields ?? [];
    const phone = contact.find((f) => f.name === 'phone');
    const json = jsonSchemaOf(COLLECTIONS.offers.schema) as { properties: { contact: { properties: { phone: { pattern: string } } } } };
    expect(phone?.pattern?.[0]).toBe(json.properties.contact.properties.phone.pattern);
    expect(new RegExp(phone!.pattern![0]).test('0123 456789')).toBe(true);
    expect(new RegExp(phone!.pattern![0]).test('ruf an')).toBe(false);
  });

  it('writes patterns the CMS can read: it takes a string ending in "/" for a /regex/flags literal', () => {
    const patterns = CONFIG.collections.flatMap((c) => {
      const walk = (fields: readonly Field[]): string[] =>
        fields.flatMap((f) => [...(f.pattern ? [f.pattern[0]] : []), ...walk(f.fields ?? []), ...(f.types ?? []).flatMap((t) => walk(t.fields))]);
      return walk(fieldsOf(c));
    });
    expect(patterns.length).toBeGreaterThan(5);
    for (const pattern of patterns) {
      expect(pattern.endsWith('/'), pattern).toBe(false);
      expect(() => new RegExp(pattern), pattern).not.toThrow();
    }
  });
});

describe('Git host from the environment', () => {
  it('reads the GitLab project and server from GitLab CI, with PKCE login when an app id is set', () => {
    expect(backendFromEnv({ CI_PROJECT_PATH: 'stadt/familiennetz', CI_SERVER_URL: 'https://git.example.org', CMS_APP_ID: 'abc' })).toEqual({
      name: 'gitlab',
      repo: 'stadt/familiennetz',
      branch: 'main',
      base_url: 'https://git.example.org',
      api_root: 'https://git.example.org/api/v4',
      auth_endpoint: 'oauth/authorize',
      auth_type: 'pkce',
      app_id: 'abc',
    });
  });
  it('reads the repository from GitHub Actions', () => {
    expect(backendFromEnv({ GITHUB_REPOSITORY: 'stadt/familiennetz', CMS_BASE_URL: 'https://auth.example.org' })).toEqual({
      name: 'github',
      repo: 'stadt/familiennetz',
      branch: 'main',
      base_url: 'https://auth.example.org',
    });
  });
});
