import { describe, expect, it } from 'vitest';
import { markedSummary } from '../../src/lib/search/excerpt.ts';

const text = (parts: ReturnType<typeof markedSummary>) => parts.map((p) => p.text).join('');
const hits = (parts: ReturnType<typeof markedSummary>) => parts.filter((p) => p.hit).map((p) => p.text);

describe('markedSummary', () => {
  it('keeps the summary word for word and marks the words the visitor typed, ignoring case', () => {
    const summary = 'Gebrauchte Kinderkleidung günstig kaufen. Kleidung für Babys gibt es auch.';
    const parts = markedSummary(summary, 'kleidung');
    expect(text(parts)).toBe(summary);
    expect(hits(parts)).toEqual(['Kleidung']);
  });

  it('marks words that begin with a typed word, as Pagefind finds them', () => {
    expect(hits(markedSummary('Hebammen beraten Schwangere.', 'Hebamme schwanger'))).toEqual(['Hebammen', 'Schwangere']);
  });

  it('marks nothing for a word only the hidden search words have: the summary stays as written', () => {
    const summary = 'Gebrauchte Kinderkleidung günstig kaufen.';
    const parts = markedSummary(summary, 'Babykleidung');
    expect(parts).toEqual([{ text: summary, hit: false }]);
  });

  it('ignores single letters and punctuation in the query', () => {
    expect(hits(markedSummary('Ein Café für alle.', 'a „Café“'))).toEqual(['Café']);
  });

  it('folds letters the way the search of the language does (Turkish dotless i, Arabic hamza)', () => {
    expect(hits(markedSummary('İletişim için arayın.', 'iletisim', 'tr'))).toEqual(['İletişim']);
    expect(hits(markedSummary('الأسرة والأطفال', 'الاسرة', 'ar'))).toEqual(['الأسرة']);
  });
});
