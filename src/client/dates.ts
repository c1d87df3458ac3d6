// Keeps a stale page honest. Pages are built nightly; if a build is late, or a page sits in a
// cache, the visitor's clock decides what is still coming. Every dated entry carries its end as
// ISO 8601 with offset (data-ends), so Date.parse compares instants without any date library.
//
// - [data-date-list]: entries [data-ends] that are over are hidden; of the rest, the first
//   data-max are shown (the build embeds spare later dates, hidden, to move up). When none is
//   left, the list is hidden and its [data-dates-over] message shown.
// - [data-after]: shown once that instant has passed (e.g. "has already taken place").
// - [data-day-from]/[data-day-until]: its [data-today] mark is shown only while now is that day.
// Without JavaScript the page reads as of its build, which is correct on the night it was built.
const now = Date.now();
const passed = (iso: string | undefined): boolean => {
  const t = Date.parse(iso ?? '');
  return t === t && t <= now; // t === t: not NaN, so a broken value hides nothing
};

for (const list of document.querySelectorAll<HTMLElement>('[data-date-list]')) {
  const max = Number(list.dataset['max']) || 1e9;
  let shown = 0;
  for (const item of list.querySelectorAll<HTMLElement>('[data-ends]')) {
    const show = !passed(item.dataset['ends']) && shown < max;
    if (show) shown++;
    item.hidden = !show;
  }
  const over = list.querySelector<HTMLElement>('[data-dates-over]');
  if (!shown && over) {
    over.hidden = false;
    for (const child of list.children) if (child !== over) (child as HTMLElement).hidden = true;
  }
}

for (const el of document.querySelectorAll<HTMLElement>('[data-after]')) {
  if (passed(el.dataset['after'])) el.hidden = false;
}

for (const day of document.querySelectorAll<HTMLElement>('[data-day-from]')) {
  const mark = day.querySelector<HTMLElement>('[data-today]');
  if (mark) mark.hidden = !(passed(day.dataset['dayFrom']) && !passed(day.dataset['dayUntil']));
}
