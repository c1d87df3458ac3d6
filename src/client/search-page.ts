// Browser side of /suche/: loads Pagefind's index only when the visitor
// starts searching, and renders results as plain, accessible HTML (Pagefind's
// own UI fails axe).
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}
interface Texts {
  results: string;
  oneResult: string;
  loading: string;
  empty: string;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form.site-search');
  const input = document.querySelector<HTMLInputElement>('#suchfeld');
  const status = document.querySelector<HTMLElement>('#suchstatus');
  const list = document.querySelector<HTMLOListElement>('#suchergebnisse');
  const topics = document.querySelector<HTMLElement>('#suchthemen');
  if (!form || !input || !status || !list || !topics) return;
  const base = form.dataset['base'] ?? '/';
  const texts = JSON.parse(form.dataset['texts'] ?? '{}') as Texts;
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = (): Promise<Pagefind> => {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.init();
      return module;
    });
    return pagefind;
  };

  const render = async (query: string): Promise<void> => {
    const ticket = ++latest;
    const trimmed = query.trim();
    if (!trimmed) {
      list.replaceChildren();
      status.textContent = '';
      topics.hidden = true;
      return;
    }
    status.textContent = texts.loading;
    const engine = await load();
    const found = await engine.search(trimmed);
    const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...data.map((item) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.meta['title'] ?? item.url;
        const heading = document.createElement('h2');
        heading.className = 'search-result__title';
        heading.append(link);
        const kind = document.createElement('p');
        kind.className = 'tag';
        kind.textContent = item.meta['kind'] ?? '';
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is escaped text with <mark> around hits.
        excerpt.innerHTML = item.excerpt;
        li.append(heading, kind, excerpt);
        return li;
      }),
    );
    if (data.length === 0) {
      status.textContent = fill(texts.empty, { query: trimmed });
      topics.hidden = false;
    } else {
      status.textContent = fill(data.length === 1 ? texts.oneResult : texts.results, { count: data.length, query: trimmed });
      topics.hidden = true;
    }
  };

  input.addEventListener('focus', () => void load(), { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      if (input.value.trim()) url.searchParams.set('q', input.value.trim());
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      void render(input.value);
    }, 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void render(input.value);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void render(initial);
  }
}
