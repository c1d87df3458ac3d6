// Progressive filters for /angebote/: without JavaScript the page is the
// full list grouped by topic; with it, the filter form appears and hides the
// cards that do not match. The ticked boxes live in the URL.
import { applyUrl, filterBoxes, fill, selection, writeUrl } from './filter-state.ts';

export function runOfferFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form.offer-filters');
  const status = document.querySelector<HTMLElement>('#angebote-status');
  if (!form || !status) return;
  const texts = JSON.parse(form.dataset['texts'] ?? '{}') as { count: string; none: string };
  const total = Number(form.dataset['total'] ?? 0);
  const boxes = filterBoxes(form);
  const cards = [...document.querySelectorAll<HTMLElement>('article[data-offer]')];

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
    for (const section of document.querySelectorAll<HTMLElement>('section[aria-labelledby^="thema-"]')) {
      section.hidden = !section.querySelector('li:not([hidden])');
    }
    if (selected.size === 0) status.textContent = '';
    else if (matching.size === 0) status.textContent = texts.none;
    else status.textContent = fill(texts.count, { count: matching.size, total });
    writeUrl(boxes);
  };

  form.hidden = false;
  applyUrl(boxes, new URL(location.href));
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  // The reset event fires before the boxes are cleared.
  form.addEventListener('reset', () => setTimeout(update));
  update();
}
