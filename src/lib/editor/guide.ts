// The field tables of the editor guide (content/README.md), generated from the
// labels and hints the schemas declare. `npm run docs` writes them between
// markers; a test fails when the committed guide differs from what the schemas say.
import { BODY_FIELD, COLLECTIONS, LIST_FILES, SITE_FILE, type CollectionName } from '../../schemas/index.ts';
import { collectionFields, fieldTree, type FieldKind, type FieldNode } from '../content/fields.ts';
import { translatablePaths } from '../content/translations.ts';

export const START_MARKER = '<!-- FELDTABELLEN:START – erzeugt mit „npm run docs“, nicht von Hand ändern -->';
export const END_MARKER = '<!-- FELDTABELLEN:END -->';

const KIND_NAMES: Record<FieldKind, string> = {
  text: 'Text',
  number: 'Zahl',
  boolean: 'true/false',
  select: 'Auswahl',
  date: 'Datum JJJJ-MM-TT',
  datetime: 'Zeitpunkt "JJJJ-MM-TTTHH:MM"',
  time: 'Uhrzeit "HH:MM"',
  email: 'E-Mail',
  url: 'Link https://…',
  phone: 'Telefon',
  color: 'Farbe #rrggbb',
  image: 'Foto „/fotos/name.jpg“',
  reference: 'Kennung',
  list: 'Liste',
  object: 'Unterfelder',
  variants: 'Unterfelder je nach Art',
  literal: 'fester Wert',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function kindName(field: FieldNode): string {
  if (field.kind === 'list' && field.item) return `Liste: ${kindName(field.item)}`;
  if (field.kind === 'reference' && field.collection) {
    const target = COLLECTIONS[field.collection];
    return `Kennung: ${target.label} (Dateiname in content/${target.dir}/)`;
  }
  return KIND_NAMES[field.kind];
}

function meaning(field: FieldNode): string {
  const parts = [field.description && !/[.!?“)]$/.test(field.description) ? `${field.description}.` : field.description];
  const options = field.options ?? (field.item?.kind === 'select' ? field.item.options : undefined);
  if (options && field.kind !== 'literal') parts.push(`Erlaubt: ${options.join(', ')}.`);
  if (field.defaultValue !== undefined && !(Array.isArray(field.defaultValue) && field.defaultValue.length === 0)) {
    parts.push(`Ohne Angabe: ${typeof field.defaultValue === 'string' ? field.defaultValue : JSON.stringify(field.defaultValue)}.`);
  }
  return parts.filter(Boolean).join(' ');
}

function rows(fields: readonly FieldNode[], prefix: string, note = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const own = `| \`${path}\` | ${cell(field.title)} | ${field.required ? 'ja' : 'nein'} | ${cell(kindName(field))} | ${cell(`${note}${meaning(field)}`)} |`;
    const inner = field.kind === 'list' ? field.item : field;
    const innerPrefix = field.kind === 'list' ? `${path}[].` : `${path}.`;
    if (inner?.kind === 'object') return [own, ...rows(inner.fields ?? [], innerPrefix, note)];
    if (inner?.kind === 'variants') {
      const key = inner.discriminator ?? '';
      const variants = (inner.variants ?? []).flatMap((variant) => {
        const others = variant.fields.filter((f) => f.name !== key);
        return [
          `| \`${innerPrefix}${key}: ${variant.value}\` | ${cell(variant.title)} | – | fester Wert | ${cell(variant.description)} |`,
          ...rows(others, innerPrefix, `Nur bei ${key}: ${variant.value}. `),
        ];
      });
      return [own, ...variants];
    }
    return [own];
  });
}

const HEAD = ['| Feld | Bezeichnung | Pflicht | Art | Bedeutung |', '| --- | --- | --- | --- | --- |'];

export function fieldTables(): string {
  const sections = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => {
    const spec = COLLECTIONS[name];
    const head = `### ${spec.label}: content/${spec.dir}/ (.${spec.extensions.join(', .')})`;
    const body = spec.extensions.includes('md') ? [`| Text unter dem Kopfbereich | ${BODY_FIELD.title} | nein | Markdown | ${cell(`${BODY_FIELD.description}.`)} |`] : [];
    const table = [...HEAD, ...rows(collectionFields(spec.schema), ''), ...body];
    return `${head}\n\n${table.join('\n')}`;
  });
  const lists = Object.values(LIST_FILES).map((spec) => {
    const item = fieldTree(spec.schema).item;
    const table = [...HEAD, ...rows(item?.fields ?? [], '- ')];
    return `### ${spec.label}: content/${spec.file} (eine Liste)\n\n${table.join('\n')}`;
  });
  const site = `### ${SITE_FILE.label}: content/${SITE_FILE.file} (eine Datei)\n\n${[...HEAD, ...rows(collectionFields(SITE_FILE.schema), '')].join('\n')}`;
  const translated = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => {
    const spec = COLLECTIONS[name];
    const fields = translatablePaths(name).map((path) => `\`${path}\``);
    if (spec.extensions.includes('md')) fields.push(BODY_FIELD.title);
    return `| content/${spec.dir}/ | \`<Kennung>.<Sprache>.${spec.extensions[0]}\` | ${fields.join(', ')} |`;
  });
  const translations = [
    '### Übersetzungen: neben der deutschen Datei (eine Datei je Sprache)',
    '',
    'Außer diesen Feldern stehen in einer Übersetzung nur `translatedFrom` (Kennzeichen der deutschen Fassung) und `reviewed` (`false` oder das Datum der Prüfung durch Muttersprachler). Bei Listen mit Unterfeldern (z. B. `links`) je deutschen Eintrag einer, in derselben Reihenfolge, nur mit den übersetzten Unterfeldern.',
    '',
    '| Ordner | Dateiname | Übersetzbare Felder |',
    '| --- | --- | --- |',
    ...translated,
  ].join('\n');
  return [site, ...sections, ...lists, translations].join('\n\n');
}

/** The guide with fresh tables between the markers; throws when the markers are missing. */
export function withFieldTables(readme: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`content/README.md: Markierungen ${START_MARKER} … ${END_MARKER} fehlen`);
  return `${readme.slice(0, start + START_MARKER.length)}\n\n${fieldTables()}\n\n${readme.slice(end)}`;
}
