// Public holidays of a German state, from feiertagejs (all 16 states, no dependencies, typed),
// plus 24 and 31 December: most offers close or change on those days, so they count as holidays
// for the schedule's onPublicHolidays option.
//
// feiertagejs builds each holiday's Date at 12:00 UTC and its own dateString from the machine's
// local date parts, which is the next day east of UTC+12. The day here is read from the UTC
// date, so the machine's TZ never matters (tests/unit/holidays.test.ts runs under test:tz too).
import { getHolidays, type HolidayType } from 'feiertagejs';

/** The two-letter state codes feiertagejs knows ("NW" = Nordrhein-Westfalen). */
export const REGIONS = ['BW', 'BY', 'BE', 'BB', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SL', 'SN', 'ST', 'SH', 'TH'] as const;
export type Region = (typeof REGIONS)[number];

/** The state whose holidays apply where a caller passes none (tests of the date library). The site passes its own (content/site.yaml, "state"). */
export const DEFAULT_REGION: Region = 'NW';

/** The states by their German names, as content/site.yaml writes them. */
export const STATE_REGIONS = {
  'Baden-Württemberg': 'BW',
  Bayern: 'BY',
  Berlin: 'BE',
  Brandenburg: 'BB',
  Bremen: 'HB',
  Hamburg: 'HH',
  Hessen: 'HE',
  'Mecklenburg-Vorpommern': 'MV',
  Niedersachsen: 'NI',
  'Nordrhein-Westfalen': 'NW',
  'Rheinland-Pfalz': 'RP',
  Saarland: 'SL',
  Sachsen: 'SN',
  'Sachsen-Anhalt': 'ST',
  'Schleswig-Holstein': 'SH',
  Thüringen: 'TH',
} as const satisfies Record<string, Region>;
export type State = keyof typeof STATE_REGIONS;

/** A holiday: feiertagejs's own name constant, or one of the two days treated like holidays. */
export type HolidayId = HolidayType | 'HEILIGABEND' | 'SILVESTER';

/**
 * The holiday on a local day ("2026-12-25"), or undefined. It is an id, not a name: the pages
 * name it in their language (`holiday.<ID>` in src/i18n/, through src/lib/text/holidays.ts).
 */
export type HolidayLookup = (day: string) => HolidayId | undefined;

/** Days treated like holidays although they are none by law. */
const LIKE_HOLIDAYS: readonly [string, HolidayId][] = [
  ['12-24', 'HEILIGABEND'],
  ['12-31', 'SILVESTER'],
];

const years = new Map<string, Map<string, HolidayId>>();

function holidaysOf(year: number, region: Region): Map<string, HolidayId> {
  const key = `${region}-${year}`;
  let days = years.get(key);
  if (!days) {
    days = new Map();
    for (const holiday of getHolidays(year, region)) {
      days.set(holiday.date.toISOString().slice(0, 10), holiday.name);
    }
    for (const [monthDay, name] of LIKE_HOLIDAYS) days.set(`${year}-${monthDay}`, name);
    years.set(key, days);
  }
  return days;
}

const lookups = new Map<Region, HolidayLookup>();

/** Holidays of a state, plus 24 and 31 December; one lookup per state, so results can be cached by it. */
export function holidaysFor(region: Region = DEFAULT_REGION): HolidayLookup {
  let lookup = lookups.get(region);
  if (!lookup) {
    lookup = (day) => holidaysOf(Number(day.slice(0, 4)), region).get(day);
    lookups.set(region, lookup);
  }
  return lookup;
}

/** Every holiday (and 24/31 December) on local days [from, to], in date order. */
export function holidaysBetween(from: string, to: string, region: Region = DEFAULT_REGION): { day: string; holiday: HolidayId }[] {
  const result: { day: string; holiday: HolidayId }[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const [day, holiday] of holidaysOf(year, region)) if (day >= from && day <= to) result.push({ day, holiday });
  }
  return result.sort((a, b) => a.day.localeCompare(b.day));
}
