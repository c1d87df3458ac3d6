import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { backendFromEnv, cmsConfig } from '../../src/lib/editor/cms-config.ts';
import { formatRepositoryFile } from '../../src/lib/editor/cms-format.ts';
import { translatablePaths } from '../../src/lib/content/translations.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';

interface Field {
  name: string;
  widget: string;
  i18n?: boolean | string;
  required?: boolean | string[];
  fields?: Field[];
  types?: { name: string; fields: Field[] }[];
}
interface Collection {
  name: string;
  i18n?: unknown;
  fields: Field[];
}

const LANGUAGES = ['de', 'en', 'tr', 'ar', 'uk'];
const config = cmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://example.org', languages: LANGUAGES }) as { i18n?: Record<string, unknown>; collections: Collection[] };

/** Dotted paths of the fields the CMS edits per language (i18n: true, leaves only). */
function translatedLeaves(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (field.i18n !== true) return [];
    const path = `${prefix}${field.name}`;
    const children = [...(field.fields ?? []), ...(field.types ?? []).flatMap((type) => type.fields)];
    return children.length ? translatedLeaves(children, `${path}.`) : [path];
  });
}

describe('CMS configuration with translations (Sveltia i18n)', () => {
  it("validates against Sveltia CMS's own JSON schema", () => {
    const require = createRequire(import.meta.url);
    const schemaPath = resolve(require.resolve('@sveltia/cms'), '../../schema/sveltia-cms.json');
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    validate(config);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('keeps German files and addresses: one file per language beside the German one, German without a code, new entries German only', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_files', locales: LANGUAGES, default_locale: 'de', initial_locales: 'default', omit_default_locale_from_file_path: true });
  });

  it.each(Object.keys(COLLECTIONS))('%s: exactly the fields the schemas mark translatable are edited per language', (name) => {
    const collection = config.collections.find((c) => c.name === name)!;
    expect(collection.i18n).toBe(true);
    const expected = [...translatablePaths(name as CollectionName), 'reviewed', 'translatedFrom', ...(COLLECTIONS[name as CollectionName].extensions[0] === 'md' ? ['body'] : [])];
    expect([...new Set(translatedLeaves(collection.fields))].sort()).toEqual([...new Set(expected)].sort());
  });

  it("lets editors maintain each language's synonym list beside the German one", () => {
    const search = config.collections.find((c) => c.name === 'suche') as unknown as { files: { file: string; label: string }[] };
    expect(search.files.map((f) => f.file)).toEqual(expect.arrayContaining(['content/synonyms.yaml', 'content/synonyms.en.yaml', 'content/synonyms.uk.yaml']));
  });

  it('asks for the German review date in German only', () => {
    const offers = config.collections.find((c) => c.name === 'offers')!;
    expect(offers.fields.find((f) => f.name === 'reviewed')).toMatchObject({ i18n: true, required: ['de'] });
    expect(offers.fields.find((f) => f.name === 'schedule')?.fields?.find((f) => f.name === 'rules')).toMatchObject({ i18n: false });
  });

  it('has no translation options for a site in one language (the example alliance)', () => {
    const single = cmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://example.org', languages: ['de'] }) as { i18n?: unknown; collections: Collection[] };
    expect(single.i18n).toBeUndefined();
    expect(JSON.stringify(single.collections)).not.toContain('"i18n"');
  });
});

describe('npm run format: translation files in the form the CMS writes', () => {
  it('keeps only the fields edited per language, in the order of config.yml, as Sveltia saves them', () => {
    const text = '---\ntranslatedFrom: a1b2c3d4e5\nkeywords: [coffee]\nreviewed: false\ntitle: Netz-Café\nsummary: "Open café: for everyone, with coffee for a donation."\n---\nText.\n';
    expect(formatRepositoryFile(config.collections as never, 'content/offers/netz-cafe.en.md', text)).toBe(
      "---\ntitle: Netz-Café\nsummary: 'Open café: for everyone, with coffee for a donation.'\nreviewed: 'false'\nkeywords:\n  - coffee\ntranslatedFrom: a1b2c3d4e5\n---\n\nText.\n",
    );
  });

  it('leaves translations alone when the configuration has no languages (nothing is edited per language)', () => {
    const single = cmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://example.org' }) as { collections: never[] };
    expect(formatRepositoryFile(single.collections, 'content/offers/netz-cafe.en.md', '---\ntitle: X\n---\n')).toBeUndefined();
  });
});
