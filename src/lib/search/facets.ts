// How many offers each filter option finds, and the sentence that says how
// many match. Options that find nothing are not offered at all: a family
// should never tick a box that can only lead to an empty list. Free of
// schema imports: the browser's filter script uses countSentence().
import type { FilterName, Filters } from './contract.ts';

export type FacetCounts = Partial<Record<FilterName, ReadonlyMap<string, number>>>;

/** For each filter and value, the number of offers that carry it. */
export function facetCounts(offers: readonly Filters[]): FacetCounts {
  const counts: Partial<Record<FilterName, Map<string, number>>> = {};
  for (const filters of offers) {
    for (const [name, values] of Object.entries(filters) as [FilterName, string[] | undefined][]) {
      const map = (counts[name] ??= new Map());
      for (const value of new Set(values ?? [])) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

/** The number of offers a filter option finds (0 for an option no offer has). */
export function countOf(counts: FacetCounts, name: FilterName, value: string): number {
  return counts[name]?.get(value) ?? 0;
}

export interface CountTexts {
  /** "{count} von {total} Angeboten passt zu Ihrer Auswahl." */
  one: string;
  /** "{count} von {total} Angeboten passen zu Ihrer Auswahl." */
  other: string;
}

const plural = new Intl.PluralRules('de');

/** The count sentence with the verb in the right number: "1 … passt", "3 … passen". */
export function countSentence(texts: CountTexts, count: number, total: number): string {
  const template = plural.select(count) === 'one' ? texts.one : texts.other;
  return template.replace('{count}', String(count)).replace('{total}', String(total));
}
