// Astro's collections. Every one is loaded from the same run of the content
// check (src/lib/content/loader.ts); the schemas here give the pages their types.
import { defineCollection } from 'astro:content';
import { contentLoaders } from './lib/content/loader.ts';
import { eventSchema, helplineSchema, locationSchema, offerSchema, pageSchema, partnerSchema, situationSchema } from './schemas/index.ts';
import { synonymSchema } from './schemas/search.ts';
import { siteEntrySchema } from './schemas/site.ts';
import { translationEntrySchema } from './schemas/translation.ts';

const loaders = contentLoaders();

export const collections = {
  offers: defineCollection({ loader: loaders.offers, schema: offerSchema }),
  partners: defineCollection({ loader: loaders.partners, schema: partnerSchema }),
  events: defineCollection({ loader: loaders.events, schema: eventSchema }),
  locations: defineCollection({ loader: loaders.locations, schema: locationSchema }),
  pages: defineCollection({ loader: loaders.pages, schema: pageSchema }),
  situations: defineCollection({ loader: loaders.situations, schema: situationSchema }),
  helplines: defineCollection({ loader: loaders.helplines, schema: helplineSchema }),
  translations: defineCollection({ loader: loaders.translations, schema: translationEntrySchema }),
  synonyms: defineCollection({ loader: loaders.synonyms, schema: synonymSchema }),
  site: defineCollection({ loader: loaders.site, schema: siteEntrySchema }),
};
