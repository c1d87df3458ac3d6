// Keeps a stale page honest. Pages are built nightly; if a build is late, or a page sits in a
// cache, the visitor's clock decides what is still coming. Every dated entry carries its end as
// ISO 8601 with offset (data-ends), so Date.parse compares instants without any date library.
//
// - [data-date-list]: entries [data-ends] that are over are hidden; of the rest, the first
//   data-max are shown (the build embeds spare later dates, hidden, to move up). In a list of
//   days ([data-date-group]) data-max counts days, and a day whose dates are all over is hidden.
//   When nothing is left, the list is hidden and its [data-dates-over] message shown.
// - [data-week]: the build makes two weeks of days ([data-week-day] with data-day-from/until);
//   shown are the data-shown days that start with the visitor's today. A line of days without
//   dates ([data-week-group]) is hidden when none of its days is shown.
// - [data-after]: shown once that instant has passed (e.g. "this page is out of date").
// - [data-day-from]/[data-day-until]: its [data-today] mark is shown only while now is that day.
// Without JavaScript the page reads as of its build, which is correct on the day it was built.
const now = Date.now();
const time = (iso: string | undefined): number => Date.parse(iso ?? '');
const passed = (iso: string | undefined): boolean => {
  const t = time(iso);
  return t === t && t <= now; // t === t: not NaN, so a broken value hides nothing
};
const all = <T extends HTMLElement>(root: ParentNode, selector: string): T[] => [...root.querySelectorAll<T>(selector)];

for (const list of all(document, '[data-date-list]')) {
  const max = Number(list.dataset['max']) || 1e9;
  const groups = all(list, '[data-date-group]');
  let shown = 0;
  for (const unit of groups.length ? groups : all(list, '[data-ends]')) {
    let open = false;
    for (const item of unit.matches('[data-ends]') ? [unit] : all(unit, '[data-ends]')) {
      item.hidden = passed(item.dataset['ends']);
      open ||= !item.hidden;
    }
    unit.hidden = !open || shown >= max;
    if (!unit.hidden) shown++;
  }
  const over = list.querySelector<HTMLElement>('[data-dates-over]');
  if (!shown && over) {
    over.hidden = false;
    for (const child of list.children) if (child !== over) (child as HTMLElement).hidden = true;
  }
}

for (const week of all(document, '[data-week]')) {
  const days = all(week, '[data-week-day]');
  const today = days.find((day) => passed(day.dataset['dayFrom']) && !passed(day.dataset['dayUntil']));
  if (!today) continue; // before the first built day or after the last: leave the build's view
  const starts = [...new Set(days.map((day) => time(day.dataset['dayFrom'])))].sort((a, b) => a - b);
  const first = time(today.dataset['dayFrom']);
  const end = starts[starts.indexOf(first) + (Number(week.dataset['shown']) || 7)] ?? Infinity;
  for (const day of days) {
    const from = time(day.dataset['dayFrom']);
    day.hidden = from < first || from >= end;
  }
  for (const group of all(week, '[data-week-group]')) group.hidden = all(group, '[data-week-day]').every((day) => day.hidden);
}

for (const el of all(document, '[data-after]')) {
  if (passed(el.dataset['after'])) el.hidden = false;
}

for (const day of all(document, '[data-day-from]')) {
  const mark = day.querySelector<HTMLElement>('[data-today]');
  if (mark) mark.hidden = !(passed(day.dataset['dayFrom']) && !passed(day.dataset['dayUntil']));
}
