// The content model in one place: which folder holds which collection, its
// schema, and which fields point at other entries. Astro's content config,
// the content check and the editor guide are all built from this table.
import type { z } from 'astro/zod';
import { eventSchema } from './event.ts';
import { locationSchema } from './location.ts';
import { offerSchema } from './offer.ts';
import { pageSchema } from './page.ts';
import { partnerSchema } from './partner.ts';

export type CollectionName = 'offers' | 'partners' | 'events' | 'locations' | 'pages';

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
};

export { eventSchema, locationSchema, offerSchema, pageSchema, partnerSchema };
