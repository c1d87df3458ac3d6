// The benchmark's generated content must be content an editor could have
// written: every file passes the same check the build runs.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/generate-content.ts';
import { checkSite } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/messages.ts';

const dirs: string[] = [];
function generated(count: number, seed = 1): string {
  const dir = mkdtempSync(join(tmpdir(), 'familiennetz-gen-'));
  dirs.push(dir);
  generateContent({ count, out: dir, seed });
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('generate-content', () => {
  it('writes content that passes the content check with zero errors', async () => {
    const dir = generated(300);
    const { problems, entries, site } = await checkSite(dir);
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    // Like real content, some entries were reviewed more than a year ago: that is only a warning.
    expect(problems.filter((p) => p.severity === 'warning' && p.field !== 'reviewed').map(formatProblem)).toEqual([]);
    expect(entries.filter((e) => e.collection === 'offers')).toHaveLength(180);
    // The settings name the alliance's own partner entry as the central contact.
    expect(site?.config.contact).toBeDefined();
    expect(entries.some((e) => e.collection === 'partners' && e.id === site?.config.contact)).toBe(true);
    expect(entries.filter((e) => e.collection === 'pages').map((e) => e.id).sort()).toEqual(
      ['barrierefreiheit', 'datenschutz', 'impressum', 'kontakt', 'leichte-sprache', 'ueber-uns'],
    );
  });

  it('writes the mix of schedules the site has to handle', async () => {
    const { entries } = await checkSite(generated(300));
    const schedules = entries
      .filter((e) => e.collection === 'offers')
      .map((e) => (e.data as { schedule?: { rules: { repeat: string; interval?: number; positions?: number[] }[]; byAppointment?: string; closed: unknown[]; validFrom?: string } }).schedule);
    const rules = schedules.flatMap((s) => s?.rules ?? []);
    expect(schedules.some((s) => s === undefined)).toBe(true);
    expect(schedules.some((s) => s?.byAppointment)).toBe(true);
    expect(schedules.some((s) => s && s.closed.length > 0)).toBe(true);
    expect(rules.some((r) => r.repeat === 'wöchentlich' && r.interval === 1)).toBe(true);
    expect(schedules.some((s) => s?.validFrom && s.rules.some((r) => r.interval === 2))).toBe(true);
    expect(rules.some((r) => r.repeat === 'monatlich' && r.positions?.includes(2))).toBe(true);
    expect(rules.some((r) => r.repeat === 'monatlich' && r.positions?.includes(-1))).toBe(true);
    expect(rules.some((r) => r.repeat === 'einmalig')).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const a = generated(40, 7);
    const b = generated(40, 7);
    const offer = (dir: string) => readFileSync(join(dir, 'offers', readdirSync(join(dir, 'offers')).sort()[0]!), 'utf8');
    expect(offer(a)).toBe(offer(b));
    expect(offer(generated(40, 8))).not.toBe(offer(a));
  });

  it('refuses to write into content/', () => {
    expect(() => generateContent({ count: 10, out: 'content' })).toThrow(/nie in content/);
    expect(() => generateContent({ count: 10, out: 'content/offers' })).toThrow(/nie in content/);
  });
});
