import { describe, expect, it } from 'vitest';
import { correctedQuery, meaningfulQuery, nearestTerm, rankByKind } from '../../src/lib/search/query.ts';

const terms = ['Hebamme', 'Babykorb', 'Elterncafé', 'Tagesmutter', 'Trennung'];

describe('meaningfulQuery', () => {
  it('drops filler words but never the whole query', () => {
    expect(meaningfulQuery('Streit mit meinem Mann')).toBe('Streit Mann');
    expect(meaningfulQuery('Hilfe zu Hause')).toBe('Hilfe Hause');
    expect(meaningfulQuery('mit')).toBe('mit');
  });
});

describe('nearestTerm and correctedQuery', () => {
  it('suggests the nearest known word for a misspelling', () => {
    expect(nearestTerm('Hebame', terms)).toBe('Hebamme');
    expect(nearestTerm('Tagesmuter', terms)).toBe('Tagesmutter');
    expect(nearestTerm('babykob', terms)).toBe('Babykorb');
  });
  it('leaves known and far-off words alone', () => {
    expect(nearestTerm('Hebamme', terms)).toBeUndefined();
    expect(nearestTerm('Fahrrad', terms)).toBeUndefined();
    expect(nearestTerm('Trenung', terms, 0)).toBeUndefined();
  });
  it('corrects word by word and says when nothing changed', () => {
    expect(correctedQuery('Hebame Trennung', terms)).toBe('Hebamme Trennung');
    expect(correctedQuery('Babykorb', terms)).toBeUndefined();
  });
});

describe('rankByKind', () => {
  it('puts an offer above a page with a slightly better score', () => {
    const ranked = rankByKind([
      { score: 1.2, kind: 'Seite', id: 'ueber-uns' },
      { score: 1, kind: 'Angebot', id: 'babykorb' },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['babykorb', 'ueber-uns']);
  });
});
