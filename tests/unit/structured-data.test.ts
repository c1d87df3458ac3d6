import { describe, expect, it } from 'vitest';
import { breadcrumbList, jsonLdText, organization, service } from '../../src/lib/structured-data.ts';

const site = new URL('https://example.org/');

describe('structured data', () => {
  it('builds a BreadcrumbList with absolute URLs and positions', () => {
    const list = breadcrumbList([{ label: 'Start', href: '/' }, { label: 'Angebote', href: '/angebote/' }, { label: 'Netz-Café' }], site);
    expect(list['@type']).toBe('BreadcrumbList');
    const items = list['itemListElement'] as Record<string, unknown>[];
    expect(items.map((i) => i['position'])).toEqual([1, 2, 3]);
    expect(items[1]?.['item']).toBe('https://example.org/angebote/');
    expect(items[2]?.['item']).toBeUndefined();
  });

  it('describes the alliance as a government organisation with its address', () => {
    const org = organization({
      name: 'Familiennetz Werne',
      description: 'Anlaufstelle',
      url: 'https://example.org/',
      phone: '02389 71570',
      address: { street: 'Am Neutor 5', postcode: '59368', town: 'Werne' },
    });
    expect(org['@type']).toBe('GovernmentOrganization');
    expect(org['address']).toMatchObject({ '@type': 'PostalAddress', streetAddress: 'Am Neutor 5', postalCode: '59368' });
  });

  it('describes an offer as a Service with provider and area, never as an Event', () => {
    const data = service({
      name: 'Netz-Café',
      description: 'Offenes Café',
      url: 'https://example.org/angebote/netz-cafe/',
      providers: [{ name: 'KSD', url: 'https://example.org/partner/ksd/' }],
      audiences: ['Eltern'],
      topics: ['Treffpunkt'],
      isFree: true,
    });
    expect(data['@type']).toBe('GovernmentService');
    expect(data['provider']).toEqual([{ '@type': 'Organization', name: 'KSD', url: 'https://example.org/partner/ksd/' }]);
    expect(data['areaServed']).toMatchObject({ name: 'Werne' });
  });

  it('escapes "<" so content cannot close the script element', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

describe('event structured data', () => {
  it('describes a dated event with Berlin offsets, status, place and organiser', async () => {
    const { eventJsonLd } = await import('../../src/lib/structured-data.ts');
    const data = eventJsonLd({
      name: 'Familienfest',
      description: 'Fest am Weltkindertag',
      url: 'https://example.org/veranstaltungen/familienfest/',
      startDate: '2025-09-20T14:00:00+02:00',
      endDate: '2025-09-20T18:00:00+02:00',
      status: 'abgesagt',
      locationName: 'Markt- und Kirchplatz',
      address: { street: 'Markt', postcode: '59368', town: 'Werne' },
      organisers: [{ name: 'Familiennetz Werne', url: 'https://example.org/partner/familiennetz-werne/' }],
    });
    expect(data).toMatchObject({
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: { postalCode: '59368' } },
      organizer: [{ '@type': 'Organization', name: 'Familiennetz Werne' }],
    });
  });
});
