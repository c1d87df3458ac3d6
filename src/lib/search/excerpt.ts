// The excerpt of a search result: the entry's own summary (the page's
// description), never Pagefind's excerpt. Pagefind cuts its excerpt from the
// densest run of hits, and for a word a family typed that the page only has
// among its hidden search words ("Babykleidung"), that run is the word list
// itself ("gebrauchte Kleidung · Babykleidung · Secondhand · …"). The words
// stay in the index (SearchTerms.astro); only the result shows the summary,
// with the typed words marked where the summary has them.
import { foldWord } from './fold.ts';
import { queryWords } from './query.ts';

export interface ExcerptPart {
  text: string;
  /** A word the visitor typed (or a word starting with it, as Pagefind matches word beginnings). */
  hit: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Typed words worth marking: letters and digits only, at least two of them, folded for the language. */
function typedStems(query: string, lang: string): string[] {
  return queryWords(query)
    .map((word) => foldWord(word.replace(/[^\p{L}\p{M}\p{N}]/gu, ''), lang))
    .filter((word) => word.length >= 2);
}

/** The summary cut into runs of text, each word that begins with a typed word marked as a hit. */
export function markedSummary(summary: string, query: string, lang = 'de'): ExcerptPart[] {
  const stems = typedStems(query, lang);
  const parts: ExcerptPart[] = [];
  const push = (text: string, hit: boolean): void => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.hit === hit && !hit) last.text += text;
    else parts.push({ text, hit });
  };
  let at = 0;
  for (const match of summary.matchAll(WORD)) {
    const word = match[0];
    const folded = foldWord(word, lang);
    push(summary.slice(at, match.index), false);
    push(word, stems.some((stem) => folded.startsWith(stem)));
    at = match.index + word.length;
  }
  push(summary.slice(at), false);
  return parts;
}
