// `npm run new`: writes a new content file whose every field is explained in
// German comments, generated from the schemas so it always passes the check.
// New offers, partners and events start as drafts: nothing half-filled is
// published until an editor sets `draft: false`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { slugify } from '../text/slug.ts';
import { collectionFields, type FieldNode } from '../content/fields.ts';

export const KINDS = { offer: 'offers', partner: 'partners', event: 'events', location: 'locations', page: 'pages' } as const;
export type Kind = keyof typeof KINDS;


// Placeholders that pass the schema but are obviously not facts; the entry is a draft until they are replaced.
const PLACEHOLDER_TEXT = 'Bitte ersetzen: ein bis zwei ganze Sätze, was es ist und für wen.';
const PLACEHOLDER_PARTNER = 'familiennetz-werne';

// Commented examples for optional fields: shape only, no facts.
const EXAMPLES: Record<string, string> = {
  ageRange: 'ageRange:\n  from: 0\n  to: 3',
  location: 'location: am-neutor-5',
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
  registration: 'registration:\n  required: ja\n  how: telefonisch beim Familiennetz',
  cost: 'cost:\n  type: spende\n  text: Kaffee gegen Spende',
  languages: 'languages: [Deutsch, Türkisch]',
  contact: 'contact:\n  name: Vorname Nachname, Rolle\n  phone: 02389 00000\n  email: name@example.org',
  status: 'status: pausiert',
  notice: 'notice:\n  text: Heute fällt das Café aus.\n  until: 2026-05-31',
  openQuestions: 'openQuestions:\n  - Wochentag und Uhrzeit',
  keywords: 'keywords: [Papa, Tagesmutter]',
  address: 'address:\n  street: Musterstraße 1\n  postcode: "59368"\n  town: Werne',
  website: 'website: https://www.example.org',
  phone: 'phone: 02389 00000',
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

function requiredValue(field: FieldNode, title: string, today: string): unknown {
  switch (field.name) {
    case 'title':
    case 'name':
      return title;
    case 'summary':
    case 'description':
      return PLACEHOLDER_TEXT;
    case 'partners':
    case 'organisers':
      return [PLACEHOLDER_PARTNER];
    case 'start':
      return `${today}T10:00`;
    case 'end':
      return `${today}T12:00`;
    case 'reviewed':
      return today;
    case 'street':
      return 'Bitte ersetzen 1';
    case 'postcode':
      return '59368';
    case 'town':
      return 'Werne';
    default:
      break;
  }
  if (field.kind === 'select') return field.options?.[0];
  if (field.kind === 'list' && field.item?.kind === 'select') return [field.item.options?.[0]];
  throw new Error(`scaffold: no placeholder for required field "${field.name}"`);
}

function comment(text: string): string {
  return text
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
}

function describeChoice(field: FieldNode): string {
  const options = field.options ?? field.item?.options;
  return options ? `\nErlaubt: ${options.join(', ')}` : '';
}

/** The YAML (front matter for Markdown) of a new entry, each field with its German explanation. */
export function renderTemplate(kind: Kind, title: string, today: string): string {
  const collection: CollectionName = KINDS[kind];
  const spec = COLLECTIONS[collection];
  const blocks: string[] = [];
  for (const field of collectionFields(spec.schema)) {
    const meaning = field.description ? `${field.title}: ${field.description}` : field.title;
    const explanation = comment(`${meaning} (${field.required ? 'Pflicht' : 'freiwillig'})${describeChoice(field)}`);
    if (field.name === 'draft') {
      blocks.push(`${explanation}\n# Neue Einträge sind Entwürfe: erst auf false setzen, wenn alles stimmt.\ndraft: true`);
    } else if (field.required) {
      blocks.push(`${explanation}\n${stringify({ [field.name]: requiredValue(field, title, today) }, { lineWidth: 0 }).trimEnd()}`);
    } else {
      const example = EXAMPLES[field.name] ?? `${field.name}: ${field.kind === 'boolean' ? 'false' : '…'}`;
      blocks.push(`${explanation}\n${comment(example)}`);
    }
  }
  const yaml = `${blocks.join('\n\n')}\n`;
  if (!spec.extensions.includes('md')) return yaml;
  return `---\n${yaml}---\n\nBitte ersetzen: Hier steht der Text für die Seite. Absätze durch eine Leerzeile trennen.\n`;
}

/** Writes the new file below contentRoot; refuses to overwrite an existing one. Returns its path. */
export function scaffold(contentRoot: string, kind: Kind, title: string, today: string): string {
  const spec = COLLECTIONS[KINDS[kind]];
  const id = slugify(title);
  if (!id) throw new Error(`Aus dem Titel „${title}“ entsteht kein Dateiname — Titel mit Buchstaben oder Ziffern angeben`);
  const dir = join(contentRoot, spec.dir);
  const path = join(dir, `${id}.${spec.extensions[0]}`);
  if (existsSync(path)) throw new Error(`${path} gibt es schon — anderen Titel wählen oder die vorhandene Datei bearbeiten`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, renderTemplate(kind, title, today), { flag: 'wx' });
  return path;
}
