import { describe, expect, it } from 'vitest';
import { situationOfferIds, unkeptWords } from '../../src/lib/content/situations.ts';
import { routeHref } from '../../src/lib/views/location.ts';
import { publicLocation } from '../../src/lib/content/places.ts';
import { locationSchema } from '../../src/schemas/location.ts';
import { hiddenLocation } from './fixtures/dates.ts';
import { openingHoursLines } from '../../src/lib/text/facts.ts';

// Invented for tests only.
const offers = [
  { id: 'beratung', topics: ['Schwangerschaft & Geburt' as const], text: 'Schwangerschaftsberatung\nBeratung für Schwangere' },
  { id: 'korb', topics: ['Praktische Hilfe' as const], text: 'Kleiderkorb\nGebrauchte Kleidung\nBabykleidung' },
  { id: 'treff', topics: ['Treffpunkt' as const, 'Schwangerschaft & Geburt' as const], text: 'Babytreff' },
];
const base = { topics: ['Schwangerschaft & Geburt' as const], offers: [] as string[], partners: [] as string[], links: [], note: undefined };

describe('life situations', () => {
  it('lead to the offers of their topics and those they name, each once', () => {
    expect(situationOfferIds(base, offers)).toEqual(['beratung', 'treff']);
    expect(situationOfferIds({ ...base, offers: ['korb', 'treff', 'gibt-es-nicht'] }, offers)).toEqual(['beratung', 'treff', 'korb']);
  });

  it('find a card word that nothing on the page names (Babykleidung without the Kleiderkorb)', () => {
    expect(unkeptWords({ ...base, words: ['Schwangerschaftsberatung', 'Babykleidung'] }, offers)).toEqual(['Babykleidung']);
    expect(unkeptWords({ ...base, offers: ['korb'], words: ['Schwangerschaftsberatung', 'babykleidung'] }, offers)).toEqual([]);
  });

  it('count official links, partners and the note as keeping a promise', () => {
    const link = { title: 'Familienportal', url: 'https://example.org/', text: 'Kindergeld und Elterngeld' };
    expect(unkeptWords({ ...base, topics: [], links: [link], words: ['Kindergeld', 'Kinderzuschlag'] }, offers)).toEqual(['Kinderzuschlag']);
    expect(unkeptWords({ ...base, topics: [], note: 'Den Kinderzuschlag beantragen Sie …', words: ['Kinderzuschlag'] }, offers)).toEqual([]);
    const partners = [{ id: 'ff', text: 'Frühförderstelle\nFrühförderung' }];
    expect(unkeptWords({ ...base, topics: [], partners: ['ff'], words: ['Frühförderung'] }, offers, partners)).toEqual([]);
  });
});

describe('where a place is', () => {
  const place = { street: 'Beispielweg 1', postcode: '12345', town: 'Musterstadt', protected: false };

  it("links the address to OpenStreetMap's search, encoded", () => {
    expect(routeHref(place)).toBe('https://www.openstreetmap.org/search?query=Beispielweg%201%2C%2012345%20Musterstadt');
  });

  it('gives a protected place no route, and its public form neither a street nor a bus stop', () => {
    expect(routeHref({ town: 'Musterstadt', protected: true })).toBeUndefined();
    const busStop = { name: 'Markt', source: 'https://example.org/fahrplan' };
    const open = publicLocation({ ...hiddenLocation, hideStreet: false, busStop });
    expect(open.busStop).toEqual({ name: 'Markt', lines: undefined });
    expect(routeHref(open)).toBeDefined();
    const hidden = publicLocation(hiddenLocation);
    expect(hidden.busStop).toBeUndefined();
    expect(routeHref(hidden)).toBeUndefined();
  });

  it('refuses a bus stop for a protected place in the content', () => {
    const result = locationSchema.safeParse({ ...hiddenLocation, busStop: { name: 'Markt', source: 'https://example.org/fahrplan' } });
    expect(result.success).toBe(false);
  });
});

describe('opening hours', () => {
  it('are unknown when not given, else one line per slot in week order', () => {
    expect(openingHoursLines(undefined, 'de')).toBeUndefined();
    expect(openingHoursLines([{ weekdays: ['Donnerstag', 'Montag'], start: '09:00', end: '12:30' }], 'de')).toEqual(['Montag und Donnerstag, 9:00–12:30 Uhr']);
  });
});
