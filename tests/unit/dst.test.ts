// Issue 17, finding 7: 02:30 on 28 March 2027 does not exist in local time (the clock jumps from
// 2:00 to 3:00). Page, JSON-LD and calendar file each resolved it differently ("3:30–3:00 Uhr", an
// endDate before startDate, a swapped range; a "last Sunday 02:30" rule on 21 March on the page and
// on 28 March in the .ics). Resolved one way: the content check refuses such times, naming the day.
// For times that do exist around the change, page, JSON-LD and .ics agree.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatDateTimeRange } from '../../src/lib/dates/format.ts';
import { eventCalendar } from '../../src/lib/dates/ical.ts';
import { localDateTimeToDate } from '../../src/lib/dates/zone.ts';
import { eventJsonLd } from '../../src/lib/seo/jsonld-dates.ts';
import { md, problemsOf } from '../schema/helpers.ts';
import { makeEvent } from './fixtures/dates.ts';

const OFFER = (rule: string[]) => [
  'title: Nachtcafé',
  'summary: Ein Treff in der Nacht, nur für diesen Test erfunden.',
  'topics: [Treffpunkt]',
  'audiences: [Eltern]',
  'partners: [familiennetz-werne]',
  'schedule:',
  '  rules:',
  ...rule.map((line) => `    ${line}`),
  'reviewed: 2026-01-10',
];
const EVENT = (start: string, end: string) => [
  'title: Nachtfest',
  'summary: Ein Fest in der Nacht, nur für diesen Test erfunden.',
  `start: "${start}"`,
  `end: "${end}"`,
  'organisers: [familiennetz-werne]',
  'reviewed: 2026-01-10',
];

describe('times that do not exist are refused', () => {
  it('an event at 02:30 on 28 March 2027, with the day and what to do', async () => {
    const [problem, ...rest] = await problemsOf('events', 'nachtfest.md', md(EVENT('2027-03-28T02:30', '2027-03-28T03:00')));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'start', line: 4, severity: 'error' });
    expect(problem!.message).toBe(
      'Die Uhrzeit 02:30 gibt es am 2027-03-28 nicht: an dem Tag wird die Uhr um 02:00 Uhr auf 03:00 Uhr vorgestellt (Sommerzeit) — eine Uhrzeit vor 02:00 oder ab 03:00 Uhr wählen',
    );
  });

  it('a weekly Sunday rule at 02:30, naming the next day it would miss', async () => {
    const saved = process.env['SOURCE_DATE_EPOCH'];
    process.env['SOURCE_DATE_EPOCH'] = String(Date.parse('2026-11-29T12:00:00Z') / 1000);
    try {
      const [problem] = await problemsOf('offers', 'nachtcafe.md', md(OFFER(['- repeat: wöchentlich', '  weekdays: [Sonntag]', '  start: "02:30"', '  end: "04:00"'])));
      expect(problem).toMatchObject({ field: 'schedule.rules.0.start', severity: 'error' });
      expect(problem!.message).toMatch(/^Die Uhrzeit 02:30 gibt es am 28\. März 2027 nicht/);
    } finally {
      if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH'];
      else process.env['SOURCE_DATE_EPOCH'] = saved;
    }
  });

  it('a "last Sunday" rule at 02:30, and an end time in the gap', async () => {
    const [last] = await problemsOf('offers', 'nachtcafe.md', md(OFFER(['- repeat: monatlich', '  weekday: Sonntag', '  positions: [-1]', '  start: "02:30"', '  end: "04:00"'])));
    expect(last?.field).toBe('schedule.rules.0.start');
    const [end] = await problemsOf('offers', 'nachtcafe.md', md(OFFER(['- repeat: einmalig', '  date: 2027-03-28', '  start: "01:00"', '  end: "02:15"'])));
    expect(end?.field).toBe('schedule.rules.0.end');
  });

  it('accepts 02:30 where it exists: a Monday rule, the first Sunday of the month, a validity after the change', async () => {
    for (const rule of [
      ['- repeat: wöchentlich', '  weekdays: [Montag]', '  start: "02:30"', '  end: "04:00"'],
      ['- repeat: monatlich', '  weekday: Sonntag', '  positions: [1]', '  start: "02:30"', '  end: "04:00"'],
      ['- repeat: wöchentlich', '  weekdays: [Sonntag]', '  start: "02:30"', '  end: "04:00"', '  validFrom: 2027-04-01', '  validUntil: 2028-03-01'],
    ]) {
      expect(await problemsOf('offers', 'nachtcafe.md', md(OFFER(rule))), rule.join(' ')).toEqual([]);
    }
  });
});

describe('page, JSON-LD and .ics agree around the change', () => {
  it('01:30–03:30 on 28 March 2027 lasts one hour everywhere', () => {
    const event = makeEvent({ start: '2027-03-28T01:30', end: '2027-03-28T03:30' });
    const start = localDateTimeToDate(event.start);
    const end = localDateTimeToDate(event.end);
    expect(end.getTime() - start.getTime()).toBe(3_600_000);
    expect(formatDateTimeRange(start, end, 'de')).toBe('Sonntag, 28. März 2027, 1:30–3:30 Uhr');
    const ld = eventJsonLd(event, { url: 'https://familiennetz.example/', organisers: [], inLanguage: 'de' });
    expect([ld['startDate'], ld['endDate']]).toEqual(['2027-03-28T01:30:00+01:00', '2027-03-28T03:30:00+02:00']);
    const calendar = new ICAL.Component(ICAL.parse(eventCalendar(event, { id: 'e', url: 'https://familiennetz.example/' }, { now: start })));
    for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
    const ev = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect([ev.startDate.toJSDate().getTime(), ev.endDate.toJSDate().getTime()]).toEqual([start.getTime(), end.getTime()]);
  });
});
