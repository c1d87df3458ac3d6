// Astro collections, built from the content model in src/schemas/.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, eventSchema, locationSchema, offerSchema, pageSchema, partnerSchema, type CollectionName } from './schemas/index.ts';
import { contentRoot } from './lib/content/paths.ts';

function loader(name: CollectionName) {
  const spec = COLLECTIONS[name];
  return glob({
    pattern: spec.extensions.map((ext) => `*.${ext}`).concat('!README.md'),
    base: `${contentRoot()}/${spec.dir}`,
    // The file name is the id, unchanged: the content check guarantees it is a clean slug.
    generateId: ({ entry }) => entry.replace(/\.[^.]+$/, ''),
  });
}

export const collections = {
  offers: defineCollection({ loader: loader('offers'), schema: offerSchema }),
  partners: defineCollection({ loader: loader('partners'), schema: partnerSchema }),
  events: defineCollection({ loader: loader('events'), schema: eventSchema }),
  locations: defineCollection({ loader: loader('locations'), schema: locationSchema }),
  pages: defineCollection({ loader: loader('pages'), schema: pageSchema }),
};
