import { describe, expect, it } from 'vitest';
import { activeNotice, hasDates, isPast, isPublished, isRunning } from '../../src/lib/content/status.ts';

describe('what the site shows of an entry', () => {
  it('publishes everything but drafts', () => {
    expect(isPublished({})).toBe(true);
    expect(isPublished({ draft: false })).toBe(true);
    expect(isPublished({ draft: true })).toBe(false);
  });

  it('counts only active offers as running, and only running offers with rules as having dates', () => {
    expect(isRunning({ status: 'aktiv' })).toBe(true);
    expect(isRunning({})).toBe(true);
    expect(isRunning({ status: 'pausiert' })).toBe(false);
    expect(hasDates({ status: 'aktiv', schedule: { rules: [{}] } })).toBe(true);
    expect(hasDates({ status: 'aktiv', schedule: { rules: [] } })).toBe(false);
    expect(hasDates({ status: 'beendet', schedule: { rules: [{}] } })).toBe(false);
    expect(hasDates({ status: 'aktiv' })).toBe(false);
  });

  it('takes an event as past once its end in local time is reached', () => {
    const event = { end: '2026-09-19T18:00' };
    // 18:00 in Berlin is 16:00 UTC in September.
    expect(isPast(event, new Date('2026-09-19T15:59:00Z'))).toBe(false);
    expect(isPast(event, new Date('2026-09-19T16:00:00Z'))).toBe(true);
  });

  it('shows a notice through its last local day', () => {
    const notice = { text: 'x', until: '2026-03-26' };
    expect(activeNotice(notice, new Date('2026-03-26T22:59:00Z'))).toBe(notice);
    // 23:00 UTC on 26 March is already 27 March in Berlin.
    expect(activeNotice(notice, new Date('2026-03-26T23:00:00Z'))).toBeUndefined();
    const lasting = { text: 'x' };
    expect(activeNotice(lasting, new Date('2030-01-01T00:00:00Z'))).toBe(lasting);
    expect(activeNotice(undefined, new Date())).toBeUndefined();
  });
});
