// The search words of the published pages, from the content layer: each entry
// route asks once (in getStaticPaths) and hands every page its words; the
// known-words endpoint asks for the whole list. Per language: a page in
// another language is searched by its translation (title, summary, text,
// keywords; the German where there is none) and that language's synonyms.
import { getCollection } from 'astro:content';
import type { CollectionName } from '../schemas/index.ts';
import { offerFilters, searchTermsPlan, type SearchTerms, type Searchable } from '../lib/search/additions.ts';
import { facetCounts, type FacetCounts } from '../lib/search/facets.ts';
import { getOffers } from './entries.ts';
import { isPublished } from '../lib/content/status.ts';
import { getSite } from './site.ts';
import { translationEntryId } from '../schemas/translation.ts';

const SEARCHED: readonly Exclude<CollectionName, 'locations'>[] = ['offers', 'partners', 'events', 'pages'];
/** The translated fields that are searched, as in entryText() and the keywords. */
const SEARCHED_FIELDS = ['title', 'name', 'summary', 'description', 'keywords'] as const;

// Built once per build and language (the entry routes and the known-words endpoint all ask); afresh in dev.
const planned = new Map<string, ReturnType<typeof readPlan>>();
function plan(lang: string): ReturnType<typeof readPlan> {
  if (import.meta.env.DEV) return readPlan(lang);
  let found = planned.get(lang);
  if (!found) {
    found = readPlan(lang);
    planned.set(lang, found);
  }
  return found;
}

async function readPlan(lang: string) {
  const isDefault = lang === ((await getSite()).languages[0] ?? 'de');
  const [synonyms, translations, ...collections] = await Promise.all([
    getCollection('synonyms'),
    getCollection('translations', ({ data }) => data.lang === lang),
    ...SEARCHED.map((collection) => getCollection(collection, ({ data }) => isPublished(data))),
  ]);
  const translated = new Map(translations.map((t) => [t.id, t]));
  const entries: Searchable[] = collections.flatMap((list, i) =>
    list.map((entry) => {
      const collection = SEARCHED[i]!;
      const german = { collection, id: entry.id, data: entry.data as Record<string, unknown>, body: entry.body ?? '' };
      const translation = translated.get(translationEntryId(collection, entry.id, lang));
      if (!translation || isDefault) return german;
      const fields = Object.fromEntries(SEARCHED_FIELDS.flatMap((key) => (translation.data[key] !== undefined ? [[key, translation.data[key]]] : [])));
      return { ...german, data: { ...german.data, keywords: [], ...fields }, body: translation.body?.trim() ? translation.body : german.body };
    }),
  );
  // In the order of the file (ids are positions; "en:3" for content/synonyms.en.yaml).
  const synonymList = synonyms
    .filter((s) => (isDefault ? !s.id.includes(':') : s.id.startsWith(`${lang}:`)))
    .sort((a, b) => Number(a.id.split(':').pop()) - Number(b.id.split(':').pop()))
    .map((s) => s.data);
  return { entries, plan: searchTermsPlan(entries, synonymList, lang) };
}

/** A lookup of the search words for the pages of one collection, in a language (default: German). */
export async function searchTermsOf(collection: Searchable['collection'], lang?: string): Promise<(id: string) => SearchTerms> {
  const { entries, plan: terms } = await plan(lang ?? (await getSite()).languages[0] ?? 'de');
  const byId = new Map(entries.filter((e) => e.collection === collection).map((e) => [e.id, e]));
  return (id) => {
    const entry = byId.get(id);
    return entry ? terms.termsFor(entry) : { keywords: [], words: [], filters: {} };
  };
}

/** The words "Meinten Sie …?" may suggest in a language (suche/begriffe.json, /en/suche/begriffe.json). */
export async function knownSearchTerms(lang?: string): Promise<string[]> {
  return (await plan(lang ?? (await getSite()).languages[0] ?? 'de')).plan.knownTerms();
}

/** How many published offers each filter option finds (the offers directory and the search page leave out options with none). */
export async function offerFacetCounts(): Promise<FacetCounts> {
  return facetCounts((await getOffers()).map((offer) => offerFilters(offer.data)));
}

/** A page's search words in its language: the German ones (from getStaticPaths) for the default language, else that language's. */
export async function searchTermsIn(collection: Searchable['collection'], id: string, lang: string, german: SearchTerms): Promise<SearchTerms> {
  if (lang === ((await getSite()).languages[0] ?? 'de')) return german;
  return (await searchTermsOf(collection, lang))(id);
}
