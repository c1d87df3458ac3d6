// `npm run new`: writes a new content file whose every field is explained in
// German comments, generated from the schema metadata. Only the title comes
// from the command; every other required fact stays empty for a person to fill
// in (no plausible value that could go live, no "reviewed" the editor did not
// set). The entry is a draft: the check names what is still empty, and nothing
// is published until the editor sets `draft: false`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { slugify } from '../text/slug.ts';
import { collectionFields, type FieldNode } from '../content/fields.ts';

export const KINDS = { offer: 'offers', partner: 'partners', event: 'events', location: 'locations', page: 'pages' } as const;
export type Kind = keyof typeof KINDS;

// Commented examples for optional fields: shape only, no facts.
const EXAMPLES: Record<string, string> = {
  ageRange: 'ageRange:\n  from: 0\n  to: 3',
  location: 'location: familienzentrum-am-markt',
  schedule: [
    'schedule:',
    '  rules:',
    '    - repeat: wöchentlich',
    '      weekdays: [Donnerstag]',
    '      start: "15:00"',
    '      end: "17:00"',
    '  closed:',
    '    - from: 2026-12-21',
    '      to: 2027-01-06',
    '      reason: Weihnachtspause',
  ].join('\n'),
  registration: 'registration:\n  required: ja\n  how: telefonisch oder per E-Mail beim Träger',
  cost: 'cost:\n  type: spende\n  text: Kaffee gegen Spende',
  languages: 'languages: [Deutsch, Türkisch]',
  contact: 'contact:\n  name: Vorname Nachname, Rolle\n  phone: 0123 456789\n  email: name@example.org',
  notice: 'notice:\n  text: Heute fällt das Café aus.\n  until: 2026-05-31',
  openQuestions: 'openQuestions:\n  - Wochentag und Uhrzeit',
  keywords: 'keywords: [Papa, Tagesmutter]',
  address: 'address:\n  street: Musterstraße 1\n  postcode: "12345"\n  town: Musterstadt',
  website: 'website: https://www.example.org',
  phone: 'phone: 0123 456789',
  email: 'email: name@example.org',
  since: 'since: 2009',
  accessibility: 'accessibility:\n  stepFree: ja\n  accessibleToilet: unbekannt\n  pramParking: ja\n  notes: Klingel an der Seitentür',
  hideStreet: 'hideStreet: true',
  publicName: 'publicName: Beratungsstelle in der Innenstadt',
  publicNotes: 'publicNotes: Den Treffpunkt nennen wir bei der Anmeldung.',
  directions: 'directions: Bushaltestelle in der Nähe, fünf Minuten zu Fuß zur Innenstadt',
  shortName: 'shortName: KSD',
  contactPerson: 'contactPerson: Vorname Nachname, Rolle',
};

/** The empty value of a required field a person must fill in: nothing the site could show as a fact. */
function emptyValue(field: FieldNode): string {
  if (field.kind === 'list') return ' []';
  return '';
}

/** What to write, in the comment above an empty required field. */
function fillIn(field: FieldNode): string {
  if (field.name === 'reviewed') return '# Von Ihnen einzutragen: der Tag, an dem Sie die Angaben geprüft haben (JJJJ-MM-TT).';
  if (field.kind === 'list') return '# Von Ihnen einzutragen: Werte in die eckigen Klammern, durch Komma getrennt.';
  return '# Von Ihnen einzutragen.';
}

function comment(text: string): string {
  return text
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
}

/** An example for an optional field from its own allowed values, so it is always valid for this collection. */
function choiceExample(field: FieldNode): string | undefined {
  const options = field.options ?? field.item?.options;
  if (!options?.length) return undefined;
  return field.kind === 'list' ? `${field.name}: [${options[0]}]` : `${field.name}: ${options[0]}`;
}

function describeChoice(field: FieldNode): string {
  const options = field.options ?? field.item?.options;
  return options ? `\nErlaubt: ${options.join(', ')}` : '';
}

/** The YAML (front matter for Markdown) of a new entry, each field with its German explanation. */
export function renderTemplate(kind: Kind, title: string): string {
  const collection: CollectionName = KINDS[kind];
  const spec = COLLECTIONS[collection];
  const blocks: string[] = [];
  for (const field of collectionFields(spec.schema)) {
    const meaning = field.description ? `${field.title}: ${field.description}` : field.title;
    const explanation = comment(`${meaning} (${field.required ? 'Pflicht' : 'freiwillig'})${describeChoice(field)}`);
    if (field.name === 'draft') {
      blocks.push(`${explanation}\n# Neue Einträge sind Entwürfe: erst auf false setzen, wenn alles stimmt.\ndraft: true`);
    } else if (field.name === 'title' || field.name === 'name') {
      blocks.push(`${explanation}\n${stringify({ [field.name]: title }, { lineWidth: 0 }).trimEnd()}`);
    } else if (field.required) {
      blocks.push(`${explanation}\n${fillIn(field)}\n${field.name}:${emptyValue(field)}`);
    } else {
      const example = EXAMPLES[field.name] ?? choiceExample(field) ?? `${field.name}: ${field.kind === 'boolean' ? 'false' : '…'}`;
      blocks.push(`${explanation}\n${comment(example)}`);
    }
  }
  const yaml = `${blocks.join('\n\n')}\n`;
  if (!spec.extensions.includes('md')) return yaml;
  // The body stays empty: a sentence written here could go live; the comment says what belongs there.
  return `---\n${yaml}\n# Unter der Zeile „---“ folgt der Text der Seite: Absätze durch eine Leerzeile trennen,\n# Zwischenüberschriften mit „## “.\n---\n`;
}

/** Writes the new file below contentRoot; refuses to overwrite an existing one. Returns its path. */
export function scaffold(contentRoot: string, kind: Kind, title: string): string {
  const spec = COLLECTIONS[KINDS[kind]];
  const id = slugify(title);
  if (!id) throw new Error(`Aus dem Titel „${title}“ entsteht kein Dateiname — Titel mit Buchstaben oder Ziffern angeben`);
  const dir = join(contentRoot, spec.dir);
  const path = join(dir, `${id}.${spec.extensions[0]}`);
  if (existsSync(path)) throw new Error(`${path} gibt es schon — anderen Titel wählen oder die vorhandene Datei bearbeiten`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, renderTemplate(kind, title), { flag: 'wx' });
  return path;
}

/** The German text of a field, shortened for a comment line. */
function germanHint(value: unknown): string {
  const text = Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : typeof value === 'string' ? value : JSON.stringify(value);
  return text.replace(/\s+/g, ' ').trim();
}

export interface TranslationTemplateInput {
  collection: CollectionName;
  /** The German file, relative to the working directory ("content/offers/netz-cafe.md"). */
  germanFile: string;
  /** The German data (as checked). */
  german: Record<string, unknown>;
  lang: string;
  /** translatedFrom: the fingerprint of the German text the translator starts from. */
  source: string;
}

/**
 * A translation file to fill in: `translatedFrom` and `reviewed: false` set, every translatable
 * field the German file has named with its German text in a comment. Required ones stand empty
 * (the check names them until they are translated), the others are commented out.
 */
export function renderTranslationTemplate({ collection, germanFile, german, lang, source }: TranslationTemplateInput): string {
  const spec = COLLECTIONS[collection];
  const blocks = [
    comment(`Übersetzung von ${germanFile} (Sprache „${lang}“). Nur Texte stehen hier: Zeiten, Orte,\nPartner und Kontaktdaten kommen aus der deutschen Datei und werden hier nicht wiederholt.`),
    `${comment('Aus welcher deutschen Fassung übersetzt wurde; „npm run check“ meldet, wenn sie sich ändert.')}\ntranslatedFrom: ${source}`,
    `${comment('Von Muttersprachlern geprüft? false, nach der Prüfung das Datum (JJJJ-MM-TT).')}\nreviewed: false`,
  ];
  for (const field of collectionFields(spec.schema)) {
    const value = german[field.name];
    if (value === undefined || (Array.isArray(value) && value.length === 0 && field.name !== 'keywords')) continue;
    if (field.translatable) {
      const head = comment(`${field.title}${field.required ? ' (Pflicht)' : ''}. Deutsch: ${germanHint(value)}`);
      const line = field.kind === 'list' ? `${field.name}: []` : `${field.name}:`;
      blocks.push(`${head}\n${field.required ? line : comment(line)}`);
      continue;
    }
    // Objects and lists of objects with translatable parts (cost.text, links): the German shape, commented out.
    const candidates = field.fields ?? field.item?.fields ?? (field.variants ?? []).flatMap((v) => v.fields);
    // A part may stand in several variants (cost.text): once.
    const parts = candidates.filter((f, index) => f.translatable && candidates.findIndex((other) => other.name === f.name) === index);
    if (parts.length === 0) continue;
    const items = Array.isArray(value) ? value : [value];
    const lines = [`${field.name}:`];
    for (const item of items) {
      const record = (item ?? {}) as Record<string, unknown>;
      const present = parts.filter((part) => record[part.name] !== undefined);
      present.forEach((part, index) => {
        const prefix = Array.isArray(value) ? (index === 0 ? '  - ' : '    ') : '  ';
        lines.push(`${prefix}${part.name}: ${germanHint(record[part.name])}`);
      });
    }
    if (lines.length > 1) blocks.push(`${comment(`${field.title}: übersetzen und die Zeichen „# “ am Zeilenanfang löschen`)}\n${comment(lines.join('\n'))}`);
  }
  const yaml = `${blocks.join('\n\n')}\n`;
  if (!spec.extensions.includes('md')) return yaml;
  return `---\n${yaml}\n# Unter der Zeile „---“ folgt der übersetzte Text von ${germanFile}: dieselben\n# Zwischenüberschriften, Listen und Links (Links mit den deutschen Adressen).\n---\n`;
}

/** Writes a translation template beside its German file; refuses to overwrite one. Returns its path. */
export function scaffoldTranslation(path: string, input: TranslationTemplateInput): string {
  if (existsSync(path)) throw new Error(`${path} gibt es schon — die vorhandene Übersetzung bearbeiten`);
  writeFileSync(path, renderTranslationTemplate(input), { flag: 'wx' });
  return path;
}
