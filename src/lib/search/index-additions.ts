// What the build adds to each page before Pagefind reads it: the low-weight
// block of families' words, the filters of an offer, a description for the
// result list, and spaces between facts so excerpts read "Für wen: Eltern"
// rather than "Für wenEltern". Only the index sees this; the served HTML
// stays as Astro wrote it.
import type { CollectionName } from '../../schemas/index.ts';
import type { Offer } from '../../schemas/offer.ts';
import { scheduleWeekdays } from './terms.ts';
import { slugify } from '../text/slug.ts';

/** Weights below body text (1), far below headings (up to 7): editors' keywords, then synonyms and compound parts. */
export const KEYWORD_WEIGHT = 0.6;
export const ADDED_WORDS_WEIGHT = 0.3;

/** Pagefind filter names, shared with the search page and its URL parameters. */
export const FILTERS = {
  kind: 'kind',
  thema: 'thema',
  zielgruppe: 'zielgruppe',
  wochentag: 'wochentag',
  kosten: 'kosten',
  anmeldung: 'anmeldung',
} as const;
export type FilterName = keyof typeof FILTERS;

export const FREE_VALUE = 'kostenlos';
export const NO_REGISTRATION_VALUE = 'ohne Anmeldung';

export type Filters = Partial<Record<FilterName, string[]>>;

export interface IndexAdditions {
  keywords: string[];
  words: string[];
  filters: Filters;
}

/** URL path of an entry's page, as Pagefind reports it (without the base path). */
export function entryPath(collection: CollectionName, id: string): string | undefined {
  switch (collection) {
    case 'offers':
      return `/angebote/${id}/`;
    case 'partners':
      return `/partner/${id}/`;
    case 'events':
      return `/veranstaltungen/${id}/`;
    case 'pages':
      return `/${id}/`;
    default:
      return undefined;
  }
}

/** The text fields of an entry that its page shows, for finding synonyms and compounds. */
export function entryText(data: Record<string, unknown>, body: string): string {
  const fields = ['title', 'name', 'summary', 'description'].map((key) => data[key]).filter((v): v is string => typeof v === 'string');
  return [...fields, body].join('\n');
}

export function offerFilters(offer: Pick<Offer, 'topics' | 'audiences' | 'schedule' | 'cost' | 'registration'>): Filters {
  const filters: Filters = {
    thema: [...offer.topics],
    zielgruppe: [...offer.audiences],
    wochentag: scheduleWeekdays(offer.schedule?.rules ?? []),
  };
  if (offer.cost.type === 'kostenlos') filters.kosten = [FREE_VALUE];
  if (offer.registration.required === 'nein') filters.anmeldung = [NO_REGISTRATION_VALUE];
  return filters;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const BLOCK_END = /<\/(dd|li|p|h[1-6]|td|th|div|section|address)>/g;

/** The page as Pagefind should read it. */
export function htmlForIndex(html: string, additions: IndexAdditions): string {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return html;
  const main = html
    .slice(start, end)
    .replace(/<\/dt>/g, ':</dt> ')
    .replace(BLOCK_END, (tag) => `${tag} `)
    .replace(/<br\s*\/?>/g, ' <br>');
  const filters = Object.entries(additions.filters).flatMap(([name, values]) =>
    (values ?? []).map((value) => `<span data-pagefind-filter="${FILTERS[name as FilterName]}:${escapeHtml(value)}"></span>`),
  );
  const block = (list: readonly string[], weight: number) =>
    list.length ? `<div data-pagefind-weight="${weight}">${list.map(escapeHtml).join(' · ')}</div>` : '';
  const words = block(additions.keywords, KEYWORD_WEIGHT) + block(additions.words, ADDED_WORDS_WEIGHT);
  const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
  const meta = description ? `<meta data-pagefind-meta="description[content]" content="${description}">` : '';
  return `${html.slice(0, start)}${main}${words}${filters.join('')}${meta}${html.slice(end)}`;
}

/** URL parameter of each filter, so a filtered list can be bookmarked and shared. */
export const FILTER_PARAMS: Readonly<Record<FilterName, string>> = {
  kind: 'art',
  thema: 'thema',
  zielgruppe: 'zielgruppe',
  wochentag: 'wochentag',
  kosten: 'kosten',
  anmeldung: 'anmeldung',
};

/** An offer's filter values as URL slugs per parameter, for the cards of the offers directory. */
export function offerFacetAttributes(offer: Parameters<typeof offerFilters>[0]): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, values] of Object.entries(offerFilters(offer))) {
    attributes[`data-${FILTER_PARAMS[name as FilterName]}`] = (values ?? []).map(slugify).join(' ');
  }
  return attributes;
}
