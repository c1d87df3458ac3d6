// Long lists on numbered pages, so every page stays light (≤ 50 KB of HTML) however large the
// alliance: a district's directory with thousands of offers is read on a phone over mobile data.
// A list that fits on one page stays one page, exactly as before: with 15 offers /angebote/ is the
// whole directory. Pure, so it is tested without a build; the routes call it in getStaticPaths.

/** Entries per page of each list: a card is about 0.5 KB of HTML, a date or a line about 0.25 KB. */
export const PAGE_SIZE = {
  /** Offer cards (the directory, a topic, a partner's offers). */
  offers: 30,
  /** Partner cards. */
  partners: 40,
  /** Dates (coming events, one day's dates). */
  dates: 60,
  /** One line per past event (the archive). */
  archive: 100,
} as const;

/** Dates of one day on an overview (the home page, "Diese Woche") before "all N dates of this day". */
export const DAY_PREVIEW = 8;

/**
 * The address of page `number` of a list whose first page is `first` ("/angebote/" →
 * "/angebote/seite/2/"). "seite" is a fixed folder: Astro ranks it above an entry's [id], and an
 * entry called "seite" keeps its own page at /angebote/seite/.
 */
export function pageHref(first: string, number: number): string {
  return number <= 1 ? first : `${first}${pageSegment(number)}/`;
}

/** The path of page `number` (2 and up) below the list's first page. */
export function pageSegment(number: number): string {
  return `seite/${number}`;
}

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** Pages of the whole list (1 when it fits on one). */
  count: number;
  items: T[];
  /** How many entries the whole list has, and where this page's first and last are (1-based). */
  total: number;
  from: number;
  to: number;
}

/** The pages of a list; always at least one (an empty list is one empty page). */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Seitengröße muss eine ganze Zahl ab 1 sein: ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    total: items.length,
    from: Math.min(items.length, i * size + 1),
    to: Math.min(items.length, (i + 1) * size),
  }));
}

/** The route parameter of each page (undefined = the list's own address; "seite/2" …), for a [...page] route. */
export function pageParams<T>(pages: readonly ListPage<T>[]): { page: string | undefined; list: ListPage<T> }[] {
  return pages.map((list) => ({ page: list.number === 1 ? undefined : pageSegment(list.number), list }));
}

export type PagerItem = { kind: 'page'; number: number; href: string; current: boolean } | { kind: 'gap' };

export interface Pager {
  /** rel="prev" / rel="next" targets, for the links in the list and in <head>. */
  prev?: string;
  next?: string;
  /** The numbered links: the first, the last, and two either side of the current page; gaps between. */
  items: PagerItem[];
}

/** Links between the pages of a list; none for a list on one page. */
export function pager(first: string, number: number, count: number): Pager | undefined {
  if (count <= 1) return undefined;
  const shown = new Set([1, count, ...[-2, -1, 0, 1, 2].map((d) => number + d)].filter((n) => n >= 1 && n <= count));
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1]! > 1) items.push({ kind: 'gap' });
    items.push({ kind: 'page', number: n, href: pageHref(first, n), current: n === number });
  });
  return {
    ...(number > 1 ? { prev: pageHref(first, number - 1) } : {}),
    ...(number < count ? { next: pageHref(first, number + 1) } : {}),
    items,
  };
}

/** The first `limit` items, and how many more there are (the "all N dates" link says so). */
export function preview<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** Does a list of `total` entries need numbered pages (more than one page of `size`)? */
export function needsPages(total: number, size: number): boolean {
  return total > size;
}

/**
 * Dates per day on an overview (the home page, "Diese Woche"): all of them while the whole overview
 * stays short, else the first DAY_PREVIEW of each day and a link to that day's own pages.
 */
export function dayPreviewLimit(itemsPerDay: readonly number[]): number | undefined {
  const total = itemsPerDay.reduce((sum, n) => sum + n, 0);
  return total > 2 * PAGE_SIZE.dates ? DAY_PREVIEW : undefined;
}
