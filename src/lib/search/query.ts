// Query side of the search, pure so it is unit-tested: which words of a
// typed sentence to search for, the nearest known word for a misspelling,
// and the order of results (offers before pages that merely mention them).
import { distance } from 'fastest-levenshtein';
import { foldWord, joinWordParts } from './fold.ts';

// Words that carry no meaning in a family's question ("Streit mit meinem
// Mann", "help for my son"), per language; Pagefind needs every word of a
// query, so they would only block hits.
const STOP_WORD_LISTS: Readonly<Record<string, string>> = {
  de: 'ich du er sie es wir ihr mein meine meinem meinen meiner dein deine unser unsere mit ohne für fur von vom zu zum zur im in am an auf aus bei und oder der die das den dem des ein eine einen einem einer ist sind hat habe haben wie was wo wer wann gibt es suche brauche bitte mir mich uns',
  en: "i me my we our you your a an the to for of in on at by with and or is are am be do does how where what when who can need needs looking find please there any some this that i'm",
  tr: 've ile için bir bu şu ne nerede nasıl ben benim bana biz bizim sen siz mi mı mu mü de da ki ama veya lazım arıyorum istiyorum var',
  uk: 'і й та а у в з із зі на до для про по від мені мене мій моя моє мої ми нам наш наша як де що хто чи це є треба потрібно шукаю',
  ar: 'في من إلى على عن مع و أو ما ماذا أين كيف هل أنا لي عند هذا هذه ذلك التي الذي أريد أبحث',
};
const stopWords = new Map<string, ReadonlySet<string>>();
function stopWordsOf(lang: string): ReadonlySet<string> {
  let set = stopWords.get(lang);
  if (!set) {
    set = new Set((STOP_WORD_LISTS[lang] ?? '').split(' ').filter(Boolean).map((word) => foldWord(word, lang)));
    stopWords.set(lang, set);
  }
  return set;
}

export function queryWords(query: string): string[] {
  return query.split(/\s+/).filter(Boolean);
}

/** The query without filler words of its language; the query itself if nothing else is left. */
export function meaningfulQuery(query: string, lang = 'de'): string {
  const words = queryWords(query);
  const stop = stopWordsOf(lang);
  const kept = words.filter((word) => !stop.has(foldWord(word.replace(/[^\p{L}\p{M}\p{N}'’ʼ-]/gu, ''), lang)));
  return (kept.length ? kept : words).join(' ');
}

/**
 * The query as the index's folded words have it (foldWord): "iletisim" for "İletişim",
 * "قابله" for "قابلة"; undefined when folding changes nothing. The search page tries it when the
 * query as typed finds nothing, before it suggests another word.
 */
export function foldedQuery(query: string, lang = 'de'): string | undefined {
  if (lang === 'de') return undefined;
  const folded = queryWords(joinWordParts(query, lang)).map((word) => foldWord(word, lang)).join(' ');
  return folded !== queryWords(query).join(' ').toLowerCase() ? folded : undefined;
}

/** Edit distance a word of this length may be off by and still count as meant. */
function tolerance(length: number): number {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/** The known term nearest to a word, or undefined when none is near enough or the word is known. */
export function nearestTerm(word: string, terms: readonly string[], maxDistance?: number, lang = 'de'): string | undefined {
  const folded = foldWord(word, lang);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const term of terms) {
    const d = distance(folded, foldWord(term, lang));
    if (d === 0) return undefined;
    if (d < bestDistance) {
      best = term;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.min(maxDistance ?? Infinity, tolerance(folded.length)) ? best : undefined;
}

/** The query with each misspelt word replaced by its nearest known term; undefined when nothing changes. */
export function correctedQuery(query: string, terms: readonly string[], maxDistance?: number, lang = 'de'): string | undefined {
  let changed = false;
  const words = queryWords(query).map((word) => {
    const nearest = nearestTerm(word, terms, maxDistance, lang);
    if (!nearest) return word;
    changed = true;
    return nearest;
  });
  return changed ? words.join(' ') : undefined;
}

/**
 * How much a result of each kind counts: what families can use comes first. Keyed by the kind as
 * the page names it in its language (src/i18n/*.ts, "kind.offer" …; a test keeps them equal), so
 * the search page of every language ranks alike without shipping the dictionaries.
 */
export const KIND_BOOST: Readonly<Record<string, number>> = {
  Angebot: 1.5,
  Partner: 1,
  Veranstaltung: 1,
  Seite: 1,
  Offer: 1.5,
  Hizmet: 1.5,
  'خدمة': 1.5,
  'Послуга': 1.5,
};

export function rankByKind<T extends { score: number; kind: string | undefined }>(results: readonly T[]): T[] {
  const boosted = results.map((result, order) => ({ result, order, value: result.score * (KIND_BOOST[result.kind ?? ''] ?? 1) }));
  return boosted.sort((a, b) => b.value - a.value || a.order - b.order).map((entry) => entry.result);
}
