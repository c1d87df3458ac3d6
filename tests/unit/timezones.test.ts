// Same content + same SOURCE_DATE_EPOCH must give the same output whatever TZ the machine has.
// TZ is read once per process, so each zone runs in its own child process.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { datesReport } from './fixtures/dates-report.ts';

const SCRIPT = fileURLToPath(new URL('./fixtures/print-dates-report.ts', import.meta.url));
const EPOCH = '1767225600';
// UTC; UTC+14 (Kiritimati: its day starts before Berlin's); UTC−8/−7 with US clock-change dates.
const ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];

function runIn(tz: string): { offset: number; report: string } {
  const output = execFileSync(process.execPath, ['--no-warnings', SCRIPT], {
    env: { ...process.env, TZ: tz, SOURCE_DATE_EPOCH: EPOCH },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const newline = output.indexOf('\n');
  return { offset: Number(output.slice(0, newline)), report: output.slice(newline + 1) };
}

describe('date output does not depend on the machine time zone', () => {
  const runs = ZONES.map((tz) => ({ tz, ...runIn(tz) }));

  it('really ran under different TZ settings', () => {
    expect(runs.map((r) => r.offset)).toEqual([0, -840, 480]);
  });

  it('gives byte-identical schedules, texts, JSON-LD and .ics under UTC, Pacific/Kiritimati and America/Los_Angeles', () => {
    expect(runs[0]!.report.length).toBeGreaterThan(10_000);
    for (const run of runs.slice(1)) expect(run.report, run.tz).toBe(runs[0]!.report);
  });

  it('matches the output of this test process, whatever its TZ', () => {
    const saved = process.env['SOURCE_DATE_EPOCH'];
    process.env['SOURCE_DATE_EPOCH'] = EPOCH;
    try {
      expect(datesReport()).toBe(runs[0]!.report);
    } finally {
      if (saved === undefined) delete process.env['SOURCE_DATE_EPOCH'];
      else process.env['SOURCE_DATE_EPOCH'] = saved;
    }
  });
});
