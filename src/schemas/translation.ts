// A translation of an entry, as the pages get it (Astro collection
// "translations"). The files themselves (content/offers/netz-cafe.en.md) carry
// only the fields the German schemas mark with `translate: true` plus the two
// fields below; src/lib/content/translations.ts checks them in the one pass.
// This schema only types what the loader stores: it lists the German field
// names that are translatable somewhere (a test keeps it equal to the marks).
import { z } from 'astro/zod';
import { pictogram } from './vocabulary.ts';

/** The kind of a translation is the folder of its German entry. */
export const TRANSLATION_KINDS = ['offers', 'partners', 'events', 'locations', 'pages', 'lebenslagen', 'hilfetelefone'] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

/** Id of a translation in the collection "translations": kind, German id and language ("offers/netz-cafe/en"). */
export function translationEntryId(kind: string, id: string, lang: string): string {
  return `${kind}/${id}/${lang}`;
}

/**
 * Fields of a translation file that are not German fields: from which German version it was
 * made (a hash of the German text fields; `npm run check` names the current one) and whether a
 * native speaker has checked it (false, or the date of the check).
 */
export const TRANSLATION_META_FIELDS = ['translatedFrom', 'reviewed'] as const;

const text = z.string();
const texts = z.array(z.string());

export const translationEntrySchema = z.object({
  /** Folder of the German entry, e.g. "offers". */
  kind: z.enum(TRANSLATION_KINDS),
  /** Id of the German entry, e.g. "netz-cafe". */
  entry: z.string(),
  /** Language code, e.g. "en". */
  lang: z.string(),
  /** A native speaker has checked the text. */
  reviewed: z.boolean(),
  /** When a native speaker checked it (YYYY-MM-DD). */
  reviewedOn: z.string().optional(),
  /** The German text has changed since the translation was made. */
  outdated: z.boolean(),
  // The translated fields, under their German names. Objects hold only their translated parts;
  // lists of objects (links, pictograms) are complete, with the German facts of each item.
  title: text.optional(),
  summary: text.optional(),
  name: text.optional(),
  description: text.optional(),
  keywords: texts.optional(),
  openQuestions: texts.optional(),
  notice: z.object({ text: text.optional() }).optional(),
  schedule: z.object({ note: text.optional() }).optional(),
  registration: z.object({ how: text.optional() }).optional(),
  cost: z.object({ text: text.optional() }).optional(),
  contact: z.object({ name: text.optional() }).optional(),
  contactPerson: text.optional(),
  publicName: text.optional(),
  publicNotes: text.optional(),
  accessibility: z.object({ notes: text.optional() }).optional(),
  directions: text.optional(),
  pictograms: z.array(z.object({ heading: text, pictogram })).optional(),
  words: texts.optional(),
  note: text.optional(),
  links: z.array(z.object({ title: text, url: text, text })).optional(),
  hours: text.optional(),
  image: z.object({ alt: text.optional() }).optional(),
});

export type TranslationData = z.infer<typeof translationEntrySchema>;

/** Fields of the schema above that are translated text (not the translation's own facts). */
export const TRANSLATED_FIELD_NAMES = Object.keys(translationEntrySchema.shape).filter(
  (key) => !['kind', 'entry', 'lang', 'reviewed', 'reviewedOn', 'outdated'].includes(key),
);
