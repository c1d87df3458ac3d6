// The open-data export: offers as Open Referral HSDS 3.0 services, each validated with ajv against
// the official schema the project ships (src/lib/open-data/hsds-schema/). Built from fixtures
// through the real schemas; the whole site's export is validated in the example alliance's build test.
import { describe, expect, it } from 'vitest';
import { hsdsIds, hsdsServices, languageCode, type HsdsInput, type HsdsObject, type HsdsPartner } from '../../src/lib/open-data/hsds.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';
import { validateHsdsService } from '../support/hsds.ts';
import { byAppointment, christmasBreak, everySecondTuesday, hiddenLocation, hiddenPlace, makeOffer, monthly, place, singleDate } from './fixtures/dates.ts';

const partner: HsdsPartner = {
  id: 'familiennetz',
  data: partnerSchema.parse({
    name: 'Familienbüro Beispielstadt',
    description: 'Die Anlaufstelle für Familien, nur für Tests erfunden.',
    kind: 'Stadt',
    phone: '0221 4710100',
    email: 'familie@example.org',
    reviewed: '2026-01-10',
  }),
  url: 'https://familie.example.org/partner/familiennetz/',
};

function input(offers: HsdsInput['offers']): HsdsInput {
  return { site: { ownUrl: 'https://familie.example.org', state: 'Nordrhein-Westfalen' }, offers, partners: new Map([[partner.id, partner]]), contactId: partner.id, today: '2026-06-01' };
}

const offers: HsdsInput['offers'] = [
  { id: 'treff', url: 'https://familie.example.org/angebote/treff/', data: makeOffer(christmasBreak, { cost: { type: 'kostenlos' }, languages: ['Deutsch', 'Türkisch', 'Gebärdensprache'], audiences: ['Eltern', 'Väter'] }), place: { key: 'testhaus', place } },
  { id: 'zweiwoechig', url: 'https://familie.example.org/angebote/zweiwoechig/', data: makeOffer(everySecondTuesday, { cost: { type: 'gebühr', text: '5 € pro Treffen' }, ageRange: { from: 0, to: 3 } }) },
  { id: 'monatlich', url: 'https://familie.example.org/angebote/monatlich/', data: makeOffer(monthly, { cost: { type: 'spende', text: 'Kaffee gegen Spende' }, status: 'pausiert' }) },
  { id: 'einmal', url: 'https://familie.example.org/angebote/einmal/', data: makeOffer(singleDate) },
  { id: 'beratung', url: 'https://familie.example.org/angebote/beratung/', data: makeOffer(byAppointment, { contact: { name: 'Vorname Nachname, Beratung', phone: '0221 4710999' } }), place: { key: 'geschuetzt', place: hiddenPlace } },
];
const services = hsdsServices(input(offers));
const byName = (id: string) => services[offers.findIndex((o) => o.id === id)]!;
const list = (service: HsdsObject, key: string) => service[key] as HsdsObject[];

describe('HSDS 3.0 export', () => {
  it('every service is valid against the official schema (ajv, formats checked)', () => {
    for (const service of services) expect(validateHsdsService(service)).toEqual([]);
    // The validator does check: a service without a name or with a made-up status fails.
    expect(validateHsdsService({ ...services[0]!, name: undefined })).not.toEqual([]);
    expect(validateHsdsService({ ...services[0]!, status: 'aktiv' })).not.toEqual([]);
    expect(validateHsdsService({ ...services[0]!, id: 'treff' })).not.toEqual([]);
  });

  it('ids are UUID v5, the same in every build, different per object and per site', () => {
    const again = hsdsServices(input(offers));
    expect(again.map((s) => s.id)).toEqual(services.map((s) => s.id));
    expect(services[0]!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
    expect(hsdsIds('https://familie.example.org')('service', 'treff')).toBe(services[0]!.id);
    expect(hsdsIds('https://andere-stadt.example')('service', 'treff')).not.toBe(services[0]!.id);
  });

  it('schedules in HSDS form: freq, interval, byday, opens_at/closes_at, valid_from, by appointment', () => {
    expect(list(byName('treff'), 'schedules')[0]).toMatchObject({ freq: 'WEEKLY', interval: 1, byday: 'TH', opens_at: '15:00', closes_at: '16:30' });
    expect(String(list(byName('treff'), 'schedules')[0]!['notes'])).toContain('Geschlossen vom 2025-12-22 bis 2026-01-07 (Weihnachtspause)');
    expect(list(byName('zweiwoechig'), 'schedules')[0]).toMatchObject({ freq: 'WEEKLY', interval: 2, byday: 'TU', valid_from: '2026-01-06' });
    expect(list(byName('monatlich'), 'schedules').map((s) => s['byday'])).toEqual(['2MO', '-1FR']);
    expect(list(byName('monatlich'), 'schedules')[0]).toMatchObject({ freq: 'MONTHLY', opens_at: '18:00', closes_at: '19:30' });
    expect(list(byName('einmal'), 'schedules')[0]).toMatchObject({ byday: 'SA', valid_from: '2025-09-20', valid_to: '2025-09-20', count: 1 });
    expect(list(byName('beratung'), 'schedules')[0]).toMatchObject({ description: 'Nach Vereinbarung: bitte telefonisch vereinbaren' });
  });

  it('location and address of an ordinary place; a protected place without street and postcode', () => {
    const open = list(byName('treff'), 'service_at_locations')[0]!['location'] as HsdsObject;
    expect(list(open, 'addresses')[0]).toMatchObject({ address_1: 'Beispielweg 1', postal_code: '59368', country: 'DE', state_province: 'Nordrhein-Westfalen' });
    const hidden = JSON.stringify(byName('beratung'));
    expect(hidden).not.toContain(hiddenLocation.street);
    expect(hidden).not.toContain('Geheimweg');
    expect(hidden).not.toContain(hiddenLocation.name);
    expect(list(list(byName('beratung'), 'service_at_locations')[0]!['location'] as HsdsObject, 'addresses')).toEqual([]);
  });

  it('organization, phones, contacts, cost options, languages, status and ages', () => {
    expect(byName('treff')['organization']).toMatchObject({ name: 'Familienbüro Beispielstadt', email: 'familie@example.org' });
    expect(list(byName('treff'), 'phones')[0]).toMatchObject({ number: '0221 4710100' });
    expect(list(byName('beratung'), 'phones')[0]).toMatchObject({ number: '0221 4710999' });
    expect(list(byName('beratung'), 'contacts')[0]).toMatchObject({ name: 'Vorname Nachname, Beratung' });
    expect(list(byName('treff'), 'cost_options')[0]).toMatchObject({ amount: 0, currency: 'EUR' });
    expect(list(byName('zweiwoechig'), 'cost_options')[0]).toMatchObject({ amount_description: '5 € pro Treffen' });
    expect(byName('zweiwoechig')).toMatchObject({ minimum_age: 0, maximum_age: 3 });
    expect(byName('monatlich')['status']).toBe('temporarily closed');
    expect(list(byName('treff'), 'languages').map((l) => [l['name'], l['code']])).toEqual([
      ['Deutsch', 'de'],
      ['Türkisch', 'tr'],
      ['Gebärdensprache', undefined],
    ]);
    expect(languageCode('Englisch')).toBe('en');
  });

  it('topics and audiences as taxonomy terms', () => {
    const terms = list(byName('treff'), 'attributes').map((a) => a['taxonomy_term'] as HsdsObject);
    expect(terms.map((t) => [t['taxonomy'], t['name']])).toEqual([
      ['Themen', 'Treffpunkt'],
      ['Zielgruppen', 'Eltern'],
      ['Zielgruppen', 'Väter'],
    ]);
  });
});
