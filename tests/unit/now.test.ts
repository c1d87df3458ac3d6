import { describe, expect, it } from 'vitest';
import { buildNow } from '../../src/lib/now.ts';

describe('buildNow', () => {
  it('uses SOURCE_DATE_EPOCH when set', () => {
    expect(buildNow({ SOURCE_DATE_EPOCH: '1780000000' }).toISOString()).toBe('2026-05-28T20:26:40.000Z');
  });
  it('uses the clock otherwise', () => {
    const before = Date.now();
    const now = buildNow({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
  it('refuses a value that is not a number', () => {
    expect(() => buildNow({ SOURCE_DATE_EPOCH: 'gestern' })).toThrow('SOURCE_DATE_EPOCH');
  });
});
