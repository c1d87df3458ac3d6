import { describe, expect, it } from 'vitest';
import { lines, md, problemsOf, replace, without } from './helpers.ts';

const OFFER = [
  'title: Babykorb',
  'summary: Günstige gebrauchte Kinderkleidung, verkauft von Ehrenamtlichen.',
  'topics: [Praktische Hilfe]',
  'audiences: [Eltern]',
  'partners: [ksd]',
  'location: am-neutor-5',
  'schedule:',
  '  rules:',
  '    - repeat: wöchentlich',
  '      weekdays: [Donnerstag]',
  '      start: "15:00"',
  '      end: "16:30"',
  'contact:',
  '  phone: 02389 71570',
  'reviewed: 2026-01-10',
];
const check = (front: readonly string[], body = '') => problemsOf('offers', 'babykorb.md', md(front, body));

describe('offers schema', () => {
  it('accepts a valid offer', async () => {
    expect(lines(await check(OFFER, 'Text mit [Link](https://www.werne.de).'))).toBe('');
  });
  it('reports a missing required field with its description', async () => {
    const [problem, ...rest] = await check(without(OFFER, 'summary'));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ field: 'summary', line: 2 });
    expect(problem?.message).toMatch(/^Pflichtfeld fehlt — bitte „Kurzbeschreibung“ ergänzen: Ein bis zwei Sätze/);
  });
  it('reports a wrong type', async () => {
    const [problem] = await check(replace(OFFER, 'topics', 'Treffpunkt'));
    expect(problem).toMatchObject({ field: 'topics', line: 4 });
    expect(problem?.message).toBe('Falscher Wert — hier gehört eine Liste (Zeilen mit „- “ oder [a, b]) hin');
  });
  it('reports an unknown field and suggests the nearest name', async () => {
    const [problem] = await check([...OFFER, 'audience: [Eltern]']);
    expect(problem).toMatchObject({ field: 'audience', line: 17 });
    expect(problem?.message).toBe('Unbekanntes Feld „audience“ — Meinten Sie „audiences“? Sonst das Feld löschen');
  });
  it('reports a dangling reference to a partner and a location', async () => {
    const problems = await check(replace(replace(OFFER, 'partners', '[ksd, caritas]'), 'location', 'rathaus'));
    expect(problems.map((p) => p.field)).toEqual(['partners.1', 'location']);
    expect(problems[0]?.message).toBe('„caritas“ gibt es nicht in content/partners/ — Schreibweise prüfen (Dateiname ohne Endung) oder den Eintrag anlegen');
  });
  it('reports a bad phone number, e-mail and link in the contact', async () => {
    const bad = [...without(OFFER, 'contact').filter((l) => !l.startsWith('  phone')), 'contact:', '  phone: "02389 ANRUF 70"', '  email: kein@', '  website: http://example.org'];
    const problems = await check(bad);
    expect(problems.map((p) => p.field)).toEqual(['contact.phone', 'contact.email', 'contact.website']);
    expect(problems[0]?.message).toContain('— Telefonnummer nur mit Ziffern');
    expect(problems[1]?.message).toBe('„kein@“ ist hier nicht erlaubt — Keine gültige E-Mail-Adresse, z. B. name@example.org');
    expect(problems[2]?.message).toBe('„http://example.org“ ist hier nicht erlaubt — Link muss eine vollständige Adresse mit https:// sein');
  });
  it('reports a schedule whose end lies before its start', async () => {
    const [problem] = await check(replace(OFFER.map((l) => (l.includes('end: "16:30"') ? '      end: "14:00"' : l)), 'title', 'Babykorb'));
    expect(problem).toMatchObject({ field: 'schedule.rules.0.end', line: 13 });
    expect(problem?.message).toBe('Ende 14:00 liegt nicht nach Beginn 15:00 — „end“ auf einen späteren Zeitpunkt als „start“ setzen');
  });
  it('reports a closed period that ends before it starts and an impossible date', async () => {
    const problems = await check([...OFFER.slice(0, 12), '  closed:', '    - from: 2026-12-24', '      to: 2026-12-20', '    - from: 2026-02-30', ...OFFER.slice(12)]);
    expect(problems.map((p) => p.field)).toEqual(['schedule.closed.0.to', 'schedule.closed.1.from']);
    expect(problems[0]?.message).toBe('„to“ (2026-12-20) liegt vor „from“ (2026-12-24) — „to“ auf denselben oder einen späteren Tag als „from“ setzen');
    expect(problems[1]?.message).toBe('Den Tag „2026-02-30“ gibt es nicht im Kalender — Bitte Datum prüfen');
  });
  it('reports a status that is not in the list', async () => {
    const [problem] = await check([...OFFER, 'status: geschlossen']);
    expect(problem?.message).toBe('„geschlossen“ ist hier nicht erlaubt — Status: aktiv, pausiert, beendet');
  });
});
