import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/text/slug.ts';
import { groupByTopic, topicAnchor } from '../../src/lib/content/directory.ts';

describe('slugify', () => {
  it('transliterates German letters and drops punctuation', () => {
    expect(slugify('Schwangerschaft & Geburt')).toBe('schwangerschaft-geburt');
    expect(slugify('Väter, Mütter & Großeltern')).toBe('vaeter-muetter-grosseltern');
    expect(slugify('  Netz-Café  ')).toBe('netz-cafe');
  });
  it.each([
    ['Café für Väter', 'cafe-fuer-vaeter'],
    ['Größer & Öfter: Übungen', 'groesser-oefter-uebungen'],
    ['Straßenfest 2026', 'strassenfest-2026'],
    ['Familien mit Kindern 0–3', 'familien-mit-kindern-0-3'],
  ])('makes file names and filter values: %s → %s', (title, id) => expect(slugify(title)).toBe(id));
});

describe('groupByTopic', () => {
  const offers = [
    { id: 'b', title: 'Babykorb', topics: ['Praktische Hilfe' as const] },
    { id: 'n', title: 'Netz-Café', topics: ['Treffpunkt' as const, 'Praktische Hilfe' as const] },
    { id: 'a', title: 'Äpfel-Treff', topics: ['Treffpunkt' as const] },
  ];

  it('lists an offer once, under its first topic, and names it under its other topics, in vocabulary and German title order', () => {
    const groups = groupByTopic(offers);
    expect(groups.map((g) => g.topic)).toEqual(['Treffpunkt', 'Praktische Hilfe']);
    expect(groups[0]?.entries.map((o) => o.id)).toEqual(['a', 'n']);
    expect(groups[0]?.also).toEqual([]);
    expect(groups[1]?.entries.map((o) => o.id)).toEqual(['b']);
    expect(groups[1]?.also.map((o) => o.id)).toEqual(['n']);
    const cards = groups.flatMap((g) => g.entries.map((o) => o.id));
    expect(cards.sort()).toEqual(offers.map((o) => o.id).sort());
  });

  it('keeps a topic that only some offers have besides their first one', () => {
    const groups = groupByTopic([{ id: 'h', title: 'Hebammensprechstunde', topics: ['Schwangerschaft & Geburt' as const, 'Gesundheit' as const] }]);
    expect(groups.map((g) => [g.topic, g.entries.length, g.also.length])).toEqual([
      ['Schwangerschaft & Geburt', 1, 0],
      ['Gesundheit', 0, 1],
    ]);
  });

  it('gives each topic a stable anchor', () => {
    expect(groupByTopic(offers)[1]?.anchor).toBe('thema-praktische-hilfe');
    expect(topicAnchor('Schwangerschaft & Geburt')).toBe('thema-schwangerschaft-geburt');
  });
});
