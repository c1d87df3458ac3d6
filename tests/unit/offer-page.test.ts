import { describe, expect, it } from 'vitest';
import { routesFor } from '../../src/lib/routes.ts';
import { NEXT_SHOWN, offerPage, type OfferPageInput } from '../../src/lib/views/offer.ts';
import { audienceText, topicText } from '../../src/lib/text/vocabulary.ts';
import { christmasBreak, hiddenPlace, place, makeOffer, weeklyThursday } from './fixtures/dates.ts';

const routes = routesFor('/familie/');
// Thursday 4 December 2025, 10:00 local time.
const NOW = new Date('2025-12-04T09:00:00Z');

function page(overrides: Partial<OfferPageInput> = {}) {
  return offerPage({
    id: 'testcafe',
    offer: makeOffer(christmasBreak),
    partners: [{ id: 'traeger', name: 'Ein Träger e. V.' }],
    place,
    fallbackContact: { phone: '0123 456789' },
    now: NOW,
    routes,
    lang: 'de',
    source: 'de',
    site: 'https://example.org',
    area: { town: 'Musterstadt', state: 'Nordrhein-Westfalen' },
    ...overrides,
  });
}

describe('offerPage', () => {
  it('gives a running offer its schedule in words, next dates with spares, a calendar file and opening hours', () => {
    const view = page();
    expect(view.status).toBeUndefined();
    expect(view.scheduleLines[0]).toBe('jeden Donnerstag, 15:00–16:30 Uhr');
    expect(view.scheduleLines.some((l) => l.startsWith('geschlossen vom'))).toBe(true);
    expect(view.next).toHaveLength(NEXT_SHOWN * 3);
    // The Christmas break's Thursdays are not among the next dates.
    expect(view.next.map((d) => d.startIso.slice(0, 10))).not.toContain('2025-12-25');
    expect(view.calendarHref).toBe('/familie/angebote/testcafe/kalender.ics');
    expect(view.jsonLd).toMatchObject({ '@type': 'GovernmentService', url: 'https://example.org/familie/angebote/testcafe/' });
    expect((view.jsonLd['hoursAvailable'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('names topics and audiences in the structured data in the page\'s language, as the page does', () => {
    const offer = makeOffer(weeklyThursday, { topics: ['Kinderbetreuung'], audiences: ['Alleinerziehende'] });
    const german = page({ offer }).jsonLd;
    expect(german).toMatchObject({ serviceType: 'Kinderbetreuung', audience: [{ audienceType: 'Alleinerziehende' }] });
    const english = page({ offer, lang: 'en' }).jsonLd;
    expect(english).toMatchObject({ serviceType: topicText('Kinderbetreuung', 'en'), audience: [{ audienceType: audienceText('Alleinerziehende', 'en') }] });
    expect(english['serviceType']).not.toBe('Kinderbetreuung');
  });

  it('says why a paused offer does not take place, and lists no dates, no calendar and no opening hours', () => {
    const view = page({ offer: makeOffer(weeklyThursday, { status: 'pausiert' }) });
    expect(view.status).toBe('Dieses Angebot macht gerade Pause.');
    expect(view.next).toEqual([]);
    expect(view.calendarHref).toBeUndefined();
    expect(view.jsonLd).not.toHaveProperty('hoursAvailable');
  });

  it('asks families to call when the times are unknown or questions are open, and falls back to the central contact', () => {
    const view = page({ offer: makeOffer(undefined) });
    expect(view.unknownWhen).toBe(true);
    expect(view.askUs).toBe(true);
    expect(view.contact).toEqual({ phone: '0123 456789' });
    expect(page().askUs).toBe(false);
    expect(page({ offer: makeOffer(weeklyThursday, { contact: { email: 'a@example.org' } }) }).contact).toEqual({ email: 'a@example.org' });
  });

  it('shows a notice until its last day, and leaves out the street of a protected place', () => {
    const notice = { text: 'Heute fällt das Café aus.', until: '2025-12-04' };
    expect(page({ offer: makeOffer(weeklyThursday, { notice }) }).notice).toEqual(notice);
    expect(page({ offer: makeOffer(weeklyThursday, { notice: { ...notice, until: '2025-12-03' } }) }).notice).toBeUndefined();
    const hidden = page({ place: hiddenPlace }).jsonLd;
    expect(JSON.stringify(hidden)).not.toMatch(/Geheimweg|Geschützter Ort|59368/);
    expect(hidden['availableChannel']).toMatchObject({ serviceLocation: { '@type': 'Place', address: { addressLocality: 'Werne' } } });
  });

  it('says "just come by" only with a time and a place, and unknown cost and registration as unknown', () => {
    const open = { registration: { required: 'nein' } };
    expect(page({ offer: makeOffer(weeklyThursday, open) }).registration).toMatch(/kommen Sie einfach vorbei/);
    expect(page({ offer: makeOffer(weeklyThursday, open), place: undefined }).registration).toBe('Keine Anmeldung nötig.');
    expect(page({ offer: makeOffer(undefined, open) }).registration).toBe('Keine Anmeldung nötig.');
    const unknown = page({ offer: makeOffer(weeklyThursday) });
    expect(unknown.registration).toBe('unbekannt – bitte nachfragen');
    expect(unknown.cost).toBe('unbekannt – bitte nachfragen');
  });

  it('dates the facts by the month of their review and asks to check facts older than a year', () => {
    expect(page({ offer: makeOffer(weeklyThursday, { reviewed: '2025-06-01' }) }).reviewed.text).toBe('Juni 2025');
    expect(page({ offer: makeOffer(weeklyThursday, { reviewed: '2023-12-01' }) }).reviewed.text).toBe('Dezember 2023 – bitte vor dem Besuch nachfragen');
  });
});
