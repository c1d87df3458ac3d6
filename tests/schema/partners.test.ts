import { describe, expect, it } from 'vitest';
import { lines, problemsOf, replace, without } from './helpers.ts';

const PARTNER = [
  'name: Donum Vitae',
  'description: Beratung rund um Schwangerschaft, Geburt und die Zeit danach.',
  'kind: Beratungsstelle',
  'location: am-neutor-5',
  'phone: 02389 71570',
  'email: beratung@example.org',
  'website: https://www.example.org',
  'reviewed: 2026-01-10',
];
const check = (rows: readonly string[]) => problemsOf('partners', 'donum-vitae.yaml', `${rows.join('\n')}\n`);

describe('partners schema', () => {
  it('accepts a valid partner', async () => {
    expect(lines(await check(PARTNER))).toBe('');
  });
  it('reports a missing required field', async () => {
    const [problem] = await check(without(PARTNER, 'kind'));
    expect(problem).toMatchObject({ field: 'kind', line: 1 });
    expect(problem?.message).toBe('Pflichtfeld fehlt — bitte „Art des Partners“ ergänzen: Was für eine Einrichtung der Partner ist');
  });
  it('reports a wrong type', async () => {
    const [problem] = await check([...PARTNER, 'since: seit 2010']);
    expect(problem).toMatchObject({ field: 'since', line: 9 });
    expect(problem?.message).toBe('Falscher Wert — hier gehört eine Zahl hin');
  });
  it('reports an unknown field with a suggestion', async () => {
    const [problem] = await check([...PARTNER, 'webseite: https://www.example.org']);
    expect(problem?.message).toBe('Unbekanntes Feld „webseite“ — Meinten Sie „website“? Sonst das Feld löschen');
  });
  it('lists the allowed fields when nothing is close', async () => {
    const [problem] = await check([...PARTNER, 'oeffnungszeiten: Mo–Fr']);
    expect(problem?.message).toMatch(/^Unbekanntes Feld „oeffnungszeiten“ — Feld löschen oder Namen korrigieren; erlaubt sind: name, shortName,/);
  });
  it('reports a dangling location', async () => {
    const [problem] = await check(replace(PARTNER, 'location', 'rathaus'));
    expect(problem).toMatchObject({ field: 'location', line: 4 });
    expect(problem?.message).toContain('„rathaus“ gibt es nicht in content/locations/ —');
  });
  it('reports bad e-mail, phone and link, refusing javascript:', async () => {
    const problems = await check(replace(replace(replace(PARTNER, 'email', 'beratung(at)example.org'), 'phone', '"12"'), 'website', 'javascript:alert(1)'));
    expect(problems.map((p) => p.field)).toEqual(['phone', 'email', 'website']);
    expect(problems[0]?.message).toBe('Telefonnummer ist zu kurz — bitte mit Vorwahl angeben');
    expect(problems[1]?.message).toContain('E-Mail-Adresse');
    expect(problems[2]?.message).toBe('„javascript:alert(1)“ ist hier nicht erlaubt — Link muss eine vollständige Adresse mit https:// sein');
  });
  it('refuses location and address together', async () => {
    const [problem] = await check([...PARTNER, 'address:', '  street: Am Neutor 5', '  postcode: "59368"', '  town: Werne']);
    expect(problem).toMatchObject({ field: 'address' });
    expect(problem?.message).toBe('Entweder „location“ oder „address“ angeben, nicht beides — eines der beiden Felder löschen');
  });
});
