import { describe, expect, it } from 'vitest';
import { lines, md, problemsOf, replace, without } from './helpers.ts';

const EVENT = [
  'title: Familienfest',
  'summary: Ein Fest für alle Familien mit Spielen und Aktionen der Partner.',
  'start: "2026-09-19T14:00"',
  'end: "2026-09-19T17:00"',
  'location: am-neutor-5',
  'organisers: [familiennetz-werne, ksd]',
  'reviewed: 2026-01-10',
];
const check = (front: readonly string[]) => problemsOf('events', 'familienfest.md', md(front, 'Alle sind eingeladen.\n'));

describe('events schema', () => {
  it('accepts a valid event, also with an unquoted date-time', async () => {
    expect(lines(await check(EVENT))).toBe('');
    expect(lines(await check(replace(EVENT, 'start', '2026-09-19T14:00')))).toBe('');
  });
  it('reports a missing start', async () => {
    const [problem] = await check(without(EVENT, 'start'));
    expect(problem?.field).toBe('start');
    expect(problem?.message).toMatch(/^Pflichtfeld fehlt — bitte „Beginn“ ergänzen: Datum und Uhrzeit in Ortszeit/);
  });
  it('reports a wrong type', async () => {
    const [problem] = await check(replace(EVENT, 'organisers', 'familiennetz-werne'));
    expect(problem).toMatchObject({ field: 'organisers', line: 7 });
    expect(problem?.message).toContain('Falscher Wert — hier gehört eine Liste');
  });
  it('reports an unknown field', async () => {
    const [problem] = await check([...EVENT, 'organizers: [ksd]']);
    expect(problem?.message).toBe('Unbekanntes Feld „organizers“ — Meinten Sie „organisers“? Sonst das Feld löschen');
  });
  it('reports a dangling organiser', async () => {
    const [problem] = await check(replace(EVENT, 'organisers', '[ksd, stadtbuecherei]'));
    expect(problem).toMatchObject({ field: 'organisers.1', line: 7 });
  });
  it('reports an impossible date (31 February)', async () => {
    const [problem] = await check(replace(EVENT, 'start', '"2026-02-31T14:00"'));
    expect(problem).toMatchObject({ field: 'start', line: 4 });
    expect(problem?.message).toBe('Den Zeitpunkt „2026-02-31T14:00“ gibt es nicht — Bitte Datum und Uhrzeit prüfen');
  });
  it('reports an end before the start', async () => {
    const [problem] = await check(replace(EVENT, 'end', '"2026-09-19T13:00"'));
    expect(problem).toMatchObject({ field: 'end', line: 5 });
    expect(problem?.message).toBe('Ende liegt nicht nach dem Beginn — „end“ auf einen späteren Zeitpunkt als „start“ setzen');
  });
  it('reports a fee without its amount', async () => {
    const [problem] = await check([...EVENT, 'cost:', '  type: gebühr']);
    expect(problem?.field).toBe('cost.text');
    expect(problem?.message).toContain('Pflichtfeld fehlt — bitte „Betrag“ ergänzen: Betrag und wofür');
  });
});
