// npm run report -- --anfragen: one letter per partner with exactly the open
// questions of its offers and the values the site states today. Fixtures are
// made up here (no real content is pinned) and parsed by the real schemas.
import { describe, expect, it } from 'vitest';
import { buildRequestLetters, letterHtml, letterText, type Sender } from '../../src/lib/editor/requests.ts';
import { locationSchema, type Location } from '../../src/schemas/location.ts';
import { offerSchema, type Offer } from '../../src/schemas/offer.ts';
import { partnerSchema, type Partner } from '../../src/schemas/partner.ts';

const partner = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  data: partnerSchema.parse({ name: `Partner ${id.toUpperCase()}`, description: 'Ein Partner für den Test mit zwei Sätzen. Mehr nicht.', kind: 'Verein', reviewed: '2024-01-01', ...extra }) as Partner,
});
const offer = (id: string, extra: Record<string, unknown>) => ({
  id,
  data: offerSchema.parse({
    title: `Angebot ${id}`,
    summary: 'Ein Angebot für den Test, kurz beschrieben in einem Satz.',
    topics: ['Beratung'],
    audiences: ['Eltern'],
    reviewed: '2023-12-01',
    ...extra,
  }) as Offer,
});
const place = {
  id: 'haus',
  data: locationSchema.parse({ name: 'Haus am Platz', street: 'Musterweg 3', postcode: '12345', town: 'Beispielstadt', reviewed: '2024-01-01' }) as Location,
};
const hidden = {
  id: 'geschuetzt',
  data: locationSchema.parse({ name: 'Geheimes Haus', street: 'Versteckweg 9', postcode: '12345', town: 'Beispielstadt', hideStreet: true, reviewed: '2024-01-01' }) as Location,
};

const partners = [partner('buero', { email: 'buero@example.org', openQuestions: ['Öffnungszeiten des Büros'] }), partner('a', { email: 'a@example.org' }), partner('b', { openQuestions: ['Telefonnummer'] }), partner('c')];
const offers = [
  offer('zusammen', {
    partners: ['a', 'buero'],
    location: 'haus',
    schedule: { rules: [{ repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '15:00', end: '17:00' }] },
    registration: { required: 'nein' },
    cost: { type: 'kostenlos' },
    openQuestions: ['Pausen in den Ferien'],
  }),
  offer('offen', { partners: ['a'], location: 'geschuetzt', openQuestions: ['Wochentag und Uhrzeit', 'Kosten'] }),
  offer('fertig', { partners: ['a'], openQuestions: [] }),
  offer('vorbei', { partners: ['a'], status: 'beendet', openQuestions: ['Gibt es das noch?'] }),
  offer('entwurf', { partners: ['a'], draft: true, openQuestions: ['Noch geheim'] }),
  offer('allein', { partners: ['buero'], openQuestions: ['Wer leitet die Gruppe?'] }),
  offer('zwei', { partners: ['b', 'c'], openQuestions: ['Ort'] }),
];
const sender: Sender = { name: 'Bündnis Beispielstadt', contactPerson: 'Erika Muster, Koordinatorin', phone: '01234 5678', email: 'buero@example.org' };
const letters = buildRequestLetters({ offers, partners, locations: [place, hidden], senderId: 'buero' });
const of = (id: string) => letters.find((l) => l.partnerId === id);

describe('request letters per partner', () => {
  it('one letter per partner with a question; a partner without one gets none', () => {
    expect(letters.map((l) => l.partnerId).sort()).toEqual(['a', 'b', 'buero', 'c']);
    const noQuestions = buildRequestLetters({ offers: [offers[2]!], partners, locations: [], senderId: 'buero' });
    expect(noQuestions.map((l) => l.partnerId).sort()).toEqual(['b', 'buero']);
  });

  it('lists exactly the open questions of running, published offers', () => {
    expect(of('a')?.offers.map((o) => [o.id, o.questions])).toEqual([
      ['offen', ['Wochentag und Uhrzeit', 'Kosten']],
      ['zusammen', ['Pausen in den Ferien']],
    ]);
    expect(of('b')?.ownQuestions).toEqual(['Telefonnummer']);
    // An offer of two partners goes to both; one the alliance shares goes to the partner only.
    expect(of('b')?.offers.map((o) => o.id)).toEqual(['zwei']);
    expect(of('c')?.offers.map((o) => o.id)).toEqual(['zwei']);
    expect(of('buero')?.offers.map((o) => o.id)).toEqual(['allein']);
    expect(of('buero')?.internal).toBe(true);
    expect(of('a')?.internal).toBe(false);
  });

  it('shows the values the site states to confirm, and nothing for what is unknown', () => {
    const together = of('a')?.offers.find((o) => o.id === 'zusammen');
    expect(together?.current).toEqual([
      { label: 'Wann', value: expect.stringContaining('jeden Donnerstag, 15:00–17:00 Uhr') },
      { label: 'Wo', value: 'Haus am Platz, Musterweg 3, 12345 Beispielstadt' },
      { label: 'Kosten', value: 'kostenlos' },
      { label: 'Anmeldung', value: 'nicht nötig' },
    ]);
    expect(together?.reviewed).toBe('Dezember 2023');
    // Unknown time, cost and registration are not stated: they are among the questions.
    const unknown = of('a')?.offers.find((o) => o.id === 'offen');
    expect(unknown?.current.map((c) => c.label)).toEqual(['Wo']);
    // A protected place only as it may be published.
    expect(unknown?.current[0]?.value).toBe('Beispielstadt');
  });

  it('text letter: subject, each question once, the values, the sender; no invented facts', () => {
    const text = letterText(of('a')!, sender);
    expect(text).toMatch(/^Betreff: Ihre Angaben auf der Website Bündnis Beispielstadt/);
    for (const q of ['Wochentag und Uhrzeit', 'Kosten', 'Pausen in den Ferien']) expect(text.split(`– ${q}\n`).length - 1).toBe(1);
    expect(text).toContain('Wo: Haus am Platz, Musterweg 3, 12345 Beispielstadt');
    expect(text).not.toContain('Versteckweg');
    expect(text).not.toContain('Gibt es das noch?');
    expect(text).not.toContain('Noch geheim');
    // Unknown values are asked, never stated (no "Wann:" line for an offer without times).
    expect(text).not.toMatch(/unbekannt|nicht bekannt/);
    expect(text.match(/Wann: /g)).toHaveLength(1);
    expect(text).toContain('Erika Muster, Koordinatorin\nBündnis Beispielstadt\nTelefon: 01234 5678\nE-Mail: buero@example.org');
  });

  it('the alliance\'s own list is marked as internal and has no greeting', () => {
    const text = letterText(of('buero')!, sender);
    expect(text).toMatch(/nicht zum Versenden/);
    expect(text).not.toContain('Guten Tag');
    expect(text).toContain('– Wer leitet die Gruppe?');
    expect(text).toContain('– Öffnungszeiten des Büros');
  });

  it('printable HTML: the same questions, escaped, with no external resources', () => {
    const letter = buildRequestLetters({ offers: [offer('x', { partners: ['a'], openQuestions: ['Preis <5 €> & mehr'] })], partners, locations: [], senderId: 'buero' }).find((l) => l.partnerId === 'a');
    const html = letterHtml(letter!, sender);
    expect(html).toContain('<li>Preis &lt;5 €&gt; &amp; mehr</li>');
    expect(html).toContain('<html lang="de">');
    expect(html).not.toMatch(/<(script|link|img)\b|https?:\/\//);
    expect(html).toContain('&lt;a@example.org&gt;');
  });
});
