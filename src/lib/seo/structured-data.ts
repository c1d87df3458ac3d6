// schema.org JSON-LD for the alliance and for navigation. Plain data in,
// plain objects out, so the shapes are unit-tested. The alliance's name, town
// and parent body come from content/site.yaml through the callers.
/** An address as much as may be published: a protected place has neither street nor postcode (lib/content/places.ts). */
export interface PostalAddressInput {
  street?: string | undefined;
  postcode?: string | undefined;
  town: string;
  /** The state (Bundesland), where the caller knows it. */
  region?: string | undefined;
}

/** Where the alliance works (content/site.yaml: town, district, state). */
export interface AreaInput {
  town: string;
  district?: string | undefined;
  state?: string | undefined;
}

export interface BreadcrumbItem {
  label: string;
  href?: string;
}

export function postalAddress(address: PostalAddressInput): Record<string, unknown> {
  return {
    '@type': 'PostalAddress',
    ...(address.street ? { streetAddress: address.street } : {}),
    ...(address.postcode ? { postalCode: address.postcode } : {}),
    addressLocality: address.town,
    ...(address.region ? { addressRegion: address.region } : {}),
    addressCountry: 'DE',
  };
}

/** The town served, inside its district and state. */
export function areaServed(area: AreaInput): Record<string, unknown> {
  const state = area.state ? { '@type': 'State', name: area.state } : undefined;
  const district = area.district ? { '@type': 'AdministrativeArea', name: area.district, ...(state ? { containedInPlace: state } : {}) } : undefined;
  const within = district ?? state;
  return { '@type': 'City', name: area.town, ...(within ? { containedInPlace: within } : {}) };
}

export function breadcrumbList(items: readonly BreadcrumbItem[], site: string | URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      ...(item.href ? { item: new URL(item.href, site).href } : {}),
    })),
  };
}

export interface OrganizationInput {
  name: string;
  description: string;
  url: string;
  phone?: string;
  email?: string;
  address?: PostalAddressInput;
  area: AreaInput;
  /** The body that runs the alliance, e.g. the town. */
  parent: { name: string; url?: string | undefined };
}

export function organization(input: OrganizationInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': `${input.url}#organisation`,
    name: input.name,
    description: input.description,
    url: input.url,
    ...(input.phone ? { telephone: input.phone } : {}),
    ...(input.email ? { email: input.email } : {}),
    ...(input.address ? { address: postalAddress(input.address) } : {}),
    areaServed: areaServed(input.area),
    parentOrganization: { '@type': 'GovernmentOrganization', name: input.parent.name, ...(input.parent.url ? { url: input.parent.url } : {}) },
  };
}

export interface PartnerInput {
  name: string;
  description: string;
  /** The partner's page on this site. */
  url: string;
  kind: string;
  website?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  address?: PostalAddressInput | undefined;
}

/** A partner organisation; the city and the district are public bodies. */
export function partnerOrganization(input: PartnerInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': input.kind === 'Stadt' || input.kind === 'Kreis' ? 'GovernmentOrganization' : 'Organization',
    name: input.name,
    description: input.description,
    url: input.url,
    ...(input.website ? { sameAs: [input.website] } : {}),
    ...(input.phone ? { telephone: input.phone } : {}),
    ...(input.email ? { email: input.email } : {}),
    ...(input.address ? { address: postalAddress(input.address) } : {}),
  };
}

/** JSON for a <script type="application/ld+json">, safe against "</script>" in content. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface ServiceInput {
  name: string;
  description: string;
  url: string;
  providers: { name: string; url: string }[];
  audiences: readonly string[];
  topics: readonly string[];
  address?: PostalAddressInput | undefined;
  locationName?: string | undefined;
  isFree?: boolean;
  hoursAvailable?: Record<string, unknown>[];
  area: AreaInput;
}

/** A regular offer is a Service (not an Event), as search engines ask. */
export function service(input: ServiceInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: input.name,
    description: input.description,
    url: input.url,
    serviceType: input.topics.join(', '),
    audience: input.audiences.map((name) => ({ '@type': 'Audience', audienceType: name })),
    provider: input.providers.map((p) => ({ '@type': 'Organization', name: p.name, url: p.url })),
    areaServed: areaServed(input.area),
    ...(input.address
      ? {
          availableChannel: {
            '@type': 'ServiceChannel',
            serviceLocation: { '@type': 'Place', ...(input.locationName ? { name: input.locationName } : {}), address: postalAddress(input.address) },
          },
        }
      : {}),
    ...(input.isFree ? { isAccessibleForFree: true } : {}),
    ...(input.hoursAvailable && input.hoursAvailable.length ? { hoursAvailable: input.hoursAvailable } : {}),
  };
}
