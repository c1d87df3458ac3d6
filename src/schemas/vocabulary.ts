// Closed vocabularies. Changing a word here changes filters, URLs of filter
// states and the editor guide: add words, rename with care.
import { z } from 'astro/zod';

export const TOPICS = [
  'Beratung',
  'Kinderbetreuung',
  'Treffpunkt',
  'Schwangerschaft & Geburt',
  'Gesundheit',
  'Praktische Hilfe',
  'Freizeit & Feste',
] as const;
export const topic = z.enum(TOPICS, { message: `Thema aus der Liste wählen: ${TOPICS.join(', ')}` });
export type Topic = z.infer<typeof topic>;

export const AUDIENCES = [
  'Eltern',
  'Schwangere',
  'Väter',
  'Alleinerziehende',
  'Patchworkfamilien',
  'Familien mit Kindern 0–3',
  'Kinder',
  'Jugendliche',
  'Ehrenamtliche',
  'Alle',
] as const;
export const audience = z.enum(AUDIENCES, { message: `Zielgruppe aus der Liste wählen: ${AUDIENCES.join(', ')}` });
export type Audience = z.infer<typeof audience>;

export const PARTNER_KINDS = [
  'Stadt',
  'Kreis',
  'freier Träger',
  'Beratungsstelle',
  'Kita',
  'Familienzentrum',
  'Schule',
  'Praxis',
  'Verein',
  'Initiative',
] as const;
export const partnerKind = z.enum(PARTNER_KINDS, { message: `Art aus der Liste wählen: ${PARTNER_KINDS.join(', ')}` });

export const OFFER_STATUSES = ['aktiv', 'pausiert', 'beendet'] as const;
export const EVENT_STATUSES = ['geplant', 'abgesagt', 'verschoben'] as const;

/** Pictograms editors can put beside a heading of a page in Leichte Sprache (each stands for one icon of the site's set). */
export const PICTOGRAMS = [
  'familie',
  'hilfe',
  'kaffee',
  'telefon',
  'e-mail',
  'ort',
  'bus',
  'gebaerden',
  'internet',
  'schrift',
  'lesen',
  'frage',
  'kalender',
  'suche',
  'notfall',
  'geld',
  'baby',
  'entwicklung',
] as const;
export const pictogram = z.enum(PICTOGRAMS, { message: `Bild-Zeichen aus der Liste wählen: ${PICTOGRAMS.join(', ')}` });
export type Pictogram = z.infer<typeof pictogram>;
