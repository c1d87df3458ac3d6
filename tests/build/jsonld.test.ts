// schema.org JSON-LD on the built pages: the types that fit each page and
// the properties search engines require for them.
import { describe, expect, it } from 'vitest';
import { builtDeployment, htmlPages, readPage, routesOfPage } from '../support/dist.ts';
import { alliance } from '../support/content.ts';
import { posterPaths } from '../support/paper.ts';

type Thing = Record<string, unknown>;
const { routes } = builtDeployment();
// The notices (…/aushang/) carry no structured data of their own: noindex (tests/build/paper.test.ts).
const posters = new Set(posterPaths());
const pages = htmlPages().filter((path) => !posters.has(path));
const ofKind = (prefix: string) => pages.filter((p) => p.startsWith(prefix) && p !== prefix);

function jsonLd(path: string): Thing[] {
  const $ = readPage(path);
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as Thing);
}

function ofType(path: string, ...types: string[]): Thing {
  const found = jsonLd(path).filter((d) => types.includes(String(d['@type'])));
  expect(found.length, `${path}: one ${types.join(' or ')}`).toBe(1);
  return found[0] as Thing;
}

const OFFSET_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?[+-]\d{2}:\d{2}$/;
const ORG_TYPES = ['Organization', 'GovernmentOrganization'];

function expectAddress(address: unknown, where: string): void {
  expect(address, where).toMatchObject({ '@type': 'PostalAddress', addressLocality: expect.any(String), addressCountry: 'DE' });
}

describe('JSON-LD', () => {
  it('is valid JSON with the schema.org context on every page', () => {
    for (const path of pages) {
      for (const data of jsonLd(path)) {
        expect(data['@context'], path).toBe('https://schema.org');
        expect(typeof data['@type'], path).toBe('string');
      }
    }
  });

  it('describes the alliance on the home page as an organisation with address and contact', () => {
    const org = ofType(routes.home(), ...ORG_TYPES);
    expect(org).toMatchObject({ name: alliance.partner.name, url: expect.stringMatching(/^https?:\/\//) });
    if (alliance.partner.phone) expect(org['telephone']).toBe(alliance.partner.phone);
    if (alliance.partner.email) expect(org['email']).toBe(alliance.partner.email);
    const place = alliance.place;
    if (place) {
      expectAddress(org['address'], routes.home());
      if (place.protected) {
        expect(org['address']).not.toHaveProperty('streetAddress');
        expect(org['address']).not.toHaveProperty('postalCode');
      } else expect(org['address']).toMatchObject({ streetAddress: place.street, postalCode: place.postcode });
    }
  });

  it.each(ofKind(routes.offers()))('%s is a GovernmentService with provider and area served', (path) => {
    const service = ofType(path, 'Service', 'GovernmentService');
    expect(service).toMatchObject({ name: expect.any(String), description: expect.any(String), url: expect.stringMatching(/^https?:\/\//) });
    const providers = service['provider'] as Thing[];
    expect(providers.length).toBeGreaterThan(0);
    for (const provider of providers) expect(ORG_TYPES).toContain(provider['@type']);
    expect(service['areaServed']).toMatchObject({ '@type': 'City', name: expect.any(String) });
    expect(jsonLd(path).some((d) => d['@type'] === 'Event'), 'a regular offer is not an Event').toBe(false);
  });

  it.each(ofKind(routes.partners()))('%s describes the partner as an organisation', (path) => {
    const org = ofType(path, ...ORG_TYPES);
    expect(org).toMatchObject({ name: expect.any(String), url: expect.stringMatching(/^https?:\/\//) });
    if (org['address']) expectAddress(org['address'], path);
  });

  it.each(ofKind(routes.events()))('%s is an Event with dates, place, organiser and status', (path) => {
    const event = ofType(path, 'Event');
    expect(event['name']).toBe(readPage(path)('h1').text());
    expect(event['startDate']).toMatch(OFFSET_ISO);
    expect(event['endDate']).toMatch(OFFSET_ISO);
    expect(Date.parse(String(event['endDate']))).toBeGreaterThan(Date.parse(String(event['startDate'])));
    expect(event['location']).toMatchObject({ '@type': 'Place', name: expect.any(String) });
    expectAddress((event['location'] as Thing)['address'], path);
    // schema.org allows one organizer object or a list.
    const organisers = [event['organizer'] as Thing | Thing[]].flat();
    expect(organisers.length).toBeGreaterThan(0);
    for (const organiser of organisers) expect(organiser).toMatchObject({ '@type': expect.stringMatching(/Organization$/), name: expect.any(String) });
    expect(event['eventStatus']).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed|Rescheduled|MovedOnline)$/);
    expect(event['eventAttendanceMode']).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
  });

  it.each(pages.filter((p) => p !== routesOfPage(p).home() && p !== routes.notFound()))('%s has a BreadcrumbList that matches the visible trail', (path) => {
    const list = ofType(path, 'BreadcrumbList');
    const items = list['itemListElement'] as Thing[];
    const visible = readPage(path)('nav.breadcrumbs li').map((_, el) => readPage(path)(el).text().trim()).get();
    expect(items.map((i) => i['name'])).toEqual(visible);
    expect(items.map((i) => i['position'])).toEqual(items.map((_, i) => i + 1));
    for (const item of items.slice(0, -1)) expect(item['item']).toMatch(/^https?:\/\//);
  });
});
