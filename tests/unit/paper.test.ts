// Paper (lib/print/): QR codes, the notice's fitting rules, the guide's sections and parts.
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/print/qr.ts';
import { POSTER_LINE_CHARS, POSTER_WHEN_LINES, fitLines, posterPhone, printedUrl, shorten } from '../../src/lib/print/poster.ts';
import { guideParts, guideSections, topicParts } from '../../src/lib/print/guide.ts';
import type { Topic } from '../../src/schemas/vocabulary.ts';
import { TOPICS } from '../../src/schemas/vocabulary.ts';

describe('qrSvg', () => {
  const url = 'https://familie.beispielstadt.example/angebote/ehe-familien-und-lebensberatung/';

  it('draws one compact SVG: a viewBox, paths of runs, no element per module', async () => {
    const svg = await qrSvg(url);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"[^>]*>.*<\/svg>$/s);
    expect(svg).not.toMatch(/<rect|<circle|<use/);
    expect(svg.match(/<path/g)).toHaveLength(2);
    expect(svg).not.toMatch(/\swidth=|\sheight=/);
    expect(svg.length).toBeLessThan(2600);
  });

  it('encodes the address given: another address, another drawing; the same one, the same (reproducible builds)', async () => {
    expect(await qrSvg(url)).toBe(await qrSvg(url));
    expect(await qrSvg(url)).not.toBe(await qrSvg(url.replace('angebote', 'partner')));
  });

  it('refuses an address that is not absolute: a code on paper must open from any phone', async () => {
    await expect(qrSvg('/angebote/netz-cafe/')).rejects.toThrow(/keine absolute Adresse/);
  });
});

describe('the notice fits one sheet', () => {
  it('shortens a long text at a word and says so', () => {
    expect(shorten('kurz', 10)).toEqual({ text: 'kurz', cut: false });
    const long = shorten('Anmeldung telefonisch bei der Beratungsstelle oder persönlich in der Sprechstunde am Dienstag', 40);
    expect(long.cut).toBe(true);
    expect(long.text.length).toBeLessThanOrEqual(40);
    expect(long.text).toMatch(/\S…$/);
    expect('Anmeldung telefonisch bei der Beratungsstelle').toContain(long.text.slice(0, -1));
  });

  it('keeps at most the lines of "Wann" that fit, and says when some were left out', () => {
    const lines = ['jeden Montag', 'jeden Dienstag', 'jeden Mittwoch', 'jeden Donnerstag'];
    expect(fitLines(lines.slice(0, POSTER_WHEN_LINES))).toEqual({ lines: lines.slice(0, POSTER_WHEN_LINES), cut: false });
    const fitted = fitLines(lines);
    expect(fitted.lines).toHaveLength(POSTER_WHEN_LINES);
    expect(fitted.cut).toBe(true);
    const wordy = fitLines(['x '.repeat(POSTER_LINE_CHARS)]);
    expect(wordy.cut).toBe(true);
    expect(wordy.lines[0]!.length).toBeLessThanOrEqual(POSTER_LINE_CHARS);
  });

  it('puts the offer’s own number on the strips, else the central one', () => {
    expect(posterPhone({ phone: '02389 1' }, { phone: '02389 2' })).toBe('02389 1');
    expect(posterPhone({}, { phone: '02389 2' })).toBe('02389 2');
    expect(posterPhone({}, {})).toBeUndefined();
  });

  it('prints an address without the scheme', () => {
    expect(printedUrl('https://familie.example/angebote/x/')).toBe('familie.example/angebote/x/');
  });
});

interface Offer {
  id: string;
  title: string;
  topics: Topic[];
  status?: string;
}
const [a, b, c] = TOPICS as unknown as [Topic, Topic, Topic];
const offer = (id: string, topics: Topic[], status = 'aktiv'): Offer => ({ id, title: id, topics, status });

describe('guideSections', () => {
  it('lists every running offer once, under its first topic, and names it under its others', () => {
    const sections = guideSections([offer('x', [a, b]), offer('y', [b]), offer('z', [a], 'pausiert'), offer('w', [c], 'beendet')]);
    expect(sections.map((s) => [s.topic, s.entries.map((e) => e.id)])).toEqual([
      [a, ['x']],
      [b, ['y']],
    ]);
    expect(sections[1]!.also).toEqual([{ entry: expect.objectContaining({ id: 'x' }), listedUnder: a }]);
  });
});

describe('guideParts', () => {
  const many = (topic: Topic, n: number, prefix: string) => Array.from({ length: n }, (_, i) => offer(`${prefix}${String(i).padStart(3, '0')}`, [topic]));

  it('is one part when the guide fits', () => {
    const parts = guideParts(guideSections([...many(a, 3, 'a'), ...many(b, 2, 'b')]), 10);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.sections.map((s) => s.entries.length)).toEqual([3, 2]);
  });

  it('splits at topics where it can, a topic larger than a part in pieces; every offer once, in order, no part too large', () => {
    const offers = [...many(a, 4, 'a'), ...many(b, 8, 'b'), ...many(c, 23, 'c')];
    const sections = guideSections(offers);
    const parts = guideParts(sections, 10);
    for (const part of parts) expect(part.sections.reduce((n, s) => n + s.entries.length, 0)).toBeLessThanOrEqual(10);
    expect(parts.flatMap((p) => p.sections.flatMap((s) => s.entries.map((e) => e.id)))).toEqual(sections.flatMap((s) => s.entries.map((e) => e.id)));
    // Topic b (8) does not fit beside a (4): it starts a new part rather than being split.
    expect(parts[0]!.sections.map((s) => s.topic)).toEqual([a]);
    expect(parts[1]!.sections.map((s) => [s.topic, s.entries.length])).toEqual([[b, 8]]);
    const pieces = parts.flatMap((p) => p.sections).filter((s) => s.topic === c);
    expect(pieces.map((s) => s.continued)).toEqual([false, true, true]);
    expect(parts.every((p) => p.count === parts.length)).toBe(true);
    expect(topicParts(parts)).toEqual(new Map([[a, 1], [b, 2], [c, 3]]));
  });

  it('keeps "see also" with the last piece of its topic and refuses a part size below 1', () => {
    const offers = [...many(a, 12, 'a'), offer('zz', [b, a])];
    const parts = guideParts(guideSections(offers), 10);
    const pieces = parts.flatMap((p) => p.sections).filter((s) => s.topic === a);
    expect(pieces.map((s) => s.also.length)).toEqual([0, 1]);
    expect(() => guideParts([], 0)).toThrow(/Teilgröße/);
  });
});
