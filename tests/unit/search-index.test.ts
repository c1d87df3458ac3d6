import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offerFacetAttributes, offerFilters, searchTermsPlan } from '../../src/lib/search/additions.ts';
import { checkSite } from '../../src/lib/content/check.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');

const offer = {
  topics: ['Treffpunkt'],
  audiences: ['Eltern', 'Väter'],
  schedule: { rules: [{ repeat: 'wöchentlich', weekdays: ['Donnerstag'], interval: 1, start: '15:00', end: '17:00' }], closed: [] },
  cost: { type: 'kostenlos' },
  registration: { required: 'nein' },
} as unknown as Parameters<typeof offerFilters>[0];

describe('offer filters', () => {
  it('lists topic, audience, weekday, free of charge and no registration', () => {
    expect(offerFilters(offer)).toEqual({
      thema: ['Treffpunkt'],
      zielgruppe: ['Eltern', 'Väter'],
      wochentag: ['Donnerstag'],
      kosten: ['kostenlos'],
      anmeldung: ['ohne Anmeldung'],
    });
    expect(offerFacetAttributes(offer)['data-zielgruppe']).toBe('eltern vaeter');
  });
});

describe('search words of a page', () => {
  const cafe = {
    collection: 'offers' as const,
    id: 'vaetercafe',
    data: { title: 'Väter-Café', summary: 'Treffen für Väter und ihre Kinder.', keywords: ['Papa-Treff', 'Väter'], ...offer },
    body: 'Im Familienzentrum mit Kinderbetreuung.',
  };
  const page = { collection: 'pages' as const, id: 'betreuung', data: { title: 'Betreuung', description: 'Alles zur Betreuung.' }, body: '' };
  const plan = searchTermsPlan([cafe, page], [{ term: 'Väter', words: ['Papa', 'Vati'] }]);

  it('adds keywords the page does not say, synonyms its text calls for and compound parts, with an offer’s filters', () => {
    const terms = plan.termsFor(cafe);
    expect(terms.keywords).toEqual(['Papa-Treff']);
    expect(terms.words).toEqual(expect.arrayContaining(['Papa', 'Vati', 'betreuung']));
    expect(terms.filters['thema']).toEqual(['Treffpunkt']);
    expect(plan.termsFor(page).filters).toEqual({});
  });

  it('knows titles, keywords, synonyms and the vocabularies for "Meinten Sie …?"', () => {
    expect(plan.knownTerms()).toEqual(expect.arrayContaining(['Väter', 'Papa', 'Betreuung', 'Treffpunkt', 'Alleinerziehende']));
  });
});

describe('synonym file check', () => {
  it('reports a bad entry with file, line and field, and stops the content check', async () => {
    const root = mkdtempSync(join(tmpdir(), 'synonyme-'));
    cpSync(VALID, root, { recursive: true });
    writeFileSync(join(root, 'synonyms.yaml'), '# Kommentar\n- term: Väter\n  words: [Papa]\n- term: Trennung\n  word: [Scheidung]\n');
    const { problems, lists } = await checkSite(root);
    const own = problems.filter((p) => p.file.endsWith('synonyms.yaml'));
    // The second entry (index 1, line 4) lacks „words“ and has an unknown field, with a suggestion.
    expect(own.map((p) => [p.line, p.field])).toEqual(expect.arrayContaining([[4, '1.words'], [5, '1.word']]));
    expect(own.find((p) => p.field === '1.word')?.message).toBe('Unbekanntes Feld „word“ — Meinten Sie „words“? Sonst das Feld löschen');
    expect(own.every((p) => p.severity === 'error')).toBe(true);
    expect(lists.synonyms).toEqual([]);
  });

  it('accepts the real synonym list', async () => {
    const { problems, lists } = await checkSite('content');
    expect(problems.filter((p) => p.file.endsWith('synonyms.yaml'))).toEqual([]);
    expect(lists.synonyms.length).toBeGreaterThan(0);
  });
});
