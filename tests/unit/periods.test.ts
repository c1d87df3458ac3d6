// A planned change of times: "from 7 January 2027 the café runs 14:30–16:30". The old rule ends
// on 6 January, the new one starts on the 7th. Page text, next dates, week view, JSON-LD and the
// calendar file (read back by ical.js) must all follow it.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { offerCalendar } from '../../src/lib/dates/ical.ts';
import { nextOccurrences } from '../../src/lib/dates/schedule.ts';
import { scheduleWarnings } from '../../src/lib/dates/schedule-check.ts';
import { localDateTimeToDate } from '../../src/lib/dates/zone.ts';
import { openingHoursSpecification } from '../../src/lib/seo/jsonld-dates.ts';
import { describeSchedule } from '../../src/lib/text/schedule.ts';
import { schedule as scheduleSchema } from '../../src/schemas/schedule.ts';
import { makeOffer, makeSchedule } from './fixtures/dates.ts';

const at = (local: string) => localDateTimeToDate(local);
const change = makeSchedule({
  rules: [
    { repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '15:00', end: '17:00', validUntil: '2027-01-06' },
    { repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '14:30', end: '16:30', validFrom: '2027-01-07' },
  ],
  validFrom: '2023-01-05',
  onPublicHolidays: 'fällt aus',
});

describe('a planned change of times', () => {
  it('the next dates switch on 7 January', () => {
    expect(nextOccurrences(change, at('2026-12-15T00:00'), 3).map((o) => o.startIso)).toEqual([
      '2026-12-17T15:00:00+01:00',
      // 24 and 31 December are dropped ("fällt aus")
      '2027-01-07T14:30:00+01:00',
      '2027-01-14T14:30:00+01:00',
    ]);
  });

  it('the page says "bis …" and "ab …", and forgets the old times once they are over', () => {
    expect(describeSchedule(change, { lang: 'de', from: at('2026-12-15T00:00') }).slice(0, 2)).toEqual([
      'bis 6. Januar 2027: jeden Donnerstag, 15:00–17:00 Uhr',
      'ab 7. Januar 2027: jeden Donnerstag, 14:30–16:30 Uhr',
    ]);
    expect(describeSchedule(change, { lang: 'de', from: at('2027-01-08T00:00') })[0]).toBe('jeden Donnerstag, 14:30–16:30 Uhr');
  });

  it('JSON-LD has one specification per period', () => {
    const specs = openingHoursSpecification(change, { from: at('2026-12-15T00:00') }).filter((s) => s['opens'] !== '00:00');
    expect(specs).toEqual([
      expect.objectContaining({ opens: '15:00', closes: '17:00', validFrom: '2023-01-05', validThrough: '2027-01-06' }),
      expect.objectContaining({ opens: '14:30', closes: '16:30', validFrom: '2027-01-07' }),
    ]);
    expect(specs[1]).not.toHaveProperty('validThrough');
  });

  it('the calendar file has two series that ical.js expands to the page dates', () => {
    const text = offerCalendar(makeOffer(change), { id: 'cafe', url: 'https://familiennetz.example/angebote/cafe/' }, { now: at('2026-12-15T00:00') });
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
    const series = calendar.getAllSubcomponents('vevent').filter((v) => !v.hasProperty('recurrence-id'));
    expect(series).toHaveLength(2);
    expect(String(series[1]!.getFirstPropertyValue('dtstart'))).toBe('2027-01-07T14:30:00');
    expect(String(series[0]!.getFirstPropertyValue('description'))).toContain('Gilt vom 5. Januar 2023 bis 6. Januar 2027.');
    const from = at('2026-12-15T00:00');
    const until = at('2027-03-01T00:00');
    const starts: string[] = [];
    for (const vevent of series) {
      const iterator = new ICAL.Event(vevent).iterator();
      for (let t = iterator.next(); t && t.toJSDate() < until; t = iterator.next()) if (t.toJSDate() >= from) starts.push(t.toJSDate().toISOString());
    }
    const page = nextOccurrences(change, from, 50).filter((o) => o.start < until).map((o) => o.start.toISOString());
    expect(starts.sort()).toEqual(page);
  });
});

describe('rule periods in the schema', () => {
  it('refuses a rule whose end lies before its start', () => {
    const result = scheduleSchema.safeParse({ rules: [{ repeat: 'wöchentlich', weekdays: ['Montag'], start: '09:00', end: '10:00', validFrom: '2027-02-01', validUntil: '2027-01-01' }] });
    expect(result.error?.issues[0]).toMatchObject({ path: ['rules', 0, 'validUntil'] });
  });

  it('refuses a rule that lies outside the schedule and so never applies', () => {
    const result = scheduleSchema.safeParse({
      rules: [{ repeat: 'wöchentlich', weekdays: ['Montag'], start: '09:00', end: '10:00', validFrom: '2027-02-01' }],
      validUntil: '2027-01-31',
    });
    expect(result.error?.issues[0]?.message).toMatch(/gilt an keinem Tag/);
  });

  it('takes "every n weeks" from the rule\'s own first day', () => {
    const s = makeSchedule({ rules: [{ repeat: 'wöchentlich', weekdays: ['Dienstag'], interval: 2, start: '09:30', end: '11:00', validFrom: '2027-01-12' }] });
    expect(nextOccurrences(s, at('2027-01-01T00:00'), 2).map((o) => o.startIso.slice(0, 10))).toEqual(['2027-01-12', '2027-01-26']);
  });
});

describe('schedule warnings', () => {
  const body = (text: string) => ({ text, startLine: 20 });

  it('warns when the text names times the schedule does not have, with the line', () => {
    const warnings = scheduleWarnings(change, body('## Wann?\n\nDonnerstags von 15 bis 17 Uhr.'), '2027-02-01');
    expect(warnings).toEqual([expect.objectContaining({ path: ['body'], line: 22 })]);
    expect(warnings[0]!.message).toMatch(/„15 bis 17 Uhr“.*14:30–16:30 Uhr/);
  });

  it('accepts text that names the current times in any common form', () => {
    for (const text of ['von 14:30 bis 16:30 Uhr', '14.30–16.30 Uhr', '14:30 - 16:30 Uhr']) {
      expect(scheduleWarnings(change, body(text), '2027-02-01'), text).toEqual([]);
    }
    // Before the change both times are right.
    expect(scheduleWarnings(change, body('von 15 bis 17 Uhr'), '2026-12-01')).toEqual([]);
  });

  it('warns about a closed day on which the offer does not meet', () => {
    const s = makeSchedule({ ...change, closed: [{ from: '2027-02-03', reason: 'Karneval' }, { from: '2027-02-04' }] });
    expect(scheduleWarnings(s)).toEqual([expect.objectContaining({ path: ['schedule', 'closed', 0, 'from'] })]);
    expect(scheduleWarnings(s)[0]!.message).toMatch(/2027-02-03 findet .* kein Termin statt/);
  });
});
