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
