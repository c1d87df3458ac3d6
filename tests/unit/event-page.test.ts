import { describe, expect, it } from 'vitest';
import { eventPast, type SeriesEvent } from '../../src/lib/views/event.ts';
import { makeEvent } from './fixtures/dates.ts';

function event(id: string, start: string, overrides: Record<string, unknown> = {}): SeriesEvent {
  const end = `${start.slice(0, 10)}T18:00`;
  return { id, data: makeEvent({ title: `Fest ${id}`, start, end, series: 'fest', ...overrides }) };
}

// Sunday 1 November 2026, noon in local time.
const NOW = new Date('2026-11-01T11:00:00Z');

describe('eventPast', () => {
  const festivals = [event('2024', '2024-09-21T14:00'), event('2025', '2025-09-20T14:00'), event('2027', '2027-09-18T14:00')];

  it('points a past event of a series to the next one that is still to come', () => {
    expect(eventPast(festivals[0]!, festivals, NOW)).toEqual({ past: true, next: festivals[2] });
    expect(eventPast(festivals[1]!, festivals, NOW).next?.id).toBe('2027');
  });

  it('says that none is planned (null) when the series has no coming event, and skips cancelled ones', () => {
    const cancelled = event('2027', '2027-09-18T14:00', { status: 'abgesagt' });
    expect(eventPast(festivals[1]!, [festivals[0]!, festivals[1]!], NOW)).toEqual({ past: true, next: null });
    expect(eventPast(festivals[1]!, [festivals[1]!, cancelled], NOW).next).toBeNull();
  });

  it('does not link events of another series or without one', () => {
    const other = event('markt', '2027-05-01T10:00', { series: 'markt' });
    const single = event('single', '2025-05-01T10:00', { series: undefined });
    expect(eventPast(festivals[1]!, [festivals[1]!, other], NOW).next).toBeNull();
    expect(eventPast(single, [single, ...festivals], NOW)).toEqual({ past: true, next: undefined });
  });

  it('is not past before its end', () => {
    expect(eventPast(festivals[2]!, festivals, NOW).past).toBe(false);
  });
});
