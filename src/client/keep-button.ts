// The "Merken" buttons of a page (components/MerkenButton.astro): shown once the script runs and
// the browser allows storage, pressed for entries on the list, and a click adds or removes.
// The button's own text is the "off" text; the text once saved is the page's
// <meta name="keep-pressed"> (BaseLayout), written once per page, not once per card.
import { toggled } from '../lib/keep/list.ts';
import { onListChange, readList, writeList } from './keep-storage.ts';

const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-keep]')];
const pressedText = document.querySelector<HTMLMetaElement>('meta[name="keep-pressed"]')?.content ?? '';

function paint(list: readonly string[]): void {
  for (const button of buttons) {
    const on = list.includes(button.dataset['keep'] ?? '');
    button.setAttribute('aria-pressed', String(on));
    button.textContent = (on ? pressedText : button.dataset['off']) ?? '';
  }
}

const list = readList();
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
