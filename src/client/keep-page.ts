// The saved list page (pages/[...lang]/merkliste/index.astro). Reads the list from the link
// (#id,id – a shared list, shown but not stored until the visitor saves it) or from this
// device, fetches what the site knows of every entry (/merkliste/eintraege.json, same origin),
// and shows title, status, summary, next dates and contact. Ids the site no longer knows are
// skipped with a short note. Texts come from the page's data-t-* attributes (its language).
import { hashOf, keysFromHash, known, toggled } from '../lib/keep/list.ts';
import type { KeepData, KeptEntry } from '../lib/keep/entries.ts';
import { KEPT_DATES_SHOWN } from '../lib/keep/entries.ts';
import { shareLinks } from '../lib/share/links.ts';
import { onListChange, readList, writeList } from './keep-storage.ts';

const root = document.querySelector<HTMLElement>('[data-keep-page]');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

if (root) {
  const text = (name: string): string => root.dataset[name] ?? '';
  const part = <T extends HTMLElement>(name: string): T => root.querySelector<T>(`[data-keep-${name}]`)!;
  const list = part<HTMLUListElement>('list');
  const loading = part('loading');
  let data: KeepData | undefined;

  /** The list shown: the link's, while the visitor has not saved it here, else the device's. */
  const sharedKeys = (): string[] | undefined => (location.hash.length > 1 ? keysFromHash(location.hash).keys : undefined);

  function item(key: string, entry: KeptEntry, own: boolean): HTMLLIElement {
    const langAttr: Record<string, string> = entry.lang ? { lang: entry.lang } : {};
    const li = el('li', { class: 'card keep-item', 'data-keep-item': key });
    li.append(el('h2', { class: 'keep-item__title' }, el('a', { href: entry.href, ...langAttr }, entry.title)));
    if (entry.status) li.append(el('p', { class: 'card__meta' }, el('strong', {}, entry.status)));
    li.append(el('p', langAttr, entry.summary));
    const now = Date.now();
    const coming = entry.dates.filter((date) => !(Date.parse(date.end) <= now)).slice(0, KEPT_DATES_SHOWN);
    li.append(el('h3', { class: 'keep-item__label' }, text('tNext')));
    if (coming.length) {
      li.append(
        el(
          'ul',
          { class: 'date-list' },
          ...coming.map((date) => el('li', {}, el('time', { datetime: date.start }, date.text), ...(date.note ? [el('br'), el('strong', { class: 'date-holiday' }, date.note)] : []))),
        ),
      );
    } else li.append(el('p', {}, text('tNoDates')));
    const contact = el('p', { class: 'keep-item__contact' });
    if (entry.phone) contact.append(`${text('tPhone')}: `, el('a', { href: entry.tel ?? `tel:${entry.phone}`, class: 'ltr' }, entry.phone));
    if (entry.phone && entry.email) contact.append(el('br'));
    if (entry.email) contact.append(`${text('tEmail')}: `, el('a', { href: `mailto:${entry.email}`, class: 'ltr' }, entry.email));
    if (contact.childNodes.length) li.append(contact);
    if (own) {
      const remove = el('button', { type: 'button', class: 'keep-item__remove', 'data-keep-remove': key }, text('tRemove'));
      remove.addEventListener('click', () => {
        const next = toggled(readList() ?? [], key, false);
        if (writeList(next)) {
          render();
          list.focus();
        }
      });
      li.append(remove);
    }
    return li;
  }

  function render(): void {
    if (!data) return;
    const shared = sharedKeys();
    const stored = readList();
    const own = shared === undefined;
    const keys = shared ?? stored ?? [];
    const { found, unknown } = known(keys, data.entries);
    list.replaceChildren(...found.map(({ key, entry }) => item(key, entry, own && stored !== undefined)));
    const unknownNote = part('unknown');
    const malformed = shared ? keysFromHash(location.hash).malformed : 0;
    unknownNote.hidden = unknown.length + malformed === 0;
    unknownNote.textContent = text('tUnknown').replace('{count}', String(unknown.length + malformed));
    part('empty').hidden = found.length > 0;
    // Saving a shared list needs storage; the button is offered only where the browser allows it.
    part('shared').hidden = own || found.length === 0 || stored === undefined;
    const share = part('share');
    share.hidden = found.length === 0;
    const url = `${text('page')}${hashOf(found.map(({ key }) => key))}`;
    const link = part<HTMLAnchorElement>('link');
    link.href = url;
    link.textContent = url;
    const copy = share.querySelector<HTMLButtonElement>('[data-share-copy] button');
    if (copy) copy.dataset['url'] = url;
    const links = shareLinks({ url, title: text('title'), text: text('shareText'), site: text('site') });
    part<HTMLAnchorElement>('email').href = links.email;
    part<HTMLAnchorElement>('whatsapp').href = links.whatsapp;
  }

  part('save').addEventListener('click', () => {
    const shared = sharedKeys() ?? [];
    const entries = data?.entries ?? {};
    const merged = [...(readList() ?? []), ...shared.filter((key) => Object.hasOwn(entries, key))].reduce<string[]>((keys, key) => toggled(keys, key, true), []);
    if (!writeList(merged)) return;
    history.replaceState(null, '', location.pathname + location.search);
    render();
    part('status').textContent = text('tSaved');
    list.focus();
  });
  part('print').addEventListener('click', () => window.print());
  window.addEventListener('hashchange', render);
  onListChange(render);

  loading.hidden = false;
  fetch(text('src'), { credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<KeepData>;
    })
    .then((loaded) => {
      data = loaded;
      loading.hidden = true;
      render();
    })
    .catch(() => {
      loading.hidden = true;
      part('error').hidden = false;
    });
}
