// The "Merken" buttons of a page (components/MerkenButton.astro): shown once the script runs and
// the browser allows storage, pressed for entries on the list, and a click adds or removes.
// The button's own text is the "off" text; the text once saved is the page's
// <meta name="keep-pressed"> (BaseLayout), written once per page, not once per card.
// Offer cards (components/OfferCard.astro) and coming events in a list (DateList keep) carry no
// button in their HTML: a directory of cards stays within its page budget, and without the script
// there is no list anyway. The script adds one to each, its text from <meta name="keep-off">.
import { keyOf, toggled } from '../lib/keep/list.ts';
import { onListChange, readList, writeList } from './keep-storage.ts';

const meta = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
const pressedText = meta('keep-pressed');
const list = readList();

if (list) {
  // Offer cards, and the items of a list that asks for it (coming events: data-keep-key).
  const holders: [HTMLElement, string][] = [
    ...[...document.querySelectorAll<HTMLElement>('article.card[data-offer]')].map((card): [HTMLElement, string] => [card, keyOf('offer', card.dataset['offer'] ?? '')]),
    ...[...document.querySelectorAll<HTMLElement>('[data-keep-key]')].map((item): [HTMLElement, string] => [item, item.dataset['keepKey'] ?? '']),
  ];
  for (const [holder, key] of holders) {
    if (!key || holder.querySelector('button[data-keep]')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset['keep'] = key;
    button.textContent = meta('keep-off');
    button.hidden = true;
    holder.append(button);
  }
}

const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-keep]')];

function paint(list: readonly string[]): void {
  for (const button of buttons) {
    const on = list.includes(button.dataset['keep'] ?? '');
    button.setAttribute('aria-pressed', String(on));
    button.textContent = (on ? pressedText : button.dataset['off']) ?? '';
  }
}

if (list && buttons.length) {
  for (const button of buttons) {
    button.dataset['off'] = button.textContent?.trim() ?? '';
    button.hidden = false;
    button.closest<HTMLElement>('[data-keep-wrap]')?.removeAttribute('hidden');
    button.addEventListener('click', () => {
      const key = button.dataset['keep'] ?? '';
      const next = toggled(readList() ?? [], key, button.getAttribute('aria-pressed') !== 'true');
      if (writeList(next)) paint(next);
    });
  }
  paint(list);
  onListChange(() => paint(readList() ?? []));
}
