import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDate, formatDateTimeRange, formatLocalDate, formatTime, formatTimeRange } from '../../src/lib/dates/format.ts';
import { localDateTimeToDate, localDay, toIsoWithOffset } from '../../src/lib/dates/zone.ts';

const utc = (iso: string) => new Date(iso);

describe('German formatting in Europe/Berlin', () => {
  it('writes dates the German way', () => {
    expect(formatDate(utc('2026-03-26T14:00:00Z'), 'de')).toBe('Donnerstag, 26. März 2026');
    expect(formatLocalDate('2026-01-07', 'de')).toBe('7. Januar 2026');
  });

  it('uses the Berlin day, not the UTC day, near midnight', () => {
    // 23:30 UTC on 25 March is 00:30 on 26 March in Berlin (winter time).
    expect(formatDate(utc('2026-03-25T23:30:00Z'), 'de')).toBe('Donnerstag, 26. März 2026');
    expect(localDay(utc('2026-03-25T23:30:00Z'))).toBe('2026-03-26');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time.
    expect(localDay(utc('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(localDay(utc('2026-06-30T21:59:59Z'))).toBe('2026-06-30');
  });

  it('writes times without a leading zero on the hour and ranges with an en dash and "Uhr"', () => {
    expect(formatTime(utc('2026-03-26T14:00:00Z'), 'de')).toBe('15:00');
    expect(formatTime(utc('2026-07-01T07:30:00Z'), 'de')).toBe('9:30');
    expect(formatTime(utc('2026-07-01T22:05:00Z'), 'de')).toBe('0:05');
    expect(formatClockTime('09:30')).toBe('9:30');
    expect(formatTimeRange(utc('2026-03-26T14:00:00Z'), utc('2026-03-26T16:30:00Z'), 'de')).toBe('15:00–17:30 Uhr');
  });

  it('writes a date-time range on one day and across days', () => {
    expect(formatDateTimeRange(utc('2025-09-20T12:00:00Z'), utc('2025-09-20T16:00:00Z'), 'de')).toBe(
      'Samstag, 20. September 2025, 14:00–18:00 Uhr',
    );
    expect(formatDateTimeRange(utc('2025-09-20T12:00:00Z'), utc('2025-09-21T16:00:00Z'), 'de')).toBe(
      'Samstag, 20. September 2025, 14:00 Uhr – Sonntag, 21. September 2025, 18:00 Uhr',
    );
  });
});

describe('local wall-clock times and offsets', () => {
  it('reads a local wall-clock time in winter and summer', () => {
    expect(localDateTimeToDate('2026-03-26T15:00').toISOString()).toBe('2026-03-26T14:00:00.000Z');
    expect(localDateTimeToDate('2026-09-19T14:00').toISOString()).toBe('2026-09-19T12:00:00.000Z');
  });

  it('moves a time in the spring gap forward (02:30 on 29 March 2026 → 03:30 CEST)', () => {
    const d = localDateTimeToDate('2026-03-29T02:30');
    expect(toIsoWithOffset(d)).toBe('2026-03-29T03:30:00+02:00');
    expect(d.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('takes the first (summer-time) instant of a doubled autumn time (02:30 on 25 October 2026)', () => {
    const d = localDateTimeToDate('2026-10-25T02:30');
    expect(toIsoWithOffset(d)).toBe('2026-10-25T02:30:00+02:00');
    expect(d.toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('writes ISO 8601 with the Berlin offset of that day', () => {
    expect(toIsoWithOffset(utc('2026-03-26T14:00:00Z'))).toBe('2026-03-26T15:00:00+01:00');
    expect(toIsoWithOffset(utc('2026-04-02T13:00:00Z'))).toBe('2026-04-02T15:00:00+02:00');
    // The last second of winter time and the first of summer time.
    expect(toIsoWithOffset(utc('2026-03-29T00:59:59Z'))).toBe('2026-03-29T01:59:59+01:00');
    expect(toIsoWithOffset(utc('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00:00+02:00');
  });
});
