// Public holidays (feiertagejs, NRW by default) plus 24 and 31 December, and what a schedule does
// with them: drop the date, keep it, or keep it marked "ask first". `npm run test:tz` runs this
// under UTC+14 and UTC-8 too: feiertagejs's own day strings depend on the machine's TZ, ours not.
import { describe, expect, it } from 'vitest';
import { holidaysBetween, holidaysFor, type HolidayId } from '../../src/lib/dates/holidays.ts';
import { holidayName } from '../../src/lib/text/holidays.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { LANGUAGE_CODES } from '../../src/i18n/languages.ts';
import { dayStatus, nextOccurrences, occurrencesBetween } from '../../src/lib/dates/schedule.ts';
import { localDateTimeToDate } from '../../src/lib/dates/zone.ts';
import { openingHoursSpecification } from '../../src/lib/seo/jsonld-dates.ts';
import { makeSchedule } from './fixtures/dates.ts';

const at = (local: string) => localDateTimeToDate(local);
const thursdays = (onPublicHolidays?: string) =>
  makeSchedule({ rules: [{ repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '15:00', end: '17:00' }], ...(onPublicHolidays ? { onPublicHolidays } : {}) });

describe('holidays of NRW', () => {
  it('lists the legal holidays of 2026 and treats 24 and 31 December like holidays', () => {
    expect(holidaysBetween('2026-01-01', '2026-12-31').map(({ day, holiday }) => ({ day, name: holidayName(holiday, 'de') }))).toEqual([
      { day: '2026-01-01', name: 'Neujahr' },
      { day: '2026-04-03', name: 'Karfreitag' },
      { day: '2026-04-06', name: 'Ostermontag' },
      { day: '2026-05-01', name: 'Tag der Arbeit' },
      { day: '2026-05-14', name: 'Christi Himmelfahrt' },
      { day: '2026-05-25', name: 'Pfingstmontag' },
      { day: '2026-06-04', name: 'Fronleichnam' },
      { day: '2026-10-03', name: 'Tag der Deutschen Einheit' },
      { day: '2026-11-01', name: 'Allerheiligen' },
      { day: '2026-12-24', name: 'Heiligabend' },
      { day: '2026-12-25', name: '1. Weihnachtstag' },
      { day: '2026-12-26', name: '2. Weihnachtstag' },
      { day: '2026-12-31', name: 'Silvester' },
    ]);
  });

  it('takes the day from the library, not from the machine clock (no shift east of UTC+12)', () => {
    const nrw = holidaysFor();
    expect(nrw('2026-12-25')).toBe('ERSTERWEIHNACHTSFEIERTAG');
    expect(nrw('2026-12-27')).toBeUndefined();
    expect(nrw('2027-01-02')).toBeUndefined();
  });

  it('knows other states: Reformationstag in Niedersachsen, not in NRW', () => {
    expect(holidaysFor('NI')('2026-10-31')).toBe('REFORMATIONSTAG');
    expect(holidaysFor('NW')('2026-10-31')).toBeUndefined();
  });
});

describe('holiday names in every language', () => {
  // Every holiday of every state in the next years, and the two days treated like holidays.
  const ids = new Set<HolidayId>();
  for (const region of ['BW', 'BY', 'BE', 'BB', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const) {
    for (const { holiday } of holidaysBetween('2026-01-01', '2028-12-31', region)) ids.add(holiday);
  }

  it('names each holiday the library knows in every language, never in German outside German', () => {
    expect(ids.size).toBeGreaterThanOrEqual(20);
    for (const id of ids) {
      const german = holidayName(id, 'de');
      expect(german, id).not.toMatch(/^holiday\.|^$/);
      for (const lang of LANGUAGE_CODES.filter((code) => code !== 'de')) {
        expect(holidayName(id, lang), `${id} (${lang})`).not.toBe(german);
        expect(DICTIONARIES[lang][`holiday.${id}`], `${id} (${lang})`).toBeTruthy();
      }
    }
  });

  it('says Christmas Eve in English and Святвечір in Ukrainian where German says Heiligabend', () => {
    const id = holidaysFor()('2026-12-24')!;
    expect([holidayName(id, 'de'), holidayName(id, 'en'), holidayName(id, 'uk')]).toEqual(['Heiligabend', 'Christmas Eve', 'Святвечір']);
  });
});

describe('onPublicHolidays', () => {
  it('"unbekannt" (the default) keeps a date on a holiday and names the holiday', () => {
    const list = nextOccurrences(thursdays(), at('2026-12-20T00:00'), 3);
    expect(list.map((o) => [o.startIso.slice(0, 10), o.holiday])).toEqual([
      ['2026-12-24', 'HEILIGABEND'],
      ['2026-12-31', 'SILVESTER'],
      ['2027-01-07', undefined],
    ]);
    expect(list[2]).not.toHaveProperty('holiday');
  });

  it('"fällt aus" drops it, on the page and in the week view', () => {
    const s = thursdays('fällt aus');
    expect(nextOccurrences(s, at('2026-12-20T00:00'), 1)[0]!.startIso).toBe('2027-01-07T15:00:00+01:00');
    expect(occurrencesBetween(s, at('2026-05-11T00:00'), at('2026-05-18T00:00'))).toEqual([]);
  });

  it('"findet statt" keeps it unmarked', () => {
    const [first] = nextOccurrences(thursdays('findet statt'), at('2026-12-20T00:00'), 1);
    expect(first!.startIso).toBe('2026-12-24T15:00:00+01:00');
    expect(first).not.toHaveProperty('holiday');
  });

  it('a closed period wins over "findet statt"', () => {
    const s = makeSchedule({ ...thursdays('findet statt'), closed: [{ from: '2026-12-21', to: '2027-01-03' }] });
    expect(dayStatus(s, '2026-12-24')).toEqual({ kind: 'closed' });
    expect(dayStatus(thursdays(), '2026-12-24')).toEqual({ kind: 'ask', holiday: 'HEILIGABEND' });
  });

  it('JSON-LD names the holidays an offer drops as closed days, only those it would meet', () => {
    const specs = openingHoursSpecification(thursdays('fällt aus'), { from: at('2026-05-01T00:00') });
    const closed = specs.filter((s) => s['opens'] === '00:00').map((s) => s['validFrom']);
    expect(closed).toContain('2026-05-14'); // Christi Himmelfahrt, a Thursday
    expect(closed).toContain('2026-06-04'); // Fronleichnam
    expect(closed).not.toContain('2026-05-25'); // Pfingstmontag, a Monday
    expect(openingHoursSpecification(thursdays(), { from: at('2026-05-01T00:00') }).filter((s) => s['opens'] === '00:00')).toEqual([]);
  });
});

describe('the holidays of the site’s state (content/site.yaml, "state")', () => {
  it('knows every state the settings accept, by its German name', async () => {
    const { STATES } = await import('../../src/schemas/site.ts');
    const { STATE_REGIONS, REGIONS } = await import('../../src/lib/dates/holidays.ts');
    expect(STATES).toHaveLength(16);
    expect(new Set(STATES.map((state) => STATE_REGIONS[state]))).toEqual(new Set(REGIONS));
  });

  it('drops a date on a holiday of that state only: 6 January in Bayern, not in NRW', async () => {
    const { STATE_REGIONS } = await import('../../src/lib/dates/holidays.ts');
    const { upcomingOfferDates } = await import('../../src/lib/dates/upcoming.ts');
    const wednesdays = makeSchedule({ rules: [{ repeat: 'wöchentlich', weekdays: ['Mittwoch'], start: '09:30', end: '11:30' }], onPublicHolidays: 'fällt aus' });
    const days = (holidays?: ReturnType<typeof holidaysFor>) =>
      upcomingOfferDates([{ title: 'Café', href: '/', schedule: wednesdays }], at('2027-01-04T12:00'), 2, holidays).map((d) => d.startIso.slice(0, 10));
    expect(days(holidaysFor(STATE_REGIONS['Bayern']))).toEqual(['2027-01-13', '2027-01-20']);
    expect(days(holidaysFor(STATE_REGIONS['Nordrhein-Westfalen']))).toEqual(['2027-01-06', '2027-01-13']);
  });
});
