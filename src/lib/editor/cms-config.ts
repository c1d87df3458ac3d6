// The configuration of the editors' CMS (Sveltia CMS under /admin/), made
// from the zod schemas: same collections, same fields, each with the German
// label and hint its schema declares, the schema's patterns and limits. The
// Git host comes from the environment, so the city connects its own GitLab or
// GitHub without changing code.
import { stringify } from 'yaml';
import { BODY_FIELD, COLLECTIONS, LIST_FILES, SITE_FILE, type CollectionName, type ListFileName } from '../../schemas/index.ts';
import { collectionFields, fieldTree, type FieldNode } from '../content/fields.ts';
import { MEDIA_FOLDER, MEDIA_PREFIX } from '../content/images.ts';

export type CmsField = Record<string, unknown> & { name: string; widget: string };

export interface CmsBackend {
  name: 'gitlab' | 'github';
  repo: string;
  branch: string;
  base_url?: string;
  api_root?: string;
  auth_type?: string;
  app_id?: string;
  auth_endpoint?: string;
}

/** The German label a field declares in its schema; a field without one is a mistake in the schema. */
function label(field: FieldNode): string {
  if (!field.title) throw new Error(`cms-config: the field "${field.name}" declares no title in its schema (.meta({ title }))`);
  return field.title;
}

function common(field: FieldNode): { name: string } & Record<string, unknown> {
  return {
    name: field.name,
    label: label(field),
    ...(field.description ? { hint: field.description } : {}),
    ...(field.required ? {} : { required: false }),
  };
}

function withDefault(field: FieldNode, config: CmsField): CmsField {
  const value = field.defaultValue;
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return config;
  if (typeof value === 'object' && !Array.isArray(value)) return config;
  return { ...config, default: value };
}

/** A text field with the schema's pattern and lengths; the field's hint says what the pattern wants. */
function stringField(field: FieldNode): CmsField {
  return {
    ...common(field),
    widget: field.multiline ? 'text' : 'string',
    ...(field.pattern ? { pattern: [field.pattern, field.description || label(field)] } : {}),
    ...(field.minLength !== undefined && field.minLength > 1 ? { minlength: field.minLength } : {}),
    ...(field.maxLength !== undefined ? { maxlength: field.maxLength } : {}),
  };
}

export function cmsField(field: FieldNode): CmsField {
  switch (field.kind) {
    case 'text':
    case 'email':
    case 'url':
    case 'phone':
    case 'time':
      return stringField(field);
    case 'image':
      // A photo field uploads to the content's photo folder (Astro's image pipeline resizes what is
      // there); the field gets "/fotos/<name>". Pictures in a text keep the site-wide media folder.
      return { ...common(field), widget: 'image', choose_url: false, media_folder: `/content/${MEDIA_FOLDER}`, public_folder: MEDIA_PREFIX.replace(/\/$/, '') };
    case 'color':
      return { ...common(field), widget: 'color', ...(field.pattern ? { pattern: [field.pattern, field.description || label(field)] } : {}) };
    case 'number':
      return withDefault(field, {
        ...common(field),
        widget: 'number',
        value_type: 'int',
        ...(field.minimum !== undefined ? { min: field.minimum } : {}),
        ...(field.maximum !== undefined ? { max: field.maximum } : {}),
      });
    case 'boolean':
      return withDefault(field, { ...common(field), widget: 'boolean', default: field.defaultValue ?? false });
    case 'select':
      return withDefault(field, { ...common(field), widget: 'select', options: [...(field.options ?? [])] });
    case 'date':
      return { ...common(field), widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY' };
    case 'datetime':
      return { ...common(field), widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'DD.MM.YYYY', time_format: 'HH:mm' };
    case 'reference':
      return relation(field, field, false);
    case 'list':
      return listField(field);
    case 'object':
      return { ...common(field), widget: 'object', fields: (field.fields ?? []).map(cmsField) };
    case 'variants':
      return { ...common(field), widget: 'object', ...variantTypes(field) };
    case 'literal':
      throw new Error(`cms-config: a fixed value outside a union ("${field.name}") has no widget`);
  }
}

/** The field of a collection's entries that names them in lists and pickers. */
function displayField(collection: CollectionName): string {
  return collectionFields(COLLECTIONS[collection].schema).some((f) => f.name === 'title') ? 'title' : 'name';
}

function relation(field: FieldNode, target: FieldNode, multiple: boolean): CmsField {
  if (!target.collection) throw new Error(`cms-config: the reference "${field.name}" declares no collection (.meta({ ref }))`);
  const display = displayField(target.collection);
  return {
    ...common(field),
    widget: 'relation',
    collection: target.collection,
    value_field: '{{slug}}',
    search_fields: [display],
    display_fields: [display],
    ...(multiple ? { multiple: true, ...(field.minItems ? { min: field.minItems } : {}) } : {}),
  };
}

function variantTypes(field: FieldNode): { typeKey: string; types: { name: string; label: string; widget: 'object'; fields: CmsField[] }[] } {
  const key = field.discriminator ?? 'type';
  return {
    typeKey: key,
    types: (field.variants ?? []).map((variant) => {
      if (!variant.title) throw new Error(`cms-config: the form "${variant.value}" of "${field.name}" declares no title`);
      return {
        name: variant.value,
        label: variant.title,
        widget: 'object',
        fields: variant.fields.filter((f) => f.name !== key).map(cmsField),
      };
    }),
  };
}

function listField(field: FieldNode): CmsField {
  const item = field.item;
  const base = { ...common(field), ...(field.minItems ? { min: field.minItems } : {}) };
  if (!item) return { ...base, widget: 'list' };
  if (item.kind === 'select') return withDefault(field, { ...base, widget: 'select', multiple: true, options: [...(item.options ?? [])] });
  if (item.kind === 'reference') return relation(field, item, true);
  if (item.kind === 'object') return { ...base, widget: 'list', fields: (item.fields ?? []).map(cmsField) };
  if (item.kind === 'variants') return { ...base, widget: 'list', ...variantTypes(item) };
  // A list of plain texts: one entry per line in the editor.
  return withDefault(field, { ...base, widget: 'list' });
}

export function backendFromEnv(env: NodeJS.ProcessEnv = process.env): CmsBackend {
  const name = (env['CMS_BACKEND'] ?? (env['GITHUB_REPOSITORY'] ? 'github' : 'gitlab')) === 'github' ? 'github' : 'gitlab';
  // In CI the repository is known: GitLab sets CI_PROJECT_PATH and CI_SERVER_URL, GitHub sets GITHUB_REPOSITORY.
  const repo = env['CMS_REPO'] ?? env['CI_PROJECT_PATH'] ?? env['GITHUB_REPOSITORY'] ?? 'redaktion/website';
  const branch = env['CMS_BRANCH'] ?? env['CI_DEFAULT_BRANCH'] ?? 'main';
  const backend: CmsBackend = { name, repo, branch };
  const baseUrl = env['CMS_BASE_URL'] ?? (name === 'gitlab' ? env['CI_SERVER_URL'] : undefined);
  if (name === 'gitlab') {
    if (baseUrl && baseUrl !== 'https://gitlab.com') {
      backend.base_url = baseUrl;
      backend.api_root = `${baseUrl.replace(/\/$/, '')}/api/v4`;
      backend.auth_endpoint = 'oauth/authorize';
    }
    if (env['CMS_APP_ID']) {
      backend.auth_type = 'pkce';
      backend.app_id = env['CMS_APP_ID'];
    }
  } else if (baseUrl) {
    // GitHub needs a small OAuth relay (e.g. Sveltia CMS Authenticator) on a host the city runs.
    backend.base_url = baseUrl;
  }
  return backend;
}

/**
 * How the CMS writes files, so that what it saves is what `npm run check` accepts and a merge
 * request shows only the change: an optional field left empty is left out (not `''` or `null`),
 * and YAML comes out in one fixed style (2 spaces, lists as "- " lines, quotes only where needed).
 */
export const OUTPUT = {
  omit_empty_optional_fields: true,
  yaml: { quote: 'none', indent_size: 2, indent_sequences: true },
} as const;

/**
 * The text editor offers what the site's pages use: headings from level 2 (the page title is the
 * only level 1), lists, quotes, links, bold and italic. No code blocks (the site has none, and
 * their highlighting would be loaded from a CDN) and no inline code. It opens on the Markdown
 * itself: the rich-text mode rewrites the whole text in its own conventions when anything in it
 * is edited (`*kursiv*` becomes `_kursiv_`, "- " lists "* ", adjacent lists merge), so a merge
 * request would show lines nobody changed. Editors can still switch to rich text.
 */
export const BODY_EDITOR = {
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'heading-four', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: ['image'],
  modes: ['raw', 'rich_text'],
} as const;

/**
 * The list files at the top of content/ (synonyms, search samples), which the
 * guide says editors maintain: one file collection, each file a list saved at
 * the top level of the file (Sveltia's `root: true`), its items' fields from
 * the list's schema like every other field.
 */
export function listFileCollection(languages: readonly string[] = []): Record<string, unknown> {
  // The synonym list of each other language of the site (content/synonyms.en.yaml), like the main one.
  const lists: [string, ListFileName, string, string][] = [
    ...(Object.entries(LIST_FILES) as [ListFileName, (typeof LIST_FILES)[ListFileName]][]).map(([name, spec]): [string, ListFileName, string, string] => [name, name, spec.file, '']),
    ...languages.slice(1).map((lang): [string, ListFileName, string, string] => [`synonyms_${lang}`, 'synonyms', `synonyms.${lang}.yaml`, ` (${lang})`]),
  ];
  return {
    name: 'suche',
    label: 'Suche',
    description: 'Wörter, die Familien in die Suche eintippen, und die Suchproben, die die Tests prüfen',
    files: lists.map(([name, kind, file, suffix]) => {
      const spec = { ...LIST_FILES[kind], file };
      const list = fieldTree(spec.schema);
      if (list.kind !== 'list' || list.item?.kind !== 'object') throw new Error(`cms-config: ${spec.file} must be a list of objects`);
      const items = list.item;
      return {
        name,
        label: `${label(list)}${suffix}`,
        file: `content/${spec.file}`,
        format: 'yaml',
        fields: [
          {
            name: 'items',
            label: label(list),
            label_singular: label(items),
            widget: 'list',
            root: true,
            ...(list.description ? { hint: list.description } : {}),
            ...(list.minItems ? { min: list.minItems } : {}),
            fields: (items.fields ?? []).map(cmsField),
          },
        ],
      };
    }),
  };
}

export interface CmsOptions {
  backend: CmsBackend;
  /** Public URL of the site, for "view on site" links. */
  siteUrl: string;
  /**
   * The site's languages (content/site.yaml, the first is the default). With more than one, each
   * entry's translations are edited beside it (Sveltia's i18n, see translationOptions()).
   */
  languages?: readonly string[];
}

/** True when the field or one of its sub-fields may be translated (schemas: `translate: true`). */
function hasTranslatable(field: FieldNode): boolean {
  if (field.translatable) return true;
  const children = [...(field.fields ?? []), ...(field.variants ?? []).flatMap((variant) => variant.fields), ...(field.item ? [field.item] : [])];
  return children.some(hasTranslatable);
}

/**
 * Marks a field for Sveltia's i18n: text a family reads (and every object or list holding some)
 * is edited per language, everything else only in German - the translation files never repeat a
 * fact (src/lib/content/translations.ts refuses it). The German review date stays required in
 * German only; in a translation it is the day a native speaker checked the text.
 */
function withI18n(node: FieldNode, field: CmsField, defaultLanguage: string): CmsField {
  if (!hasTranslatable(node)) return field;
  const out: CmsField = { ...field, i18n: true };
  if (node.translatable) return out;
  const subNodes = node.kind === 'list' ? (node.item?.fields ?? []) : (node.fields ?? []);
  if (Array.isArray(field['fields'])) {
    out['fields'] = (field['fields'] as CmsField[]).map((sub) => {
      const subNode = subNodes.find((n) => n.name === sub.name);
      return subNode && hasTranslatable(subNode) ? withI18n(subNode, sub, defaultLanguage) : { ...sub, i18n: false };
    });
  }
  const variantNodes = node.kind === 'list' ? (node.item?.variants ?? []) : (node.variants ?? []);
  if (Array.isArray(field['types'])) {
    out['types'] = (field['types'] as (Record<string, unknown> & { name: string; fields: CmsField[] })[]).map((type) => {
      const variant = variantNodes.find((v) => v.value === type.name);
      return {
        ...type,
        fields: type.fields.map((sub) => {
          const subNode = variant?.fields.find((n) => n.name === sub.name);
          return subNode && hasTranslatable(subNode) ? withI18n(subNode, sub, defaultLanguage) : { ...sub, i18n: false };
        }),
      };
    });
  }
  return out;
}

/** The fields of a collection for the CMS, with their i18n marks when the site has translations. */
function collectionCmsFields(schema: Parameters<typeof collectionFields>[0], languages: readonly string[]): CmsField[] {
  const nodes = collectionFields(schema);
  const fields = nodes.map(cmsField);
  if (languages.length < 2) return fields;
  const defaultLanguage = languages[0]!;
  return fields.map((field, index) => {
    const node = nodes[index]!;
    if (node.name === 'reviewed') return { ...field, i18n: true, ...(node.required ? { required: [defaultLanguage] } : {}) };
    return withI18n(node, field, defaultLanguage);
  });
}

/**
 * Sveltia's i18n: one file per language beside the German one ("multiple_files", the default
 * language without a code: netz-cafe.md, netz-cafe.en.md), so German files and addresses stay as
 * they are. A new entry starts in German only (`initial_locales: default`); a translation is
 * added when someone writes it, never as an empty copy.
 */
export function translationOptions(languages: readonly string[]): Record<string, unknown> {
  return {
    structure: 'multiple_files',
    locales: [...languages],
    default_locale: languages[0],
    initial_locales: 'default',
    omit_default_locale_from_file_path: true,
  };
}

/** The translation's own record of the German version it was made from (translations.ts). */
const TRANSLATED_FROM: CmsField = {
  name: 'translatedFrom',
  label: 'Übersetzt aus Fassung',
  widget: 'string',
  required: false,
  i18n: true,
  hint: 'Nur in Übersetzungen: das Kennzeichen der deutschen Fassung, aus der übersetzt wurde. Ändert sich der deutsche Text, nennt „npm run check“ den neuen Wert. In der deutschen Fassung leer lassen',
};

export function cmsConfig(options: CmsOptions): Record<string, unknown> {
  const languages = options.languages ?? [];
  const translated = languages.length > 1;
  const collections = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => {
    const spec = COLLECTIONS[name];
    const fields = collectionCmsFields(spec.schema, languages);
    const body = { name: 'body', label: BODY_FIELD.title, widget: 'markdown', required: false, sanitize_preview: true, ...BODY_EDITOR, hint: BODY_FIELD.description, ...(translated ? { i18n: true } : {}) };
    const all = [...fields, ...(isMarkdownCollection(name) ? [body] : []), ...(translated ? [TRANSLATED_FROM] : [])];
    const isMarkdown = spec.extensions[0] === 'md';
    const identifier = fields.some((f) => f.name === 'title') ? 'title' : 'name';
    return {
      name,
      label: LABELS[name],
      label_singular: spec.label,
      folder: `content/${spec.dir}`,
      extension: spec.extensions[0],
      format: isMarkdown ? 'yaml-frontmatter' : 'yaml',
      identifier_field: identifier,
      create: true,
      // Entries are ended with status: beendet, not deleted, so their address keeps working.
      delete: false,
      slug: `{{${identifier}}}`,
      summary: `{{${identifier}}}`,
      ...(translated ? { i18n: true } : {}),
      fields: all,
    };
  });
  // The site's settings are one file, not a folder of entries: a file collection (no new, no delete).
  const settings = {
    name: 'site',
    label: 'Website',
    files: [
      {
        name: 'site',
        label: SITE_FILE.label,
        file: `content/${SITE_FILE.file}`,
        format: 'yaml',
        fields: collectionFields(SITE_FILE.schema).map(cmsField),
      },
    ],
  };
  return {
    backend: { ...options.backend, cms_label_prefix: 'redaktion/' },
    publish_mode: 'editorial_workflow',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: 'public/bilder',
    public_folder: '/bilder',
    // The free stock photo archive needs no key and would be asked as soon as the media library opens.
    media_libraries: { stock_assets: false },
    output: OUTPUT,
    ...(translated ? { i18n: translationOptions(languages) } : {}),
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [...collections, listFileCollection(languages), settings],
  };
}

function isMarkdownCollection(name: CollectionName): boolean {
  return COLLECTIONS[name].extensions[0] === 'md';
}

const LABELS: Record<CollectionName, string> = {
  offers: 'Angebote',
  partners: 'Partner',
  events: 'Veranstaltungen',
  locations: 'Orte',
  pages: 'Seiten',
  situations: 'Lebenslagen',
  helplines: 'Hilfetelefone',
};

export function cmsConfigYaml(options: CmsOptions): string {
  return `# Erzeugt aus src/schemas/ beim Bauen der Website (src/lib/editor/cms-config.ts). Nicht von Hand ändern.\n${stringify(cmsConfig(options), { lineWidth: 0 })}`;
}
