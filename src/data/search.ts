// The search words of the published pages, from the content layer: each entry
// route asks once (in getStaticPaths) and hands every page its words; the
// known-words endpoint asks for the whole list.
import { getCollection } from 'astro:content';
import type { CollectionName } from '../schemas/index.ts';
import { offerFilters, searchTermsPlan, type SearchTerms, type Searchable } from '../lib/search/additions.ts';
import { facetCounts, type FacetCounts } from '../lib/search/facets.ts';
import { getOffers } from './entries.ts';
import { isPublished } from '../lib/content/status.ts';

const SEARCHED: readonly Exclude<CollectionName, 'locations'>[] = ['offers', 'partners', 'events', 'pages'];

// Built once per build (the entry routes and the known-words endpoint all ask); afresh in dev.
let planned: ReturnType<typeof readPlan> | undefined;
function plan(): ReturnType<typeof readPlan> {
  if (import.meta.env.DEV) return readPlan();
  return (planned ??= readPlan());
}

async function readPlan() {
  const [synonyms, ...collections] = await Promise.all([
    getCollection('synonyms'),
    ...SEARCHED.map((collection) => getCollection(collection, ({ data }) => isPublished(data))),
  ]);
  const entries: Searchable[] = collections.flatMap((list, i) =>
    list.map((entry) => ({ collection: SEARCHED[i]!, id: entry.id, data: entry.data as Record<string, unknown>, body: entry.body ?? '' })),
  );
  // In the order of the file (ids are positions; the store does not keep order).
  const synonymList = synonyms.sort((a, b) => Number(a.id) - Number(b.id)).map((s) => s.data);
  return { entries, plan: searchTermsPlan(entries, synonymList) };
}

/** A lookup of the search words for the pages of one collection. */
export async function searchTermsOf(collection: Searchable['collection']): Promise<(id: string) => SearchTerms> {
  const { entries, plan: terms } = await plan();
  const byId = new Map(entries.filter((e) => e.collection === collection).map((e) => [e.id, e]));
  return (id) => {
    const entry = byId.get(id);
    return entry ? terms.termsFor(entry) : { keywords: [], words: [], filters: {} };
  };
}

/** The words "Meinten Sie …?" may suggest (suche/begriffe.json). */
export async function knownSearchTerms(): Promise<string[]> {
  return (await plan()).plan.knownTerms();
}

/** How many published offers each filter option finds (the offers directory and the search page leave out options with none). */
export async function offerFacetCounts(): Promise<FacetCounts> {
  return facetCounts((await getOffers()).map((offer) => offerFilters(offer.data)));
}
