// Issue 17, finding 2: a title with CR/LF reached NAME and X-WR-CALNAME of the calendar file
// unescaped, so a title could add a forged event or METHOD:CANCEL. Two layers, each tested with the
// repro under tests/fixtures/security/calendar-injection/: the content check refuses control
// characters in one-line fields (naming the field), and the calendar writer escapes every value,
// so even a value that got past the check cannot add a line. Read back with ical.js.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { eventCalendar, feedCalendar, offerCalendar } from '../../src/lib/dates/ical.ts';
import { problemsOf } from '../schema/helpers.ts';
import { makeEvent, makeOffer, place } from './fixtures/dates.ts';

const DIR = resolve(import.meta.dirname, '../fixtures/security/calendar-injection');
const text = (name: string) => readFileSync(join(DIR, name), 'utf8');
const frontMatter = (name: string) => parseYaml(text(name).split('---')[1]!) as Record<string, unknown>;
const NOW = new Date('2026-12-01T12:00:00Z');
const URL = 'https://familiennetz.example/angebote/netz-cafe/';
const SOURCE = { name: 'Familiennetz Beispiel', uidDomain: 'familiennetz.example' };

function readBack(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, vevents: calendar.getAllSubcomponents('vevent') };
}

describe('the content check refuses control characters in one-line fields', () => {
  it('offer: title, summary and the reason of a closed day, each named, with its line', async () => {
    const problems = await problemsOf('offers', 'netz-cafe.md', text('netz-cafe.md'));
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(byField['title']).toMatchObject({ line: 2, severity: 'error' });
    expect(byField['title']!.message).toMatch(/^„Titel“ muss in einer Zeile stehen/);
    expect(byField['summary']!.message).toMatch(/^„Kurzbeschreibung“ muss in einer Zeile stehen/);
    expect(byField['schedule.closed.0.reason']!.message).toMatch(/^„Grund“ muss in einer Zeile stehen/);
  });

  it('event: the title', async () => {
    const problems = await problemsOf('events', 'fest.md', text('fest.md'));
    expect(problems.map((p) => p.field)).toEqual(['title']);
  });

  it('accepts ordinary titles with umlauts, dashes and quotes', async () => {
    const ok = text('fest.md').replace(/^title: .*$/m, 'title: "Fest „Groß & Klein“ – für alle"');
    expect(await problemsOf('events', 'fest.md', ok)).toEqual([]);
  });
});

describe('the calendar writer escapes every value it writes', () => {
  const rawOffer = frontMatter('netz-cafe.md');
  const rawEvent = frontMatter('fest.md');
  // As if the check had been bypassed: the hostile strings go straight into the writer.
  const offer = { ...makeOffer({ rules: [{ repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '15:00', end: '17:00' }] }), title: String(rawOffer['title']), summary: String(rawOffer['summary']) };
  const event = { ...makeEvent(), title: String(rawEvent['title']) };
  const hostilePlace = { ...place, name: 'Haus\r\nMETHOD:CANCEL' };

  it('an offer file stays one PUBLISH calendar with one series, the title on one line', () => {
    const ics = offerCalendar(offer, { id: 'netz-cafe', url: URL, place: hostilePlace }, { now: NOW, source: SOURCE });
    expect(ics).not.toMatch(/^(METHOD:CANCEL|UID:x@evil|X-INJECTED|SUMMARY:Gratis)/m);
    const { calendar, vevents } = readBack(ics);
    expect(calendar.getAllProperties('method').map((p) => p.getFirstValue())).toEqual(['PUBLISH']);
    expect(vevents.filter((v) => !v.hasProperty('recurrence-id'))).toHaveLength(1);
    expect(new Set(vevents.map((v) => v.getFirstPropertyValue('uid')))).toEqual(new Set(['offer-netz-cafe@familiennetz.example']));
    const name = String(calendar.getFirstPropertyValue('x-wr-calname'));
    expect(name).toContain('METHOD:CANCEL'); // kept as text, harmless
    expect(name).not.toMatch(/[\r\n]/);
    expect(String(vevents[0]!.getFirstPropertyValue('summary'))).toBe(offer.title.replace(/\r\n/g, '\n'));
    expect(String(vevents[0]!.getFirstPropertyValue('location'))).toContain('Haus\nMETHOD:CANCEL');
  });

  it('an event file and the feed keep exactly their own events', () => {
    const one = readBack(eventCalendar(event, { id: 'fest', url: URL }, { now: NOW, source: SOURCE }));
    expect(one.vevents).toHaveLength(1);
    expect(String(one.vevents[0]!.getFirstPropertyValue('summary'))).toBe(event.title);
    const feed = readBack(feedCalendar({ offers: [{ offer, id: 'netz-cafe', url: URL }], events: [{ event, id: 'fest', url: URL }] }, { now: NOW, source: SOURCE, name: 'Termine\r\nMETHOD:CANCEL' }));
    expect(feed.calendar.getAllProperties('method')).toHaveLength(1);
    expect(new Set(feed.vevents.map((v) => v.getFirstPropertyValue('uid')))).toEqual(new Set(['offer-netz-cafe@familiennetz.example', 'event-fest@familiennetz.example']));
  });
});
