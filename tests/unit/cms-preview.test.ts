// The CMS preview's page model: the site's wording for a draft, complete or not.
import { describe, expect, it } from 'vitest';
import { previewOf, type PreviewContext } from '../../src/lib/editor/preview.ts';
import { describeSchedule } from '../../src/lib/text/schedule.ts';
import { costText, registrationText } from '../../src/lib/text/facts.ts';
import { translator } from '../../src/i18n/index.ts';

const t = translator('de');

const NOW = new Date('2026-11-29T12:00:00Z');
const NAMES: Record<string, string> = { 'partners/ksd': 'Katholischer Sozialdienst', 'locations/treff': 'Treffpunkt am Markt' };
const ctx: PreviewContext = { now: NOW, nameOf: (collection, id) => NAMES[`${collection}/${id}`] };

const OFFER = {
  title: 'Spielkreis',
  summary: 'Eltern und Kinder spielen zusammen. Kostenlos und ohne Anmeldung.',
  topics: ['Treffpunkt'],
  audiences: ['Eltern', 'Kinder'],
  partners: ['ksd'],
  location: 'treff',
  schedule: { rules: [{ repeat: 'wöchentlich', weekdays: ['Montag'], interval: 1, start: '09:30', end: '11:00' }] },
  registration: { required: 'nein' },
  cost: { type: 'kostenlos' },
  languages: ['Deutsch'],
  status: 'aktiv',
  reviewed: '2026-11-20',
  draft: false,
};

const factsOf = (page: ReturnType<typeof previewOf>) => Object.fromEntries(page.facts.map((f) => [f.label, f.lines]));

describe('previewOf() for an offer', () => {
  it('words the facts as the offer page does, from the draft as the CMS hands it over', () => {
    const page = previewOf('offers', OFFER, ctx);
    expect(page.title).toBe('Spielkreis');
    expect(page.lead).toBe(OFFER.summary);
    const facts = factsOf(page);
    expect(facts[t('offer.when')]).toEqual(describeSchedule(OFFER.schedule as never, { lang: 'de', from: NOW }));
    expect(facts[t('offer.when')]?.[0]).toContain('9:30');
    expect(facts[t('offer.cost')]).toEqual([costText({ type: 'kostenlos' }, 'de')]);
    expect(facts[t('offer.registration')]).toEqual([registrationText({ required: 'nein' } as never, true, 'de')]);
    expect(facts[t('offer.languages')]).toEqual(['Deutsch']);
    expect(facts[t('offer.runBy')]).toEqual(['Katholischer Sozialdienst']);
    expect(facts[t('offer.where')]).toEqual(['Treffpunkt am Markt']);
  });

  it('reads fields left empty while editing as absent, as they will be saved', () => {
    const draft = { ...OFFER, schedule: { ...OFFER.schedule, closed: [{ from: '2027-01-11', to: '', reason: 'Fortbildung' }], validUntil: '' } };
    const when = factsOf(previewOf('offers', draft, ctx))[t('offer.when')] ?? [];
    expect(when.some((line) => line.includes('Fortbildung'))).toBe(true);
  });

  it('shows the status notice of a paused offer', () => {
    expect(previewOf('offers', { ...OFFER, status: 'pausiert' }, ctx).notices).toEqual([t('offer.status.pausiert')]);
  });

  it('shows what it can of an incomplete draft, and an unknown reference by its id', () => {
    const page = previewOf('offers', { title: 'Neu', partners: ['unbekannt'], schedule: { rules: [{ repeat: 'wöchentlich' }] } }, ctx);
    const facts = factsOf(page);
    expect(page.title).toBe('Neu');
    expect(facts[t('offer.runBy')]).toEqual(['unbekannt']);
    expect(facts[t('offer.when')]).toEqual(['…']);
    expect(facts[t('offer.cost')]).toBeUndefined();
  });
});

describe('previewOf() for the other collections', () => {
  it('an event: date and time range in Werne time, organisers by name', () => {
    const page = previewOf(
      'events',
      { title: 'Fest', summary: 'Ein Fest für alle Familien in der Innenstadt.', start: '2027-09-18T14:00', end: '2027-09-18T18:00', organisers: ['ksd'], status: 'abgesagt' },
      ctx,
    );
    expect(page.notices).toEqual([t('event.status.abgesagt')]);
    expect(factsOf(page)[t('event.when')]?.[0]).toMatch(/18\. September 2027.*14:00.*18:00/);
    expect(factsOf(page)[t('event.organisers')]).toEqual(['Katholischer Sozialdienst']);
  });

  it('a partner: contact facts', () => {
    const page = previewOf('partners', { name: 'Verein', description: 'Ein Verein.', phone: '02389 123456', since: 2010 }, ctx);
    expect(page.title).toBe('Verein');
    expect(factsOf(page)[t('contact.phone')]).toEqual(['02389 123456']);
    expect(factsOf(page)[t('partner.since')]).toEqual(['2010']);
  });

  it('a page: its title', () => {
    expect(previewOf('pages', { title: 'Impressum' }, ctx)).toEqual({ title: 'Impressum', notices: [], facts: [] });
  });
});
