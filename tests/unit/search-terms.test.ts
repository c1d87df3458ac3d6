import { describe, expect, it } from 'vitest';
import { buildLexicon, compoundParts, expandSearchTerms, foldWord, knownTerms, scheduleWeekdays, synonymWords } from '../../src/lib/search/terms.ts';

const lexicon = buildLexicon(['Kinder Tages Schwangerschaft Familie Beratung Eltern Krankenschwester Kranken Kind']);

describe('compoundParts', () => {
  it('splits after known words and joints, deepest parts included', () => {
    expect(compoundParts('Kindertagespflege', lexicon)).toEqual(['tagespflege', 'pflege']);
    expect(compoundParts('Schwangerschaftskonfliktberatung', lexicon)).toEqual(['konfliktberatung', 'beratung']);
    expect(compoundParts('Familienpaten', lexicon)).toEqual(['paten']);
    expect(compoundParts('Familienkinderkrankenschwester', lexicon)).toContain('krankenschwester');
  });

  it('does not invent joints German does not use', () => {
    // "schwanger" + s + "chaft" would need a Fugen-s after an adjective.
    expect(compoundParts('Schwangerschaft', buildLexicon(['schwanger']))).toEqual(['schaft']);
    expect(compoundParts('Beratung', lexicon)).toEqual([]);
  });
});

describe('synonymWords', () => {
  const synonyms = [
    { term: 'Väter', words: ['Papa'] },
    { term: 'Trennung', words: ['Scheidung'] },
  ];
  it('matches inflections and compounds that start with the term', () => {
    expect(synonymWords(new Set(['vätern']), synonyms)).toEqual(['Papa']);
    expect(synonymWords(new Set(['trennungsberatung']), synonyms)).toEqual(['Scheidung']);
  });
  it('does not tie a compound ending to the term', () => {
    expect(synonymWords(new Set(['tagesväter']), synonyms)).toEqual([]);
  });
});

describe('expandSearchTerms', () => {
  it('adds keywords, synonyms and compound parts once, leaving out words the page says', () => {
    const result = expandSearchTerms(
      { text: 'Treffen für Väter. Kinderbetreuung', keywords: ['Papa', 'Väter', 'Vatertreff'] },
      [{ term: 'Väter', words: ['Papa', 'Papi'] }],
      buildLexicon(['Kinder']),
    );
    expect(result.keywords).toEqual(['Papa', 'Vatertreff']);
    expect(result.added).toEqual(['Papi', 'betreuung']);
  });
});

describe('helpers', () => {
  it('folds accents but keeps umlauts', () => {
    expect(foldWord('Elterncafé')).toBe('elterncafe');
    expect(foldWord('Väter')).toBe('väter');
  });
  it('lists known terms once, sorted, without numbers and short words', () => {
    expect(knownTerms(['Netz-Café', 'Café am Markt 2024', 'Babykorb'])).toEqual(['Babykorb', 'Café', 'Markt', 'Netz']);
  });
  it('finds the weekdays of weekly, monthly and single-date rules', () => {
    expect(
      scheduleWeekdays([
        { repeat: 'wöchentlich', weekdays: ['Freitag', 'Montag'], interval: 1, start: '09:00', end: '10:00' },
        { repeat: 'monatlich', weekday: 'Mittwoch', positions: [1], start: '09:00', end: '10:00' },
        { repeat: 'einmalig', date: '2026-09-19', start: '14:00', end: '17:00' },
      ]),
    ).toEqual(['Montag', 'Mittwoch', 'Freitag', 'Samstag']);
  });
});
