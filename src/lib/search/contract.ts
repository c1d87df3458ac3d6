// What the built pages and the search page in the browser must agree on: the
// Pagefind filter names, their URL parameters and fixed values, and the
// weights of the words the build adds. Free of schema imports, so the search
// page does not ship zod.

/** Pagefind filter names. */
export const FILTERS = {
  kind: 'kind',
  thema: 'thema',
  zielgruppe: 'zielgruppe',
  wochentag: 'wochentag',
  kosten: 'kosten',
  anmeldung: 'anmeldung',
} as const;
export type FilterName = keyof typeof FILTERS;
export type Filters = Partial<Record<FilterName, string[]>>;

/** URL parameter of each filter, so a filtered list can be bookmarked and shared. */
export const FILTER_PARAMS: Readonly<Record<FilterName, string>> = {
  kind: 'art',
  thema: 'thema',
  zielgruppe: 'zielgruppe',
  wochentag: 'wochentag',
  kosten: 'kosten',
  anmeldung: 'anmeldung',
};

export const FREE_VALUE = 'kostenlos';
export const NO_REGISTRATION_VALUE = 'ohne Anmeldung';

/** Weights below body text (1), far below headings (up to 7): editors' keywords, then synonyms and compound parts. */
export const KEYWORD_WEIGHT = 0.6;
export const ADDED_WORDS_WEIGHT = 0.3;
