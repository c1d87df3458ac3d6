// Query side of the search, pure so it is unit-tested: which words of a
// typed sentence to search for, the nearest known word for a misspelling,
// and the order of results (offers before pages that merely mention them).
import { distance } from 'fastest-levenshtein';
import { foldWord } from './fold.ts';

// Words that carry no meaning in a family's question ("Streit mit meinem
// Mann"); Pagefind needs every word of a query, so they would only block hits.
const STOP_WORDS = new Set(
  'ich du er sie es wir ihr mein meine meinem meinen meiner dein deine unser unsere mit ohne für fur von vom zu zum zur im in am an auf aus bei und oder der die das den dem des ein eine einen einem einer ist sind hat habe haben wie was wo wer wann gibt es suche brauche bitte mir mich uns'.split(' '),
);

export function queryWords(query: string): string[] {
  return query.split(/\s+/).filter(Boolean);
}

/** The query without filler words; the query itself if nothing else is left. */
export function meaningfulQuery(query: string): string {
  const words = queryWords(query);
  const kept = words.filter((word) => !STOP_WORDS.has(foldWord(word.replace(/[^\p{L}\p{N}-]/gu, ''))));
  return (kept.length ? kept : words).join(' ');
}

/** Edit distance a word of this length may be off by and still count as meant. */
function tolerance(length: number): number {
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

/** The known term nearest to a word, or undefined when none is near enough or the word is known. */
export function nearestTerm(word: string, terms: readonly string[], maxDistance?: number): string | undefined {
  const folded = foldWord(word);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const term of terms) {
    const d = distance(folded, foldWord(term));
    if (d === 0) return undefined;
    if (d < bestDistance) {
      best = term;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.min(maxDistance ?? Infinity, tolerance(folded.length)) ? best : undefined;
}

/** The query with each misspelt word replaced by its nearest known term; undefined when nothing changes. */
export function correctedQuery(query: string, terms: readonly string[], maxDistance?: number): string | undefined {
  let changed = false;
  const words = queryWords(query).map((word) => {
    const nearest = nearestTerm(word, terms, maxDistance);
    if (!nearest) return word;
    changed = true;
    return nearest;
  });
  return changed ? words.join(' ') : undefined;
}

/** How much a result of each kind counts: what families can use comes first. */
export const KIND_BOOST: Readonly<Record<string, number>> = {
  Angebot: 1.5,
  Partner: 1,
  Veranstaltung: 1,
  Seite: 1,
};

export function rankByKind<T extends { score: number; kind: string | undefined }>(results: readonly T[]): T[] {
  const boosted = results.map((result, order) => ({ result, order, value: result.score * (KIND_BOOST[result.kind ?? ''] ?? 1) }));
  return boosted.sort((a, b) => b.value - a.value || a.order - b.order).map((entry) => entry.result);
}
