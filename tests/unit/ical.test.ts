// The calendar files are read back with ical.js (Mozilla's parser, with its own recurrence and
// time-zone engine), so these tests do not just echo what ical-generator and rrule-temporal wrote.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventCalendar, feedCalendar, offerCalendar } from '../../src/lib/dates/ical.ts';
import { localDateTimeToDate } from '../../src/lib/dates/zone.ts';
import { nextOccurrences } from '../../src/lib/dates/schedule.ts';
import { christmasBreak, hiddenPlace, place, makeEvent, makeOffer, makeSchedule, offerSchedule } from './fixtures/dates.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const URL_OFFER = 'https://familiennetz.example/angebote/testcafe/';
const URL_EVENT = 'https://familiennetz.example/veranstaltungen/testfest/';

/** The calendar, its series and single dates (`vevents`), and the changed instances of a series (RECURRENCE-ID). */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const all = calendar.getAllSubcomponents('vevent');
  return {
    calendar,
    vevents: all.filter((v) => !v.hasProperty('recurrence-id')),
    overrides: all.filter((v) => v.hasProperty('recurrence-id')),
  };
}

/** Every start ical.js expands from the VEVENTs up to `until`, as UTC ISO strings. */
function expandStarts(vevents: ICAL.Component[], until: Date): string[] {
  const result: string[] = [];
  for (const vevent of vevents) {
    const iterator = new ICAL.Event(vevent).iterator();
    for (let t = iterator.next(); t; t = iterator.next()) {
      const d = t.toJSDate();
      if (d > until) break;
      result.push(d.toISOString());
    }
  }
  return result.sort();
}

/** Who publishes: the site's name and the host of its own address (content/site.yaml). */
const SOURCE = { name: 'Familienbündnis Musterstadt', uidDomain: 'familie.musterstadt.example' };

describe('offerCalendar read back by ical.js', () => {
  const offer = makeOffer(offerSchedule);
  const text = offerCalendar(offer, { id: 'testcafe', url: URL_OFFER, place }, { now: NOW, source: SOURCE });
  const { calendar, vevents } = parse(text);

  it('has a VTIMEZONE for Europe/Berlin with both clock changes and no external TZURL', () => {
    const vtz = calendar.getFirstSubcomponent('vtimezone')!;
    expect(vtz.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    expect(vtz.getAllSubcomponents('daylight')).toHaveLength(1);
    expect(vtz.getAllSubcomponents('standard')).toHaveLength(1);
    expect(text).not.toMatch(/TZURL/);
    expect(text).toMatch(/\r\n/);
  });

  it('writes one VEVENT per rule with stable UIDs, local DTSTART with TZID and a UTC DTSTAMP', () => {
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual([
      'offer-testcafe@familie.musterstadt.example',
      'offer-testcafe-2@familie.musterstadt.example',
      'offer-testcafe-3@familie.musterstadt.example',
    ]);
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Familienbündnis Musterstadt');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`${offer.title} – Familienbündnis Musterstadt`);
    const dtstarts = vevents.map((v) => v.getFirstProperty('dtstart')!);
    expect(dtstarts.map((p) => p.getParameter('tzid'))).toEqual(['Europe/Berlin', 'Europe/Berlin', 'Europe/Berlin']);
    // First Thursday and first 2nd Monday on or after validFrom (8 January), the single date.
    expect(dtstarts.map((p) => String(p.getFirstValue()))).toEqual([
      '2026-01-08T15:00:00',
      '2026-01-12T09:30:00',
      '2026-06-13T10:00:00',
    ]);
    expect(String(vevents[0]!.getFirstPropertyValue('dtend'))).toBe('2026-01-08T17:00:00');
    const stamp = vevents[0]!.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone?.tzid).toBe('UTC');
    expect(stamp.toJSDate().toISOString()).toBe(NOW.toISOString());
    expect(vevents[0]!.getFirstPropertyValue('summary')).toBe('Testcafé');
    expect(vevents[0]!.getFirstPropertyValue('location')).toBe('Testhaus, Beispielweg 1, 59368 Werne');
    expect(vevents[0]!.getFirstPropertyValue('url')).toBe(URL_OFFER);
  });

  it('writes RRULEs with UNTIL in UTC at the end of validUntil, and none for a single date', () => {
    const weekly = vevents[0]!.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(weekly.freq).toBe('WEEKLY');
    expect(weekly.parts['BYDAY']).toEqual(['TH']);
    expect(weekly.until!.toJSDate().toISOString()).toBe('2027-06-30T21:59:59.000Z');
    const monthly = vevents[1]!.getFirstPropertyValue('rrule') as ICAL.Recur;
    expect(monthly.freq).toBe('MONTHLY');
    expect(monthly.parts['BYDAY']).toEqual(['MO']);
    expect(monthly.parts['BYSETPOS']).toEqual([2]);
    expect(vevents[2]!.getFirstProperty('rrule')).toBeNull();
  });

  it('writes EXDATEs with TZID for the closed days that fall on an occurrence', () => {
    const exdates = vevents[0]!.getAllProperties('exdate');
    expect(exdates.map((p) => p.getParameter('tzid'))).toEqual(exdates.map(() => 'Europe/Berlin'));
    expect(exdates.flatMap((p) => p.getValues().map(String))).toEqual(['2026-12-24T15:00:00', '2026-12-31T15:00:00']);
    // The 2nd Monday of December (14th) and of January (11th) lie outside the break.
    expect(vevents[1]!.getAllProperties('exdate')).toEqual([]);
  });

  it('expands to exactly the dates the site lists, across both clock changes', () => {
    const until = new Date('2027-07-01T00:00:00Z');
    const fromIcs = expandStarts(vevents, until);
    const fromSite = nextOccurrences(offerSchedule, new Date("2026-01-01T00:00:00Z"), 1000, { horizonDays: 600 }).map((o) => o.start.toISOString());
    expect(fromIcs).toEqual(fromSite);
    expect(fromIcs).toContain('2026-03-26T14:00:00.000Z'); // 15:00 CET
    expect(fromIcs).toContain('2026-04-02T13:00:00.000Z'); // 15:00 CEST
    expect(fromIcs).toContain('2026-10-29T14:00:00.000Z'); // 15:00 CET again
    expect(fromIcs).not.toContain('2026-12-24T14:00:00.000Z');
    expect(fromIcs.at(-1)).toBe('2027-06-24T13:00:00.000Z');
  });

  it('names a protected place by its town only', () => {
    const hidden = offerCalendar(offer, { id: 'testcafe', url: URL_OFFER, place: hiddenPlace }, { now: NOW });
    const { vevents: hv } = parse(hidden);
    expect(hv[0]!.getFirstPropertyValue('location')).toBe('Werne');
    expect(hidden).not.toMatch(/Geheimweg/);
  });

  it('drops a single date that falls on a closed day, and anchors at "reviewed" without validFrom', () => {
    const s = { ...christmasBreak, rules: [...christmasBreak.rules, { repeat: 'einmalig' as const, date: '2025-12-23', start: '10:00', end: '11:00' }] };
    const { vevents: v } = parse(offerCalendar(makeOffer(s), { id: 'x', url: URL_OFFER }, { now: NOW }));
    expect(v).toHaveLength(1);
    expect(String(v[0]!.getFirstPropertyValue('dtstart'))).toBe('2026-01-15T15:00:00'); // reviewed 2026-01-15 is a Thursday
    expect(v[0]!.getFirstProperty('location')).toBeNull();
  });

  it('writes no VEVENT for an offer by appointment only', () => {
    const { vevents: v } = parse(offerCalendar(makeOffer({ byAppointment: 'telefonisch' }), { id: 'x', url: URL_OFFER }, { now: NOW }));
    expect(v).toEqual([]);
  });
});

describe('eventCalendar and feedCalendar', () => {
  it('writes a dated event in local time with TZID, its status and a stable UID', () => {
    const { vevents } = parse(eventCalendar(makeEvent(), { id: 'testfest-2026', url: URL_EVENT, place }, { now: NOW, source: SOURCE }));
    expect(vevents).toHaveLength(1);
    const ev = new ICAL.Event(vevents[0]!);
    expect(ev.uid).toBe('event-testfest-2026@familie.musterstadt.example');
    expect(String(ev.startDate)).toBe('2026-09-19T14:00:00');
    expect(ev.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-09-19T12:00:00.000Z');
    expect(ev.endDate.toJSDate().toISOString()).toBe('2026-09-19T16:00:00.000Z');
    expect(vevents[0]!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(ev.summary).toBe('Testfest im Park');
  });

  it('marks a cancelled event in STATUS and in the title', () => {
    const { vevents } = parse(eventCalendar(makeEvent({ status: 'abgesagt' }), { id: 'e', url: URL_EVENT }, { now: NOW }));
    expect(vevents[0]!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(vevents[0]!.getFirstPropertyValue('summary')).toBe('Abgesagt: Testfest im Park');
  });

  it('collects offers and events in one feed with unique UIDs and one VTIMEZONE', () => {
    const text = feedCalendar(
      {
        offers: [
          { offer: makeOffer(offerSchedule), id: 'testcafe', url: URL_OFFER, place },
          { offer: makeOffer(christmasBreak), id: 'zweites', url: URL_OFFER },
        ],
        events: [{ event: makeEvent(), id: 'testfest-2026', url: URL_EVENT, place }],
      },
      { now: NOW, url: 'https://familiennetz.example/termine.ics' },
    );
    const { calendar, vevents, overrides } = parse(text);
    const uids = vevents.map((v) => v.getFirstPropertyValue('uid'));
    expect(uids).toHaveLength(5);
    expect(new Set(uids).size).toBe(5);
    // A changed instance (a holiday to ask about) belongs to a series of the feed.
    expect(overrides.length).toBeGreaterThan(0);
    for (const o of overrides) expect(uids).toContain(o.getFirstPropertyValue('uid'));
    expect(calendar.getAllSubcomponents('vtimezone')).toHaveLength(1);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
  });

  it('names a holiday to ask about in the calendar\'s language (Christmas Eve, not Heiligabend)', () => {
    const thursdays = makeOffer(makeSchedule({ rules: [{ repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '15:00', end: '17:00' }] }));
    const texts = (lang: 'de' | 'en') => {
      const { overrides } = parse(offerCalendar(thursdays, { id: 'testcafe', url: URL_OFFER, place }, { now: new Date('2026-12-01T00:00:00Z'), source: SOURCE, lang }));
      const christmasEve = overrides.find((o) => o.getFirstPropertyValue('recurrence-id')!.toString().startsWith('2026-12-24'));
      return String(christmasEve?.getFirstPropertyValue('description'));
    };
    expect(texts('de')).toMatch(/^Heiligabend: /);
    expect(texts('en')).toMatch(/^Christmas Eve: /);
    expect(texts('en')).not.toContain('Heiligabend');
  });

  it('is deterministic: DTSTAMP comes from SOURCE_DATE_EPOCH, so two builds are byte-identical', () => {
    const saved = process.env['SOURCE_DATE_EPOCH'];
    process.env['SOURCE_DATE_EPOCH'] = '1767225600';
    try {
      const a = eventCalendar(makeEvent(), { id: 'e', url: URL_EVENT, place });
      const b = eventCalendar(makeEvent(), { id: 'e', url: URL_EVENT, place });
      expect(a).toBe(b);
      expect(a).toContain('DTSTAMP:20260101T000000Z');
    } finally {
      if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH'];
      else process.env['SOURCE_DATE_EPOCH'] = saved;
    }
  });

  it('agrees with the page times for an event on a clock-change weekend', () => {
    const event = makeEvent({ start: '2026-10-25T10:00', end: '2026-10-25T12:00' });
    const { vevents } = parse(eventCalendar(event, { id: 'e', url: URL_EVENT }, { now: NOW }));
    const ev = new ICAL.Event(vevents[0]!);
    expect(ev.startDate.toJSDate().getTime()).toBe(localDateTimeToDate('2026-10-25T10:00').getTime());
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });
});
