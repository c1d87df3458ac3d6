import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlForIndex, offerFacetAttributes, offerFilters } from '../../src/lib/search/index-additions.ts';
import { checkSynonyms } from '../../src/lib/search/files.ts';
import { checkContent } from '../../src/lib/content/check.ts';

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

describe('htmlForIndex', () => {
  const html =
    '<head><meta name="description" content="Kurz &amp; klar"></head><main data-pagefind-body><h1>Babykorb</h1><dl><dt>Für wen</dt><dd>Eltern</dd></dl></main><footer>Fuß</footer>';
  const result = htmlForIndex(html, { keywords: ['Strampler'], words: ['Babysachen'], filters: { thema: ['Praktische Hilfe'] } });

  it('separates facts so excerpts read "Für wen: Eltern"', () => {
    expect(result).toContain('Für wen:</dt> <dd>Eltern</dd> ');
  });
  it('adds keywords and words inside main at low weight, with filters and description', () => {
    const main = result.slice(result.indexOf('<main'), result.indexOf('</main>'));
    expect(main).toContain('<div data-pagefind-weight="0.6">Strampler</div>');
    expect(main).toContain('<div data-pagefind-weight="0.3">Babysachen</div>');
    expect(main).toContain('data-pagefind-filter="thema:Praktische Hilfe"');
    expect(main).toContain('data-pagefind-meta="description[content]" content="Kurz &amp; klar"');
    expect(result.endsWith('</main><footer>Fuß</footer>')).toBe(true);
  });
});

describe('synonym file check', () => {
  it('reports a bad entry with file, line and field, and stops the content check', () => {
    const root = mkdtempSync(join(tmpdir(), 'synonyme-'));
    writeFileSync(join(root, 'synonyms.yaml'), '# Kommentar\n- term: Väter\n  words: [Papa]\n- term: Trennung\n  wörter: [Scheidung]\n');
    const { problems } = checkSynonyms(root);
    // The second entry (index 1, line 4) has an unknown field and lacks „words“.
    expect(problems.map((p) => [p.line, p.field])).toEqual(expect.arrayContaining([[4, '1']]));
    expect(problems.some((p) => /Unbekanntes Feld/.test(p.message))).toBe(true);
    expect(problems.every((p) => p.file.endsWith('synonyms.yaml'))).toBe(true);
    expect(checkContent(root).problems.some((p) => p.file.endsWith('synonyms.yaml'))).toBe(true);
  });

  it('accepts the real synonym list', () => {
    expect(checkSynonyms('content').problems).toEqual([]);
    expect(checkSynonyms('content').data.length).toBeGreaterThan(10);
  });
});
