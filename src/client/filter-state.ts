// Filter checkboxes <-> URL parameters, shared by the search page and the
// offers directory: the URL is the state, so a filtered list can be
// bookmarked and shared.
export type Selection = Map<string, Set<string>>;

export function filterBoxes(root: ParentNode): HTMLInputElement[] {
  return [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox][data-filter]')];
}

/** Ticks the boxes the URL names. */
export function applyUrl(boxes: readonly HTMLInputElement[], url: URL): void {
  for (const box of boxes) box.checked = url.searchParams.getAll(box.name).includes(box.value);
}

/** Selected values per filter name, as data-value (Pagefind) or value (URL slug). */
export function selection(boxes: readonly HTMLInputElement[], key: 'slug' | 'value'): Selection {
  const selected: Selection = new Map();
  for (const box of boxes) {
    if (!box.checked) continue;
    const name = box.dataset['filter'] ?? box.name;
    const set = selected.get(name) ?? new Set<string>();
    set.add(key === 'slug' ? box.value : (box.dataset['value'] ?? box.value));
    selected.set(name, set);
  }
  return selected;
}

/** Writes the ticked boxes (and any other parameters given) into the address bar without a new history entry. */
export function writeUrl(boxes: readonly HTMLInputElement[], extra: Record<string, string> = {}): void {
  const url = new URL(location.href);
  for (const name of new Set(boxes.map((b) => b.name))) url.searchParams.delete(name);
  for (const [name, value] of Object.entries(extra)) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  for (const box of boxes) if (box.checked) url.searchParams.append(box.name, box.value);
  history.replaceState(null, '', url);
}

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
