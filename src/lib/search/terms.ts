// Teaches the static search the words families type. Pure functions, run at
// build time: the index then holds, at low weight, the parts of long German
// compounds ("Betreuung" in "Kinderbetreuung"), the families' words from the
// synonym list and the editors' keywords. Measured in Pagefind 1.6: soft
// hyphens inside a compound and hyphen-joined parts find nothing or rank
// weakly; separate words in a low-weight block find every part.
import type { Synonym } from '../../schemas/search.ts';
import type { ScheduleRule } from '../../schemas/schedule.ts';
import { inWeekOrder, weekdayByIso, type Weekday } from '../dates/weekdays.ts';
import { localNoon, toZoned } from '../dates/zone.ts';
import { foldWord, joinWordParts } from './fold.ts';

export { foldWord };

/** Shortest compound part worth indexing on its own ("Rat" in "Beirat" is not). */
const MIN_PART = 4;

const WORD = /[\p{L}\p{N}]+/gu;

export function wordsOf(text: string, lang = 'de'): string[] {
  return (joinWordParts(text, lang).match(WORD) ?? []).map((word) => foldWord(word, lang));
}

/** Every word that can stand alone as a compound part: words of at least MIN_PART letters. */
export function buildLexicon(texts: Iterable<string>, lang = 'de'): Set<string> {
  const lexicon = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text, lang)) if (word.length >= MIN_PART) lexicon.add(word);
  return lexicon;
}

/** Joints between compound parts ("Schwangerschaft-s-konflikt", "Familie-n-paten") and where German allows them. */
const LINKS: readonly { link: string; after: RegExp }[] = [
  { link: '', after: /./ },
  { link: 's', after: /(ung|heit|keit|schaft|tion|tät|ling|tum|sicht|tag|amt)$/ },
  { link: 'es', after: /(tag|amt|kind)$/ },
  { link: 'n', after: /e$/ },
  { link: 'en', after: /./ },
];

function isKnownModifier(prefix: string, lexicon: ReadonlySet<string>): boolean {
  return LINKS.some(({ link, after }) => {
    if (!prefix.endsWith(link)) return false;
    const stem = prefix.slice(0, prefix.length - link.length);
    return lexicon.has(stem) && after.test(stem);
  });
}

/**
 * The parts a compound ends in, longest first: "schwangerschaftskonfliktberatung"
 * → ["konfliktberatung", "beratung"]. Every ending that is a known word counts,
 * and the ending after the longest known word at the start (less a joint like
 * -s- or -n-). Only endings matter: Pagefind already finds a word by its start.
 */
export function compoundParts(word: string, lexicon: ReadonlySet<string>, depth = 0): string[] {
  const folded = foldWord(word);
  const parts: string[] = [];
  let afterModifier: string | undefined;
  for (let start = 3; folded.length - start >= MIN_PART; start++) {
    const ending = folded.slice(start);
    if (lexicon.has(ending)) parts.push(ending);
    if (isKnownModifier(folded.slice(0, start), lexicon)) afterModifier = ending;
  }
  if (afterModifier) parts.push(afterModifier);
  const deeper = depth < 3 ? parts.flatMap((part) => compoundParts(part, lexicon, depth + 1)) : [];
  return [...new Set([...parts, ...deeper])].sort((a, b) => b.length - a.length);
}

/** Does a page word contain the synonym term as itself, an inflected form or a compound part? */
function mentions(pageWord: string, term: string): boolean {
  if (pageWord === term) return true;
  if (term.length < MIN_PART) return false;
  // Inflections and compounds that start with the term ("Trennungsberatung");
  // endings would wrongly tie "Tagesväter" to "Väter".
  return pageWord.startsWith(term);
}

/** Families' words for every synonym term the page mentions. */
export function synonymWords(pageWords: ReadonlySet<string>, synonyms: readonly Synonym[], lang = 'de'): string[] {
  const found: string[] = [];
  for (const synonym of synonyms) {
    const termWords = wordsOf(synonym.term, lang);
    const hit = termWords.length > 0 && termWords.every((tw) => [...pageWords].some((pw) => mentions(pw, tw)));
    if (hit) found.push(...synonym.words);
  }
  return found;
}

export interface SearchTermSources {
  /** The page's own text (title, summary, body). */
  text: string;
  /** The entry's editor keywords. */
  keywords: readonly string[];
}

export interface ExpandedTerms {
  /** The editors' keywords the page does not already say. */
  keywords: string[];
  /** Synonym words and compound parts: the weakest evidence, weighted lowest. */
  added: string[];
}

/**
 * Extra words for a page's search blocks: its keywords, the synonym words its
 * text calls for, and the endings of its compounds, each once and none the
 * page already says as a whole word.
 */
export function expandSearchTerms(
  page: SearchTermSources,
  synonyms: readonly Synonym[],
  lexicon: ReadonlySet<string>,
  lang = 'de',
): ExpandedTerms {
  const words = (text: string) => wordsOf(text, lang);
  const pageWords = new Set(words(page.text));
  const keywordWords = new Set(page.keywords.flatMap(words));
  const synonymList = synonymWords(new Set([...pageWords, ...keywordWords]), synonyms, lang);
  const sourceWords = new Set([...pageWords, ...keywordWords, ...synonymList.flatMap(words)]);
  // German compounds only: other languages write their parts apart.
  const parts = lang === 'de' ? [...sourceWords].flatMap((word) => compoundParts(word, lexicon)) : [];
  // Folded forms Pagefind cannot make itself ("iletisim" for "İletişim", "قابله" for "قابلة").
  const folded = lang === 'de' ? [] : foldedForms([page.text, ...page.keywords, ...synonymList].join('\n'), lang);
  const seen = new Set<string>();
  const fresh = (candidate: string): boolean => {
    const key = foldWord(candidate, lang);
    if (seen.has(key)) return false;
    seen.add(key);
    // A single word the page already says adds nothing but weight.
    return /\s/.test(key) || !pageWords.has(key);
  };
  const keywords = page.keywords.filter(fresh);
  // The folded forms are added even where the page "says" them: Pagefind indexes the unfolded word.
  const added = [...synonymList, ...parts].filter(fresh);
  return { keywords, added: [...added, ...folded.filter((word) => !added.includes(word))] };
}

/**
 * The words of a text whose folded form (foldWord) differs from the lower-case word Pagefind
 * indexes, folded: the index then holds both, and a query typed without ş, hamza or apostrophe -
 * folded the same way on the search page - still meets the page.
 */
export function foldedForms(text: string, lang: string): string[] {
  const out = new Set<string>();
  for (const raw of text.match(/[\p{L}\p{M}\p{N}'’ʼ]+/gu) ?? []) {
    const word = raw.replace(/^['’ʼ]+|['’ʼ]+$/g, '');
    if (word.length < 2) continue;
    const folded = foldWord(joinWordParts(word, lang), lang);
    if (folded !== word.toLowerCase()) out.add(folded);
    // Pagefind lower-cases "İletişim" to "i̇letişim" (i and a dot): the Turkish lower case too.
    const turkish = lang === 'tr' ? word.toLocaleLowerCase('tr') : '';
    if (turkish && turkish !== word.toLowerCase()) out.add(turkish);
  }
  return [...out];
}

/** Words offered in "Meinten Sie …?": what the search is known to find. */
export function knownTerms(sources: readonly string[], lang = 'de'): string[] {
  const terms = new Map<string, string>();
  for (const source of sources) {
    for (const word of joinWordParts(source, lang).match(WORD) ?? []) {
      if (word.length < MIN_PART || /^\d+$/.test(word)) continue;
      const key = foldWord(word, lang);
      if (!terms.has(key)) terms.set(key, word);
    }
  }
  return [...terms.values()].sort((a, b) => a.localeCompare(b, lang));
}

/** Weekdays an offer's schedule meets on, in week order. */
export function scheduleWeekdays(rules: readonly ScheduleRule[]): Weekday[] {
  const days = new Set<Weekday>();
  for (const rule of rules) {
    if (rule.repeat === 'wöchentlich') rule.weekdays.forEach((d) => days.add(d));
    else if (rule.repeat === 'monatlich') days.add(rule.weekday);
    else days.add(weekdayByIso(toZoned(localNoon(rule.date)).dayOfWeek).name);
  }
  return inWeekOrder(days);
}
