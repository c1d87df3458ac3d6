import { describe, expect, it } from 'vitest';
import { breadcrumbList, jsonLdText, organization, service } from '../../src/lib/seo/structured-data.ts';

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
      name: 'Familienbündnis Musterstadt',
      description: 'Anlaufstelle',
      url: 'https://example.org/',
      phone: '0123 456789',
      address: { street: 'Musterweg 1', postcode: '12345', town: 'Musterstadt', region: 'Hessen' },
      area: { town: 'Musterstadt', district: 'Kreis Musterland', state: 'Hessen' },
      parent: { name: 'Stadt Musterstadt', url: 'https://www.musterstadt.example' },
    });
    expect(org['@type']).toBe('GovernmentOrganization');
    expect(org['address']).toMatchObject({ '@type': 'PostalAddress', streetAddress: 'Musterweg 1', postalCode: '12345', addressRegion: 'Hessen' });
    expect(org['areaServed']).toEqual({
      '@type': 'City',
      name: 'Musterstadt',
      containedInPlace: { '@type': 'AdministrativeArea', name: 'Kreis Musterland', containedInPlace: { '@type': 'State', name: 'Hessen' } },
    });
    expect(org['parentOrganization']).toEqual({ '@type': 'GovernmentOrganization', name: 'Stadt Musterstadt', url: 'https://www.musterstadt.example' });
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
      area: { town: 'Musterstadt' },
    });
    expect(data['@type']).toBe('GovernmentService');
    expect(data['provider']).toEqual([{ '@type': 'Organization', name: 'KSD', url: 'https://example.org/partner/ksd/' }]);
    expect(data['areaServed']).toEqual({ '@type': 'City', name: 'Musterstadt' });
  });

  it('escapes "<" so content cannot close the script element', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
