// Progressive filters for /angebote/: without JavaScript the page is the
// full list grouped by topic; with it, the filter form appears and hides the
// cards that do not match. The ticked boxes live in the URL. On a small
// screen the filters start folded behind one button, so the first offers are
// on the first screen; the button says how many filters are ticked.
import { countSentence } from '../lib/search/facets.ts';
import { applyUrl, filterBoxes, fill, selection, writeUrl } from './filter-state.ts';

interface Texts {
  one: string;
  other: string;
  none: string;
  selectedOne: string;
  selectedOther: string;
}

/** Wide enough to show the filters beside nothing else: the same width as the header's full navigation. */
const WIDE = '(min-width: 48rem)';

export function runOfferFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form.offer-filters');
  const status = document.querySelector<HTMLElement>('#angebote-status');
  if (!form || !status) return;
  const texts = JSON.parse(form.dataset['texts'] ?? '{}') as Texts;
  const total = Number(form.dataset['total'] ?? 0);
  const boxes = filterBoxes(form);
  const cards = [...document.querySelectorAll<HTMLElement>('article[data-offer]')];
  const panel = form.querySelector<HTMLDetailsElement>('details');
  const selectedMark = form.querySelector<HTMLElement>('[data-filter-selected]');

  const update = (): void => {
    const selected = selection(boxes, 'slug');
    const param = (name: string) => boxes.find((b) => b.dataset['filter'] === name)?.name ?? name;
    const matching = new Set<string>();
    for (const card of cards) {
      // Within a group any ticked value will do; every group with a tick must match.
      const fits = [...selected].every(([name, values]) => {
        const own = (card.getAttribute(`data-${param(name)}`) ?? '').split(' ');
        return own.some((value) => values.has(value));
      });
      const item = card.closest('li') ?? card;
      item.hidden = !fits;
      if (fits) matching.add(card.dataset['offer'] ?? '');
    }
    // "See also" lines name offers regardless of the filters: hidden while filtering.
    for (const line of document.querySelectorAll<HTMLElement>('[data-see-also]')) line.hidden = selected.size > 0;
    for (const section of document.querySelectorAll<HTMLElement>('section[aria-labelledby^="thema-"]')) {
      section.hidden = !section.querySelector('li:not([hidden]), [data-see-also]:not([hidden])');
    }
    const ticked = boxes.filter((box) => box.checked).length;
    if (selectedMark) selectedMark.textContent = ticked === 0 ? '' : ticked === 1 ? texts.selectedOne : fill(texts.selectedOther, { count: ticked });
    if (selected.size === 0) status.textContent = '';
    else if (matching.size === 0) status.textContent = texts.none;
    else status.textContent = countSentence(texts, matching.size, total);
    writeUrl(boxes);
  };

  if (panel) panel.open = matchMedia(WIDE).matches;
  form.hidden = false;
  applyUrl(boxes, new URL(location.href));
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
    // On a phone, show the result: fold the filters away, the count is announced.
    if (panel && !matchMedia(WIDE).matches) panel.open = false;
  });
  // The reset event fires before the boxes are cleared.
  form.addEventListener('reset', () => setTimeout(update));
  update();
}
