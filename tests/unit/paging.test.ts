// Numbered pages for long lists (lib/views/paging.ts).
import { describe, expect, it } from 'vitest';
import { DAY_PREVIEW, PAGE_SIZE, dayPreviewLimit, needsPages, pageHref, pageParams, pager, paginate, preview } from '../../src/lib/views/paging.ts';
import { topicLists } from '../../src/lib/views/topics.ts';
import { TOPICS } from '../../src/schemas/vocabulary.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('paginate', () => {
  it('keeps a list that fits on one page as one page', () => {
    const pages = paginate(numbers(15), 30);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, count: 1, total: 15, from: 1, to: 15 });
    expect(pages[0]!.items).toEqual(numbers(15));
  });

  it('puts every entry on exactly one page, in order', () => {
    const pages = paginate(numbers(61), 30);
    expect(pages.map((p) => p.items.length)).toEqual([30, 30, 1]);
    expect(pages.flatMap((p) => p.items)).toEqual(numbers(61));
    expect(pages[2]).toMatchObject({ number: 3, count: 3, from: 61, to: 61, total: 61 });
  });

  it('makes one empty page of an empty list, and refuses a page size below 1', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], total: 0, from: 0, to: 0 }]);
    expect(() => paginate([1], 0)).toThrow(/Seitengröße/);
  });
});

describe('page addresses', () => {
  it('gives the first page the list address and the others a folder below it', () => {
    expect(pageHref('/angebote/', 1)).toBe('/angebote/');
    expect(pageHref('/familie/angebote/', 3)).toBe('/familie/angebote/seite/3/');
    expect(pageParams(paginate(numbers(5), 2)).map((p) => p.page)).toEqual([undefined, 'seite/2', 'seite/3']);
  });
});

describe('pager', () => {
  it('has no links for a list on one page', () => {
    expect(pager('/partner/', 1, 1)).toBeUndefined();
  });

  it('links prev and next, the first and last page and the neighbours, with gaps between', () => {
    const p = pager('/a/', 10, 150)!;
    expect(p.prev).toBe('/a/seite/9/');
    expect(p.next).toBe('/a/seite/11/');
    const shown = p.items.map((i) => (i.kind === 'gap' ? '…' : i.current ? `[${i.number}]` : String(i.number)));
    expect(shown).toEqual(['1', '…', '8', '9', '[10]', '11', '12', '…', '150']);
  });

  it('has no prev on the first page and no next on the last', () => {
    expect(pager('/a/', 1, 3)).toMatchObject({ next: '/a/seite/2/' });
    expect(pager('/a/', 1, 3)!.prev).toBeUndefined();
    expect(pager('/a/', 3, 3)!.next).toBeUndefined();
    expect(pager('/a/', 3, 3)!.items.map((i) => (i.kind === 'page' ? i.number : 0))).toEqual([1, 2, 3]);
  });
});

describe('preview', () => {
  it('shows the first items and counts the rest', () => {
    expect(preview(numbers(10), 8)).toEqual({ shown: numbers(8), more: 2 });
    expect(preview(numbers(3), 8)).toEqual({ shown: numbers(3), more: 0 });
  });
});

describe('when a list gets pages', () => {
  it('keeps the real directory (15 offers) on one page and pages a large one', () => {
    expect(needsPages(15, PAGE_SIZE.offers)).toBe(false);
    expect(needsPages(PAGE_SIZE.offers + 1, PAGE_SIZE.offers)).toBe(true);
  });

  it('shows every date of a short overview and a few per day of a long one', () => {
    expect(dayPreviewLimit([3, 0, 4, 5])).toBeUndefined();
    expect(dayPreviewLimit(Array.from({ length: 14 }, () => 40))).toBe(DAY_PREVIEW);
  });
});

describe('topicLists', () => {
  it('lists every offer under each of its topics, in the vocabulary order, without empty topics', () => {
    const [first, second] = TOPICS;
    const offers = [
      { id: 'a', topics: [second!] },
      { id: 'b', topics: [first!, second!] },
    ];
    const lists = topicLists(offers);
    expect(lists.map((l) => l.topic)).toEqual([first, second]);
    expect(lists[0]!.entries.map((o) => o.id)).toEqual(['b']);
    expect(lists[1]!.entries.map((o) => o.id)).toEqual(['a', 'b']);
    expect(lists[1]!.slug).toMatch(/^[a-z0-9-]+$/);
  });
});
