import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ADMIN_FONTS, adminFiles } from '../../src/integrations/cms-admin.ts';
import { backendFromEnv, cmsConfig, cmsConfigYaml } from '../../src/lib/editor/cms-config.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';

interface Field {
  name: string;
  widget: string;
  fields?: Field[];
  types?: { name: string; fields: Field[] }[];
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
  collections: { name: string; folder: string; extension: string; fields: Field[] }[];
};

describe('CMS config generated from the schemas', () => {
  it.each(Object.keys(COLLECTIONS))('has every field of %s, and no other', (name) => {
    const spec = COLLECTIONS[name as CollectionName];
    const collection = CONFIG.collections.find((c) => c.name === name);
    expect(collection?.folder).toBe(`content/${spec.dir}`);
    expect(collection?.extension).toBe(spec.extensions[0]);
    const inCms = new Set(cmsPaths(collection?.fields ?? []).filter((p) => p !== 'body'));
    expect([...inCms].sort()).toEqual([...new Set(schemaPaths(spec.schema))].sort());
  });

  it('uses the editorial workflow (changes become merge requests)', () => {
    expect(CONFIG.publish_mode).toBe('editorial_workflow');
  });

  it('maps the field types: choices, references, lists, variants, dates', () => {
    const offer = CONFIG.collections.find((c) => c.name === 'offers')!.fields;
    const byName = new Map(offer.map((f) => [f.name, f as Field & Record<string, unknown>]));
    expect(byName.get('topics')).toMatchObject({ widget: 'select', multiple: true });
    expect(byName.get('partners')).toMatchObject({ widget: 'relation', collection: 'partners', multiple: true, value_field: '{{slug}}' });
    expect(byName.get('cost')).toMatchObject({ widget: 'object', typeKey: 'type' });
    expect(byName.get('reviewed')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(byName.get('draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(byName.get('title')).toMatchObject({ hint: expect.stringContaining('wie Familien es kennen') });
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

describe('/admin/ files', () => {
  const files = adminFiles('https://familiennetz.werne.de', {});

  it('load nothing from another host: no CDN fonts, only this site’s script', () => {
    for (const font of ADMIN_FONTS) expect(files['sveltia-cms.js']).not.toContain(font.cdn);
    expect(files['sveltia-cms.js']).not.toContain('cdn.jsdelivr.net');
    const html = files['index.html']!;
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="sveltia-cms.js">']);
    expect(html).toContain("script-src 'self';");
    expect(html).toMatch(/connect-src 'self' data: blob: https:\/\/gitlab\.com;/);
  });

  it('stay out of search engines and the search index', () => {
    expect(files['index.html']).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(files['index.html']).toContain('data-pagefind-ignore="all"');
    expect(files['index.html']).not.toContain('data-pagefind-body');
  });
});
