// Browser side of /suche/: loads Pagefind's index when the field gets focus,
// searches as the visitor types, and renders results as plain, accessible
// HTML (Pagefind's own UI fails axe). Query and filters live in the URL.
import { markedSummary } from '../lib/search/excerpt.ts';
import { correctedQuery, foldedQuery, meaningfulQuery, queryWords, rankByKind } from '../lib/search/query.ts';
import { applyUrl, filterBoxes, fill, selection, writeUrl } from './filter-state.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface Pagefind {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  preload(query: string, options?: { filters?: PagefindFilters }): Promise<void>;
  search(query: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] }>;
}
interface Texts {
  results: string;
  oneResult: string;
  loading: string;
  empty: string;
  corrected: string;
  filtered: string;
}

const SHOWN = 20;

/** Puts the preferred results first (their scores lifted above the rest), then the others. */
function boostFirst(preferred: readonly PagefindResult[], rest: readonly PagefindResult[]): PagefindResult[] {
  if (preferred.length === 0) return [...rest];
  const top = Math.max(...rest.map((r) => r.score), 0);
  const ids = new Set(preferred.map((r) => r.id));
  const lifted = preferred.map((r) => ({ ...r, score: r.score + top }));
  return [...lifted, ...rest.filter((r) => !ids.has(r.id))];
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form.site-search');
  const input = document.querySelector<HTMLInputElement>('#suchfeld');
  const status = document.querySelector<HTMLElement>('#suchstatus');
  const list = document.querySelector<HTMLOListElement>('#suchergebnisse');
  const empty = document.querySelector<HTMLElement>('#suchleer');
  if (!form || !input || !status || !list || !empty) return;
  // Where Pagefind and the known words are: the route table's URLs, written into the page.
  const pagefindDir = form.dataset['pagefind'] ?? '/pagefind/';
  const termsUrl = form.dataset['terms'] ?? '/suche/begriffe.json';
  const texts = JSON.parse(form.dataset['texts'] ?? '{}') as Texts;
  // The page's language: its filler words, its folding ("iletisim" for "İletişim"), its known words.
  const lang = document.documentElement.lang || 'de';
  const boxes = filterBoxes(form);
  let pagefind: Promise<Pagefind> | undefined;
  let known: Promise<string[]> | undefined;
  let latest = 0;

  const load = (): Promise<Pagefind> => {
    pagefind ??= import(/* @vite-ignore */ `${pagefindDir}pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ excerptLength: 24 });
      await module.init();
      return module;
    });
    return pagefind;
  };
  const knownTerms = (): Promise<string[]> => {
    known ??= fetch(termsUrl).then((r) => (r.ok ? (r.json() as Promise<string[]>) : []));
    return known;
  };

  const filters = (): PagefindFilters => {
    const result: PagefindFilters = {};
    for (const [name, values] of selection(boxes, 'value')) result[name] = { any: [...values] };
    return result;
  };

  /** Pagefind needs every word; a sentence falls back to its words one by one. */
  const find = async (engine: Pagefind, query: string | null, options: { filters: PagefindFilters }): Promise<PagefindResult[]> => {
    if (query === null) return (await engine.search(null, options)).results;
    const whole = (await engine.search(query, options)).results;
    const words = queryWords(query);
    if (whole.length > 0 || words.length < 2) return whole;
    const merged = new Map<string, PagefindResult>();
    for (const word of words) {
      for (const result of (await engine.search(word, options)).results) {
        const seen = merged.get(result.id);
        merged.set(result.id, seen ? { ...seen, score: seen.score + result.score } : result);
      }
    }
    return [...merged.values()].sort((a, b) => b.score - a.score);
  };

  /** The entry's summary (the page's description) with the typed words marked; Pagefind's excerpt only for a page without one. */
  const excerptOf = (item: PagefindResultData, typed: string): HTMLParagraphElement => {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    const summary = item.meta['description'];
    if (!summary) {
      // Pagefind's excerpt is escaped text with <mark> around hits.
      excerpt.innerHTML = item.excerpt;
      return excerpt;
    }
    for (const part of markedSummary(summary, typed, lang)) {
      if (!part.hit) {
        excerpt.append(part.text);
        continue;
      }
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    }
    return excerpt;
  };

  const renderItem = (item: PagefindResultData, typed: string): HTMLLIElement => {
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    heading.className = 'search-result__title';
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta['title'] ?? item.url;
    heading.append(link);
    const kind = document.createElement('p');
    kind.className = 'tag';
    kind.textContent = item.meta['kind'] ?? '';
    li.append(heading, kind, excerptOf(item, typed));
    return li;
  };

  // What the list shows now. Rendering the same query again would replace the
  // links under a keyboard user's focus, so it is skipped.
  let shownKey = '';
  let shownStatus = '';

  const render = async (): Promise<void> => {
    const typed = input.value.trim();
    const options = { filters: filters() };
    writeUrl(boxes, { q: typed });
    const key = JSON.stringify([typed, options.filters]);
    if (key === shownKey) {
      // Back to what is shown: drop any newer search still under way, and its "loading" status.
      latest++;
      if (status.textContent !== shownStatus) status.textContent = shownStatus;
      return;
    }
    const ticket = ++latest;
    if (!typed && Object.keys(options.filters).length === 0) {
      shownKey = key;
      shownStatus = '';
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = true;
      return;
    }
    status.textContent = texts.loading;
    const engine = await load();
    const query = typed ? meaningfulQuery(typed, lang) : null;
    let results = await find(engine, query, options);
    // Typed without ş, hamza or apostrophe (or with them where the page has none): the index holds the folded words too.
    const folded = query && results.length === 0 ? foldedQuery(query, lang) : undefined;
    if (folded) results = await find(engine, folded, options);
    if (typed && queryWords(typed).length > 1) {
      // The words as typed, side by side ("Hilfe zu Hause"), beat the same words scattered over a page.
      const phrase = (await engine.search(`"${typed.replace(/"/g, '')}"`, options)).results;
      results = boostFirst(phrase, results);
    }
    let note = '';
    if (query) {
      // A near miss of a known word ("Babykob") is corrected even when Pagefind's
      // own fuzzy match found something; a plain miss is corrected more loosely.
      const suggestion = correctedQuery(query, await knownTerms(), results.length > 0 ? 1 : undefined, lang);
      if (suggestion) {
        const better = await find(engine, suggestion, options);
        if (better.length > 0) {
          note = fill(texts.corrected, { query: typed, suggestion });
          results = boostFirst(better, results);
        }
      }
    }
    const data = await Promise.all(results.slice(0, SHOWN).map(async (r) => ({ score: r.score, item: await r.data() })));
    if (ticket !== latest) return;
    const ranked = rankByKind(data.map((d) => ({ ...d, kind: d.item.meta['kind'] })));
    shownKey = key;
    list.replaceChildren(...ranked.map((r) => renderItem(r.item, typed)));
    empty.hidden = ranked.length > 0;
    if (ranked.length === 0) {
      status.textContent = fill(texts.empty, { query: typed });
    } else if (note) {
      status.textContent = note;
    } else if (!typed) {
      status.textContent = fill(texts.filtered, { count: results.length });
    } else {
      status.textContent = fill(results.length === 1 ? texts.oneResult : texts.results, { count: results.length, query: typed });
    }
    shownStatus = status.textContent;
    // The query these results answer, in any language: what a test (or a script) waits for.
    list.dataset['query'] = typed;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void render(), 250);
  };
  input.addEventListener(
    'focus',
    () => {
      void load();
      // The corrections list is small (about 4 KB); fetching it now keeps it off the first result's path.
      void knownTerms();
    },
    { once: true },
  );
  input.addEventListener('input', () => {
    const typed = input.value.trim();
    if (typed) void load().then((engine) => engine.preload(meaningfulQuery(typed, lang), { filters: filters() }));
    later();
  });
  for (const box of boxes) box.addEventListener('change', () => void render());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void render();
  });

  const url = new URL(location.href);
  applyUrl(boxes, url);
  const details = form.querySelector('details');
  if (details && boxes.some((b) => b.checked)) details.open = true;
  input.value = url.searchParams.get('q') ?? '';
  if (input.value || boxes.some((b) => b.checked)) void render();
}
