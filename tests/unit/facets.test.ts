import { describe, expect, it } from 'vitest';
import { countOf, countSentence, facetCounts } from '../../src/lib/search/facets.ts';
import { translator } from '../../src/i18n/index.ts';

const t = translator('de');

describe('facetCounts', () => {
  const counts = facetCounts([
    { thema: ['Beratung', 'Gesundheit'], wochentag: ['Donnerstag'], anmeldung: ['ohne Anmeldung'] },
    { thema: ['Beratung'], wochentag: [] },
    { thema: ['Treffpunkt'], wochentag: ['Donnerstag', 'Donnerstag'] },
  ]);

  it('counts the offers per filter option, each offer once', () => {
    expect(countOf(counts, 'thema', 'Beratung')).toBe(2);
    expect(countOf(counts, 'thema', 'Gesundheit')).toBe(1);
    expect(countOf(counts, 'wochentag', 'Donnerstag')).toBe(2);
    expect(countOf(counts, 'anmeldung', 'ohne Anmeldung')).toBe(1);
  });

  it('gives 0 for options no offer has, so they can be left out', () => {
    expect(countOf(counts, 'wochentag', 'Montag')).toBe(0);
    expect(countOf(counts, 'kosten', 'kostenlos')).toBe(0);
  });
});

describe('countSentence', () => {
  const texts = { one: t('filter.count.one'), other: t('filter.count.other') };
  it('uses "passt" for one offer and "passen" for several', () => {
    expect(countSentence(texts, 1, 15)).toBe('1 von 15 Angeboten passt zu Ihrer Auswahl.');
    expect(countSentence(texts, 3, 15)).toBe('3 von 15 Angeboten passen zu Ihrer Auswahl.');
  });
});
