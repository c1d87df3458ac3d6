import { describe, expect, it } from 'vitest';
import { now as buildNow } from '../../src/lib/dates/now.ts';

describe('buildNow', () => {
  it('reads SOURCE_DATE_EPOCH as whole seconds', () => {
    expect(buildNow({ SOURCE_DATE_EPOCH: '1767225600' }).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(buildNow({ SOURCE_DATE_EPOCH: '0' }).getTime()).toBe(0);
  });

  it('uses the clock when SOURCE_DATE_EPOCH is unset or empty', () => {
    for (const env of [{}, { SOURCE_DATE_EPOCH: '' }]) {
      const before = Date.now();
      const now = buildNow(env).getTime();
      expect(now).toBeGreaterThanOrEqual(before);
      expect(now).toBeLessThanOrEqual(Date.now());
    }
  });

  it('rejects a malformed value with a message that says what is expected', () => {
    for (const bad of ['abc', '1767225600.5', '-1', '1767225600ms', '2026-01-01']) {
      expect(() => buildNow({ SOURCE_DATE_EPOCH: bad })).toThrow(/SOURCE_DATE_EPOCH=.*ganze Sekunden/);
    }
  });

  it('defaults to process.env', () => {
    const saved = process.env['SOURCE_DATE_EPOCH'];
    process.env['SOURCE_DATE_EPOCH'] = '1790000000';
    try {
      expect(buildNow().getTime()).toBe(1790000000 * 1000);
    } finally {
      if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH'];
      else process.env['SOURCE_DATE_EPOCH'] = saved;
    }
  });
});
