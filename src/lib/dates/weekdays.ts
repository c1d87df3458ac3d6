// The days of the week, Monday first as the German week runs: the name editors
// write in content, the ISO 8601 number (Temporal's dayOfWeek), the RFC 5545
// code of calendar files and the schema.org day of structured data. Every
// module that needs one of these looks it up here.

export const WEEKDAY_TABLE = [
  { name: 'Montag', iso: 1, ics: 'MO', schemaOrg: 'https://schema.org/Monday' },
  { name: 'Dienstag', iso: 2, ics: 'TU', schemaOrg: 'https://schema.org/Tuesday' },
  { name: 'Mittwoch', iso: 3, ics: 'WE', schemaOrg: 'https://schema.org/Wednesday' },
  { name: 'Donnerstag', iso: 4, ics: 'TH', schemaOrg: 'https://schema.org/Thursday' },
  { name: 'Freitag', iso: 5, ics: 'FR', schemaOrg: 'https://schema.org/Friday' },
  { name: 'Samstag', iso: 6, ics: 'SA', schemaOrg: 'https://schema.org/Saturday' },
  { name: 'Sonntag', iso: 7, ics: 'SU', schemaOrg: 'https://schema.org/Sunday' },
] as const;

export type WeekdayInfo = (typeof WEEKDAY_TABLE)[number];
export type Weekday = WeekdayInfo['name'];
export type IcsWeekday = WeekdayInfo['ics'];

/** The names as editors write them, in week order (the closed vocabulary of the schema). */
export const WEEKDAYS = WEEKDAY_TABLE.map((day) => day.name) as unknown as readonly [Weekday, ...Weekday[]];

export function weekday(name: Weekday): WeekdayInfo {
  return WEEKDAY_TABLE.find((day) => day.name === name)!;
}

/** The day for an ISO number, 1 = Monday … 7 = Sunday. */
export function weekdayByIso(iso: number): WeekdayInfo {
  const day = WEEKDAY_TABLE[iso - 1];
  if (!day) throw new RangeError(`No ISO weekday ${iso}`);
  return day;
}

/** Each day once, in week order. */
export function inWeekOrder(days: Iterable<Weekday>): Weekday[] {
  const set = new Set(days);
  return WEEKDAYS.filter((day) => set.has(day));
}
