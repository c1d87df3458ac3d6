import { describe, expect, it } from 'vitest';
import { lines, md, problemsOf, replace, without } from './helpers.ts';

const PAGE = ['title: Über uns', 'description: Was das Familiennetz Werne ist und wer dahintersteht.'];
const check = (front: readonly string[], body = 'Text.\n') => problemsOf('pages', 'ueber-uns.md', md(front, body));

describe('pages schema', () => {
  it('accepts a valid page with allowed HTML and links', async () => {
    const body = 'Siehe <abbr title="Lokales Bündnis für Familie">LBF</abbr>, [Angebote](/angebote/), [Mail](mailto:a@example.org).\n';
    expect(lines(await check(PAGE, body))).toBe('');
  });
  it('reports a missing description', async () => {
    const [problem] = await check(without(PAGE, 'description'));
    expect(problem?.message).toMatch(/^Pflichtfeld fehlt — bitte „Beschreibung“ ergänzen: Ein Satz, was auf der Seite steht/);
  });
  it('reports a wrong type and a too short text', async () => {
    const problems = await check([...replace(PAGE, 'description', 'Kurz'), 'draft: 1']);
    expect(problems.map((p) => p.message)).toEqual(['Zu kurz — mindestens 20 Zeichen schreiben', 'Falscher Wert — hier gehört true oder false hin']);
  });
  it('reports an unknown field', async () => {
    const [problem] = await check([...PAGE, 'titel: Über uns']);
    expect(problem?.message).toBe('Unbekanntes Feld „titel“ — Meinten Sie „title“? Sonst das Feld löschen');
  });
  it('reports unsafe HTML and links in the body with their line', async () => {
    const problems = await check(PAGE, 'Absatz.\n\n<iframe src="https://example.org"></iframe>\n\n[x](javascript:alert(1))\n');
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [7, 'Text'],
      [9, 'Text'],
    ]);
    expect(problems[0]?.message).toMatch(/^HTML-Element <iframe> ist im Text nicht erlaubt — /);
    expect(problems[1]?.message).toMatch(/^Link „javascript:alert\(1\)“ würde Code ausführen und ist verboten — /);
  });
});
