// What the build adds to each page for the search, from the same content the
// pages are made of: the families' words (editors' keywords, synonyms the text
// calls for, parts of long compounds) and an offer's filters. The templates
// write them into the page (SearchTerms.astro); Pagefind reads them there.
import type { CollectionName } from '../../schemas/index.ts';
import type { Offer } from '../../schemas/offer.ts';
import type { Synonym } from '../../schemas/search.ts';
import { AUDIENCES, TOPICS } from '../../schemas/vocabulary.ts';
import { slugify } from '../text/slug.ts';
import { FILTER_PARAMS, FREE_VALUE, NO_REGISTRATION_VALUE, type FilterName, type Filters } from './contract.ts';
import { buildLexicon, expandSearchTerms, knownTerms, scheduleWeekdays } from './terms.ts';

export interface SearchTerms {
  /** Editors' keywords the page does not already say. */
  keywords: string[];
  /** Synonym words and compound parts. */
  words: string[];
  filters: Filters;
}

/** A published entry with a page, as the search sees it. */
export interface Searchable {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  /** The Markdown body ('' for YAML entries). */
  body: string;
}

type OfferFacts = Pick<Offer, 'topics' | 'audiences' | 'schedule' | 'cost' | 'registration'>;

export function offerFilters(offer: OfferFacts): Filters {
  const filters: Filters = {
    thema: [...offer.topics],
    zielgruppe: [...offer.audiences],
    wochentag: scheduleWeekdays(offer.schedule?.rules ?? []),
  };
  if (offer.cost.type === 'kostenlos') filters.kosten = [FREE_VALUE];
  if (offer.registration.required === 'nein') filters.anmeldung = [NO_REGISTRATION_VALUE];
  return filters;
}

/** An offer's filter values as URL slugs per parameter, for the cards of the offers directory. */
export function offerFacetAttributes(offer: OfferFacts): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, values] of Object.entries(offerFilters(offer))) {
    attributes[`data-${FILTER_PARAMS[name as FilterName]}`] = (values ?? []).map(slugify).join(' ');
  }
  return attributes;
}

/** The text fields of an entry that its page shows, for finding synonyms and compounds. */
export function entryText(data: Record<string, unknown>, body: string): string {
  const fields = ['title', 'name', 'summary', 'description'].map((key) => data[key]).filter((v): v is string => typeof v === 'string');
  return [...fields, body].join('\n');
}

function keywordsOf(data: Record<string, unknown>): string[] {
  return Array.isArray(data['keywords']) ? (data['keywords'] as string[]) : [];
}

/**
 * The search words for a set of pages. The lexicon of compound parts is built
 * once from all pages and the synonyms; each page's words on request.
 */
export function searchTermsPlan(entries: readonly Searchable[], synonyms: readonly Synonym[], lang = 'de') {
  const texts = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entryText(entry.data, entry.body)]));
  const synonymWordList = synonyms.flatMap((s) => [s.term, ...s.words]);
  const lexicon = buildLexicon([...texts.values(), ...synonymWordList], lang);
  return {
    termsFor(entry: Searchable): SearchTerms {
      const keywords = keywordsOf(entry.data);
      const text = texts.get(`${entry.collection}/${entry.id}`) ?? entryText(entry.data, entry.body);
      const terms = expandSearchTerms({ text, keywords }, synonyms, lexicon, lang);
      const filters = entry.collection === 'offers' ? offerFilters(entry.data as unknown as OfferFacts) : {};
      return { keywords: terms.keywords, words: terms.added, filters };
    },
    /** Words "Meinten Sie …?" may suggest: the vocabularies (German), the synonyms, every title and keyword - in the plan's language. */
    knownTerms(): string[] {
      const sources = [
        ...(lang === 'de' ? [...TOPICS, ...AUDIENCES] : []),
        ...synonymWordList,
        ...entries.flatMap((entry) => [String(entry.data['title'] ?? entry.data['name'] ?? ''), ...keywordsOf(entry.data)]),
      ];
      return knownTerms(sources, lang);
    },
  };
}
