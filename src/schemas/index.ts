// The content model in one place: which folder holds which collection, its
// schema, and which fields point at other entries; the site's settings file
// and the list files at the top of content/. The content check (and through it Astro's content layer),
// the CMS and the editor guide are all built from these tables.
import type { z } from 'astro/zod';
import { eventSchema } from './event.ts';
import { helplineSchema } from './helpline.ts';
import { situationSchema } from './situation.ts';
import { locationSchema } from './location.ts';
import { offerSchema } from './offer.ts';
import { pageSchema } from './page.ts';
import { partnerSchema } from './partner.ts';
import { searchQueryListSchema, synonymListSchema } from './search.ts';
import { siteSchema } from './site.ts';

export type CollectionName = 'offers' | 'partners' | 'events' | 'locations' | 'pages' | 'situations' | 'helplines';

export interface CollectionSpec {
  /** Folder below content/. */
  dir: string;
  /** File endings this collection accepts. */
  extensions: readonly ('md' | 'yaml')[];
  schema: z.ZodType;
  /** German name for messages, e.g. "Angebot". */
  label: string;
  /** Fields holding ids of other entries: field name → target collection. */
  references: Readonly<Record<string, CollectionName>>;
}

export const COLLECTIONS: Readonly<Record<CollectionName, CollectionSpec>> = {
  offers: {
    dir: 'offers',
    extensions: ['md'],
    schema: offerSchema,
    label: 'Angebot',
    references: { partners: 'partners', location: 'locations' },
  },
  partners: {
    dir: 'partners',
    extensions: ['yaml'],
    schema: partnerSchema,
    label: 'Partner',
    references: { location: 'locations' },
  },
  events: {
    dir: 'events',
    extensions: ['md'],
    schema: eventSchema,
    label: 'Veranstaltung',
    references: { organisers: 'partners', location: 'locations' },
  },
  locations: { dir: 'locations', extensions: ['yaml'], schema: locationSchema, label: 'Ort', references: {} },
  pages: { dir: 'pages', extensions: ['md'], schema: pageSchema, label: 'Seite', references: {} },
  situations: {
    dir: 'lebenslagen',
    extensions: ['yaml'],
    schema: situationSchema,
    label: 'Lebenslage',
    references: { offers: 'offers', partners: 'partners', helplines: 'helplines' },
  },
  helplines: { dir: 'hilfetelefone', extensions: ['yaml'], schema: helplineSchema, label: 'Hilfetelefon', references: {} },
};

export { eventSchema, helplineSchema, locationSchema, offerSchema, pageSchema, partnerSchema, siteSchema, situationSchema };

/**
 * The site's settings: one YAML file at the top of content/ with every fact about the alliance
 * (name, town, address of the site, central contact, logo, colours, languages, licence).
 */
export const SITE_FILE = {
  file: 'site.yaml',
  schema: siteSchema,
  label: 'Einstellungen der Website',
  /** Fields holding ids of entries, as in a collection. */
  references: { contact: 'partners' } as Readonly<Record<string, CollectionName>>,
  /** Fields naming an SVG file next to site.yaml. */
  images: ['logo', 'icon'] as const,
} as const;

/** The Markdown text below the front matter of .md entries: not a field of the schema, but edited like one. */
export const BODY_FIELD = {
  title: 'Text',
  description: 'Der Text der Seite in Markdown. Nur Links mit https:, mailto:, tel: oder Pfade dieser Website',
} as const;

export type ListFileName = 'synonyms' | 'searchQueries';

export interface ListFileSpec {
  /** File name at the top of content/. */
  file: string;
  /** A list schema: every entry of the file is one item. */
  schema: z.ZodType;
  label: string;
}

/** Editor-maintained lists that are one YAML file each (optional: a missing file is an empty list). */
export const LIST_FILES: Readonly<Record<ListFileName, ListFileSpec>> = {
  synonyms: { file: 'synonyms.yaml', schema: synonymListSchema, label: 'Synonymliste' },
  searchQueries: { file: 'search-queries.yaml', schema: searchQueryListSchema, label: 'Suchprobe' },
};
