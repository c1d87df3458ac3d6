// The nightly rebuild (pipeline schedule / cron): the same content built on a later day must move
// an event that has ended into the archive and drop dates that have passed. Two builds of the
// real content, each with its own SOURCE_DATE_EPOCH: two days before the latest event starts and
// one day after it ends. The event is taken from the content, not pinned.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { localDateTimeToDate, localDay } from '../../src/lib/dates/zone.ts';
import { buildEnv, exclusiveBuild } from '../support/build-lock.ts';
import { ROOT } from './support.ts';

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const DAY = 24 * 60 * 60;

interface EventData {
  title: string;
  start: string;
  end: string;
  draft?: boolean;
}
const events = (await checkSite(contentRoot())).entries.filter((e) => e.collection === 'events' && !(e.data as EventData | undefined)?.draft)
  .map((e) => ({ id: e.id, data: e.data as unknown as EventData }))
  .sort((a, b) => localDateTimeToDate(a.data.start).getTime() - localDateTimeToDate(b.data.start).getTime());
const event = events.at(-1);
const startSeconds = event ? Math.floor(localDateTimeToDate(event.data.start).getTime() / 1000) : 0;
const endSeconds = event ? Math.floor(localDateTimeToDate(event.data.end).getTime() / 1000) : 0;
const before = startSeconds - 2 * DAY;
const after = endSeconds + DAY;

const root = mkdtempSync(join(tmpdir(), 'familiennetz-nightly-'));
const out = (epoch: number) => join(root, String(epoch));

function build(epoch: number): Promise<void> {
  const env = buildEnv({ SOURCE_DATE_EPOCH: String(epoch) });
  // The site's own address: this test is about dates, not where the site lives.
  delete env['SITE_URL'];
  delete env['BASE_PATH'];
  // Builds of this project share its caches: one at a time, also with other test files.
  return exclusiveBuild(() => {
    execFileSync(process.execPath, [ASTRO, 'build', '--outDir', out(epoch)], { cwd: ROOT, env, stdio: 'pipe' });
  });
}
const eventsPage = (epoch: number): CheerioAPI => load(readFileSync(join(out(epoch), 'veranstaltungen', 'index.html'), 'utf8'));
const section = ($: CheerioAPI, id: string) => $(`section[aria-labelledby="${id}"]`);
/** Start times (ms) of the regular dates listed on the Termine page. */
const regularStarts = ($: CheerioAPI) =>
  section($, 'regelmaessig')
    .find('time[datetime]')
    .map((_, el) => new Date($(el).attr('datetime') ?? '').getTime())
    .get();

beforeAll(async () => {
  if (!event) return;
  await build(before);
  await build(after);
}, 400_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('nightly rebuild with a later SOURCE_DATE_EPOCH', () => {
  it('the content has an event to follow', () => {
    expect(event).toBeDefined();
  });

  it('before the event: listed as coming, not in the archive', () => {
    const $ = eventsPage(before);
    expect(section($, 'demnaechst').find(`a[href$="/veranstaltungen/${event!.id}/"]`).length).toBe(1);
    expect(section($, 'archiv').find(`a[href$="/veranstaltungen/${event!.id}/"]`).length).toBe(0);
  });

  it('the night after it ended: in the archive, no longer coming', () => {
    const $ = eventsPage(after);
    expect(section($, 'demnaechst').find(`a[href$="/veranstaltungen/${event!.id}/"]`).length).toBe(0);
    expect(section($, 'archiv').find(`a[href$="/veranstaltungen/${event!.id}/"]`).length).toBe(1);
  });

  it('drops the regular dates that have passed and lists later ones instead', () => {
    const earlier = regularStarts(eventsPage(before));
    const later = regularStarts(eventsPage(after));
    expect(earlier.length).toBeGreaterThan(0);
    expect(later.length).toBeGreaterThan(0);
    // The earlier build lists dates that are over by the later night; the later build none of them.
    expect(earlier.some((start) => start < after * 1000)).toBe(true);
    expect(later.filter((start) => start < after * 1000)).toEqual([]);
    expect(Math.min(...later)).toBeGreaterThan(Math.min(...earlier));
  });

  it('"Die nächsten 7 Tage" starts on the day of each build', () => {
    for (const epoch of [before, after]) {
      const $ = load(readFileSync(join(out(epoch), 'diese-woche', 'index.html'), 'utf8'));
      expect($('[data-week-day]').first().find('time[datetime]').attr('datetime')).toBe(localDay(new Date(epoch * 1000)));
    }
  });

  it('stamps each build with its own date (calendar feed)', () => {
    const stamp = (epoch: number) => /DTSTAMP:(\d{8}T\d{6}Z)/.exec(readFileSync(join(out(epoch), 'kalender.ics'), 'utf8'))?.[1];
    const iso = (epoch: number) => new Date(epoch * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(stamp(before)).toBe(iso(before));
    expect(stamp(after)).toBe(iso(after));
  });
});
