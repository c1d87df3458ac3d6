// nextOccurrences takes shortcuts for speed (first dates per rule, near
// window first); it must give exactly what expanding every rule over the
// whole horizon gives.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/generate-content.ts';
import { checkSite } from '../../src/lib/content/check.ts';
import { nextOccurrences, occurrencesBetween } from '../../src/lib/dates/schedule.ts';
import { nextDays } from '../../src/lib/dates/week.ts';
import { groupByDay, upcomingDays, upcomingEvents, upcomingOfferDates } from '../../src/lib/dates/upcoming.ts';
import { schedule as scheduleSchema, type Schedule } from '../../src/schemas/schedule.ts';

const dir = mkdtempSync(join(tmpdir(), 'familiennetz-sched-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The plain definition: all occurrences on Werne days [today, today + horizon], not ended at `from`. */
function reference(schedule: Schedule, from: Date, limit: number, horizonDays = 400) {
  const end = Temporal.Instant.fromEpochMilliseconds(from.getTime())
    .toZonedDateTimeISO('Europe/Berlin')
    .toPlainDate()
    .add({ days: horizonDays + 1 })
    .toZonedDateTime({ timeZone: 'Europe/Berlin' });
  return occurrencesBetween(schedule, from, new Date(end.epochMilliseconds)).slice(0, limit);
}

const parse = (value: unknown) => scheduleSchema.parse(value);

const handmade: Schedule[] = [
  // Closed for the whole near window: the dates come from the far part.
  parse({ rules: [{ repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '15:00', end: '17:00' }], closed: [{ from: '2026-03-01', to: '2026-06-30' }] }),
  // Two rules naming the same slot, and one that starts long after the near window.
  parse({
    rules: [
      { repeat: 'wöchentlich', weekdays: ['Montag', 'Freitag'], start: '09:00', end: '10:00' },
      { repeat: 'einmalig', date: '2026-03-09', start: '09:00', end: '10:00' },
      { repeat: 'monatlich', weekday: 'Freitag', positions: [-1, 1], start: '09:00', end: '11:00' },
    ],
  }),
  parse({ rules: [{ repeat: 'wöchentlich', weekdays: ['Dienstag'], interval: 3, start: '18:00', end: '19:30' }], validFrom: '2026-09-01', validUntil: '2026-12-31' }),
  // On the clock-change Sundays: 01:30–03:30 local spans the gap in March, the doubled hour in October.
  parse({ rules: [{ repeat: 'monatlich', weekday: 'Sonntag', positions: [-1], start: '01:30', end: '03:30' }] }),
  // A planned change of times, and holidays that drop dates.
  parse({
    rules: [
      { repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '15:00', end: '17:00', validUntil: '2026-04-01' },
      { repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '14:30', end: '16:30', validFrom: '2026-04-02' },
    ],
    onPublicHolidays: 'fällt aus',
  }),
];

describe('nextOccurrences', async () => {
  generateContent({ count: 200, out: dir, seed: 3 });
  const generated = (await checkSite(dir)).entries.filter((e) => e.collection === 'offers')
    .map((e) => (e.data as { schedule?: Schedule }).schedule)
    .filter((s): s is Schedule => s !== undefined && s.rules.length > 0);
  const schedules = [...handmade, ...generated];
  const instants = ['2026-03-05T15:30:00+01:00', '2026-01-01T00:00:00+01:00', '2026-10-24T23:00:00+02:00'].map((s) => new Date(s));

  it('has schedules to compare', () => {
    expect(generated.length).toBeGreaterThan(50);
  });

  it.each([1, 2, 4, 6, 12])('gives the same %i next dates as the full expansion', (limit) => {
    for (const from of instants) {
      for (const schedule of schedules) {
        expect(nextOccurrences(schedule, from, limit), JSON.stringify({ schedule, from, limit })).toEqual(reference(schedule, from, limit));
      }
    }
  });

  it('gives the same result with a short horizon', () => {
    for (const schedule of schedules) {
      expect(nextOccurrences(schedule, instants[0]!, 5, { horizonDays: 30 })).toEqual(reference(schedule, instants[0]!, 5, 30));
    }
  });
});

describe('upcomingDays', async () => {
  generateContent({ count: 300, out: `${dir}-days`, seed: 5 });
  afterAll(() => rmSync(`${dir}-days`, { recursive: true, force: true }));
  const entries = (await checkSite(`${dir}-days`)).entries;
  const offers = entries
    .filter((e) => e.collection === 'offers')
    .map((e) => {
      const data = e.data as { title: string; schedule?: Schedule; status: string };
      return { title: data.title, href: `/angebote/${e.id}/`, schedule: data.schedule, status: data.status };
    });
  const events = entries
    .filter((e) => e.collection === 'events')
    .map((e) => {
      const data = e.data as { title: string; start: string; end: string };
      return { title: data.title, href: `/veranstaltungen/${e.id}/`, start: data.start, end: data.end };
    });

  /** The plain definition: every event and each offer's next 4 × days dates, grouped by day. */
  function referenceDays(now: Date, days: number, offerList = offers) {
    const items = [...upcomingEvents(events, now), ...upcomingOfferDates(offerList, now, 4 * days)].sort(
      (a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de'),
    );
    return groupByDay(items).slice(0, days);
  }

  it.each([1, 3, 9])('gives the same first %i days as expanding each offer', (days) => {
    for (const now of ['2026-03-05T15:30:00+01:00', '2026-12-23T20:00:00+01:00'].map((s) => new Date(s))) {
      expect(upcomingDays(events, offers, now, days)).toEqual(referenceDays(now, days));
    }
  });

  it('looks further ahead when the next weeks have few dates', () => {
    const rare = offers.filter((o) => o.schedule?.rules.every((r) => r.repeat === 'einmalig'));
    expect(rare.length).toBeGreaterThan(3);
    const now = new Date('2026-01-02T12:00:00+01:00');
    const found = upcomingDays([], rare, now, 4);
    expect(found).toEqual(groupByDay([...upcomingOfferDates(rare, now, 16)].sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de'))).slice(0, 4));
    expect(found.length).toBe(4);
  });
});

describe('nextDays', async () => {
  generateContent({ count: 200, out: `${dir}-week`, seed: 7 });
  afterAll(() => rmSync(`${dir}-week`, { recursive: true, force: true }));
  const offers = (await checkSite(`${dir}-week`)).entries
    .filter((e) => e.collection === 'offers')
    .map((e) => {
      const data = e.data as { title: string; schedule?: Schedule; status: string };
      return { title: data.title, href: `/angebote/${e.id}/`, schedule: data.schedule, status: data.status };
    });

  it("gives each day the offers' dates of that day, as asking day by day", () => {
    const now = new Date('2026-03-24T11:00:00+01:00'); // the week of the spring clock change
    const days = nextDays(now, [], offers);
    expect(days.some((day) => day.items.length > 0)).toBe(true);
    for (const day of days) {
      const reference = offers
        .filter((o) => o.schedule && o.status === 'aktiv')
        .flatMap((o) => occurrencesBetween(o.schedule!, day.start, day.end).map((occ) => ({ title: o.title, href: o.href, kind: 'offer', ...occ })))
        .filter((item) => item.end.getTime() > now.getTime())
        .sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de'));
      expect(day.items, day.day).toEqual(reference);
    }
  });
});
