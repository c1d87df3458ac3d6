import { describe, expect, it } from 'vitest';
import { localDateTimeToDate } from '../../src/lib/dates/zone.ts';
import { eventJsonLd, openingHoursSpecification } from '../../src/lib/seo/jsonld-dates.ts';
import { christmasBreak, everySecondTuesday, hiddenPlace, place, makeEvent, makeSchedule, monthly, offerSchedule } from './fixtures/dates.ts';

const URL_EVENT = 'https://familiennetz.example/veranstaltungen/testfest/';

describe('eventJsonLd', () => {
  it('describes a dated event with offsets, place, organiser and status', () => {
    const ld = eventJsonLd(makeEvent({ cost: { type: 'kostenlos' } }), {
      url: URL_EVENT,
      place,
      organisers: [{ name: 'Familiennetz Werne', url: 'https://familiennetz.example/' }],
      inLanguage: 'de',
    });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Testfest im Park',
      description: 'Ein Fest für Familien mit Spielen und Musik, nur für Tests erfunden.',
      url: URL_EVENT,
      startDate: '2026-09-19T14:00:00+02:00',
      endDate: '2026-09-19T18:00:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Testhaus',
        address: { '@type': 'PostalAddress', streetAddress: 'Beispielweg 1', postalCode: '59368', addressLocality: 'Werne', addressCountry: 'DE' },
      },
      organizer: { '@type': 'Organization', name: 'Familiennetz Werne', url: 'https://familiennetz.example/' },
      isAccessibleForFree: true,
      inLanguage: 'de',
    });
  });

  it('maps cancelled and postponed, uses winter offsets, lists several organisers, hides a protected street', () => {
    const cancelled = eventJsonLd(makeEvent({ status: 'abgesagt', start: '2026-12-05T10:00', end: '2026-12-05T12:00' }), {
      url: URL_EVENT,
      place: hiddenPlace,
      organisers: [{ name: 'A' }, { name: 'B' }],
      inLanguage: 'de',
    });
    expect(cancelled['eventStatus']).toBe('https://schema.org/EventCancelled');
    expect(cancelled['startDate']).toBe('2026-12-05T10:00:00+01:00');
    expect(cancelled['organizer']).toEqual([{ '@type': 'Organization', name: 'A' }, { '@type': 'Organization', name: 'B' }]);
    expect(JSON.stringify(cancelled)).not.toMatch(/Geheimweg|Geschützter Ort/);
    expect(cancelled['isAccessibleForFree']).toBeUndefined();
    const postponed = eventJsonLd(makeEvent({ status: 'verschoben' }), { url: URL_EVENT, organisers: [], inLanguage: 'de' });
    expect(postponed['eventStatus']).toBe('https://schema.org/EventPostponed');
    expect(postponed['location']).toBeUndefined();
    expect(postponed['organizer']).toBeUndefined();
  });
});

describe('openingHoursSpecification', () => {
  it('turns weekly rules into dayOfWeek + opens/closes with validity, and single dates into one-day entries', () => {
    const specs = openingHoursSpecification(offerSchedule);
    expect(specs).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Thursday',
        opens: '15:00',
        closes: '17:00',
        validFrom: '2026-01-08',
        validThrough: '2027-06-30',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Saturday',
        opens: '10:00',
        closes: '14:00',
        validFrom: '2026-06-13',
        validThrough: '2026-06-13',
      },
      { '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-12-21', validThrough: '2027-01-06' },
    ]);
  });

  it('lists several weekdays in week order', () => {
    const s = makeSchedule({ rules: [{ repeat: 'wöchentlich', weekdays: ['Freitag', 'Montag'], start: '08:00', end: '12:00' }] });
    expect(openingHoursSpecification(s)[0]!['dayOfWeek']).toEqual(['https://schema.org/Monday', 'https://schema.org/Friday']);
  });

  it('never claims "every second week" or "2nd Monday" as weekly; with a date it lists the next dates instead', () => {
    expect(openingHoursSpecification(everySecondTuesday)).toEqual([]);
    expect(openingHoursSpecification(monthly)).toEqual([]);
    const next = openingHoursSpecification(monthly, { from: localDateTimeToDate('2026-03-01T00:00'), limit: 1 });
    expect(next).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '18:00', closes: '19:30', validFrom: '2026-03-09', validThrough: '2026-03-09' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Friday', opens: '10:00', closes: '12:00', validFrom: '2026-03-27', validThrough: '2026-03-27' },
    ]);
  });

  it('leaves out closed periods that are over when a date is given', () => {
    const specs = openingHoursSpecification(christmasBreak, { from: localDateTimeToDate('2026-01-10T00:00') });
    expect(specs.filter((s) => s['opens'] === '00:00')).toEqual([
      { '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-02-12', validThrough: '2026-02-12' },
    ]);
  });
});
