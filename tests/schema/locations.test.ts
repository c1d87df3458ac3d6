import { describe, expect, it } from 'vitest';
import { lines, problemsOf, replace, without } from './helpers.ts';

const LOCATION = [
  'name: Buntes Haus',
  'street: Fürstenhof 27',
  'postcode: "59368"',
  'town: Werne',
  'accessibility:',
  '  stepFree: unbekannt',
  'reviewed: 2026-01-10',
];
const check = (rows: readonly string[]) => problemsOf('locations', 'buntes-haus.yaml', `${rows.join('\n')}\n`);

describe('locations schema', () => {
  it('accepts a valid location', async () => {
    expect(lines(await check(LOCATION))).toBe('');
  });
  it('reports a missing street', async () => {
    const [problem] = await check(without(LOCATION, 'street'));
    expect(problem?.message).toBe('Pflichtfeld fehlt — bitte „Straße und Hausnummer“ ergänzen: z. B. „Musterstraße 1“');
  });
  it('reports a wrong type', async () => {
    const [problem] = await check([...LOCATION, 'hideStreet: ja']);
    expect(problem?.message).toBe('Falscher Wert — hier gehört true oder false hin');
  });
  it('reports an unknown nested field with a suggestion', async () => {
    const [problem] = await check([...LOCATION.slice(0, 6), '  stepfree: ja', LOCATION[6] ?? '']);
    expect(problem).toMatchObject({ field: 'accessibility.stepfree', line: 7 });
    expect(problem?.message).toBe('Unbekanntes Feld „stepfree“ — Meinten Sie „stepFree“? Sonst das Feld löschen');
  });
  it('reports a bad postcode and a value outside the list', async () => {
    const problems = await check(replace([...LOCATION.slice(0, 6), '  pramParking: vielleicht', LOCATION[6] ?? ''], 'postcode', '"5936"'));
    expect(problems.map((p) => p.field)).toEqual(['postcode', 'accessibility.pramParking']);
    expect(problems[0]?.message).toBe('„5936“ ist hier nicht erlaubt — Postleitzahl hat fünf Ziffern, z. B. 12345');
    expect(problems[1]?.message).toBe('„vielleicht“ ist hier nicht erlaubt — Erlaubt: ja, nein, unbekannt');
  });
  it('reports an impossible review date', async () => {
    const [problem] = await check(replace(LOCATION, 'reviewed', '2026-02-29'));
    expect(problem?.message).toBe('Den Tag „2026-02-29“ gibt es nicht im Kalender — Bitte Datum prüfen');
  });
});
