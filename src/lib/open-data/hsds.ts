// The directory as open data: every published offer as an Open Referral HSDS 3.0
// service object (docs: https://docs.openreferral.org, schema copied to
// src/lib/open-data/hsds-schema/). Pure: the data layer (src/data/open-data.ts)
// hands in offers, partners and places as the site publishes them — a place is
// a PublicPlace, so a protected place's street and postcode never reach this
// file (src/lib/content/places.ts is the one rule).
//
// Identifiers are UUID v5 (the uuid package, RFC 9562): the site's own address
// from its settings gives the site a namespace under a fixed project
// namespace, and "kind:entry id" gives each object its id in it. The same
// content gives the same ids in every build, and two alliances that both have
// an "elterncafe" still get different ids.
import { v5 as uuidv5 } from 'uuid';
import type { PublicPlace } from '../content/places.ts';
import type { Offer } from '../../schemas/offer.ts';
import type { Partner } from '../../schemas/partner.ts';
import type { RepeatingRule, ScheduleRule } from '../../schemas/schedule.ts';
import { weekday, weekdayByIso } from '../dates/weekdays.ts';
import { TIME_ZONE } from '../dates/zone.ts';

/** Fixed for this project: never change it, or every published id changes. */
export const PROJECT_NAMESPACE = '3f0c6a52-8d1e-5b7a-9c4e-6a1d2b7e9f03';

export type HsdsObject = Record<string, unknown>;

export interface HsdsSite {
  /** The site's own address from its settings (not SITE_URL): the namespace of every id. */
  ownUrl: string;
  /** The Bundesland, for address.state_province. */
  state: string;
}

export interface HsdsPartner {
  id: string;
  data: Omit<Partner, 'address'>;
  /** Where the partner is, as published (its place or its own address). */
  place?: PublicPlace | undefined;
  /** The partner's page on this site. */
  url: string;
}

export interface HsdsOffer {
  id: string;
  data: Offer;
  /** The offer's page on this site. */
  url: string;
  /** The offer's place as published, with the key it has in the content (location id). */
  place?: { key: string; place: PublicPlace } | undefined;
}

export interface HsdsInput {
  site: HsdsSite;
  offers: readonly HsdsOffer[];
  partners: ReadonlyMap<string, HsdsPartner>;
  /** The central contact: its phone and e-mail stand in where an offer and its partner have none. */
  contactId: string;
  /** Local day (YYYY-MM-DD) of the build: a notice past its date is not an alert any more. */
  today: string;
}

/** The id of one object: UUID v5 of "kind:key" in the site's namespace. */
export function hsdsIds(ownUrl: string): (kind: string, key: string) => string {
  const namespace = uuidv5(new URL(ownUrl).hostname, PROJECT_NAMESPACE);
  return (kind, key) => uuidv5(`${kind}:${key}`, namespace);
}

/** "Donnerstag" → "TH"; weekday 2 of the month → "2MO", last → "-1MO" (iCalendar BYDAY, as HSDS asks). */
export function byDay(rule: RepeatingRule): string {
  if (rule.repeat === 'wöchentlich') return rule.weekdays.map((day) => weekday(day).ics).join(',');
  return rule.positions.map((position) => `${position}${weekday(rule.weekday).ics}`).join(',');
}

const STATUS: Record<Offer['status'], string> = { aktiv: 'active', pausiert: 'temporarily closed', beendet: 'defunct' };

// German language names as editors write them ("Deutsch", "Türkisch") → ISO 639-1 codes, from
// the runtime's own CLDR names rather than a hand-kept table.
const LANGUAGE_CODES: ReadonlyMap<string, string> = (() => {
  const names = new Intl.DisplayNames(['de'], { type: 'language', fallback: 'none' });
  const map = new Map<string, string>();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const a of letters) {
    for (const b of letters) {
      const name = names.of(`${a}${b}`);
      if (name && !map.has(name.toLowerCase())) map.set(name.toLowerCase(), `${a}${b}`);
    }
  }
  return map;
})();

/** The ISO 639-1 code of a language named in German, or undefined (e.g. "Gebärdensprache"). */
export function languageCode(name: string): string | undefined {
  return LANGUAGE_CODES.get(name.trim().toLowerCase());
}

function schedules(offer: HsdsOffer, id: (kind: string, key: string) => string, serviceId: string): HsdsObject[] {
  const schedule = offer.data.schedule;
  if (!schedule) return [];
  const notes = [
    `Ortszeit (${TIME_ZONE}).`,
    ...(schedule.onPublicHolidays === 'fällt aus' ? ['Fällt an Feiertagen und am 24. und 31. Dezember aus.'] : []),
    ...(schedule.onPublicHolidays === 'findet statt' ? ['Findet auch an Feiertagen statt.'] : []),
    ...(schedule.onPublicHolidays === 'unbekannt' ? ['An Feiertagen bitte nachfragen.'] : []),
    ...schedule.closed.map((closed) => `Geschlossen ${closed.to && closed.to !== closed.from ? `vom ${closed.from} bis ${closed.to}` : `am ${closed.from}`}${closed.reason ? ` (${closed.reason})` : ''}.`),
    ...(schedule.note ? [schedule.note] : []),
  ].join(' ');
  const common = (key: string) => ({ id: id('schedule', `${offer.id}:${key}`), service_id: serviceId, notes });
  const fromRule = (rule: ScheduleRule, index: number): HsdsObject => {
    const times = { opens_at: rule.start, closes_at: rule.end };
    if (rule.repeat === 'einmalig') {
      // HSDS has no "once": one weekly occurrence on that date, valid that day only.
      const day = weekdayByIso(((new Date(`${rule.date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1);
      return { ...common(String(index)), freq: 'WEEKLY', interval: 1, byday: day.ics, dtstart: rule.date, count: 1, valid_from: rule.date, valid_to: rule.date, ...times };
    }
    const validFrom = rule.validFrom ?? schedule.validFrom;
    const validTo = rule.validUntil ?? schedule.validUntil;
    return {
      ...common(String(index)),
      freq: rule.repeat === 'wöchentlich' ? 'WEEKLY' : 'MONTHLY',
      interval: rule.repeat === 'wöchentlich' ? rule.interval : 1,
      byday: byDay(rule),
      wkst: 'MO',
      ...(validFrom ? { valid_from: validFrom, dtstart: validFrom } : {}),
      ...(validTo ? { valid_to: validTo, until: validTo } : {}),
      ...times,
    };
  };
  return [
    ...schedule.rules.map(fromRule),
    ...(schedule.byAppointment ? [{ ...common('appointment'), description: `Nach Vereinbarung: ${schedule.byAppointment}` }] : []),
  ];
}

function costOptions(offer: HsdsOffer, id: (kind: string, key: string) => string, serviceId: string): HsdsObject[] {
  const cost = offer.data.cost;
  const base = { id: id('cost_option', offer.id), service_id: serviceId };
  switch (cost.type) {
    case 'kostenlos':
      return [{ ...base, option: 'kostenlos', amount: 0, currency: 'EUR' }];
    case 'spende':
      return [{ ...base, option: 'gegen Spende', ...(cost.text ? { amount_description: cost.text } : {}) }];
    case 'gebühr':
      return [{ ...base, option: 'Gebühr', currency: 'EUR', amount_description: cost.text }];
    default:
      return [];
  }
}

function feesDescription(cost: Offer['cost']): string | undefined {
  if (cost.type === 'kostenlos') return 'kostenlos';
  if (cost.type === 'spende') return cost.text ? `gegen Spende: ${cost.text}` : 'gegen Spende';
  if (cost.type === 'gebühr') return cost.text;
  return undefined;
}

function applicationProcess(registration: Offer['registration']): string | undefined {
  const needed = { ja: 'Anmeldung nötig.', nein: 'Ohne Anmeldung.', unbekannt: undefined }[registration.required];
  return [needed, registration.how].filter(Boolean).join(' ') || undefined;
}

function location(place: PublicPlace, key: string, id: (kind: string, key: string) => string, state: string): HsdsObject {
  const locationId = id('location', key);
  const access = place.accessibility;
  const ACCESS_TEXT = { ja: 'ja', nein: 'nein', unbekannt: 'unbekannt' } as const;
  return {
    id: locationId,
    location_type: 'physical',
    ...(place.name ? { name: place.name } : {}),
    ...(place.protected ? { description: `Die Adresse wird zum Schutz der Besuchenden nicht veröffentlicht; bitte beim Träger erfragen. Ort: ${place.town}.` } : {}),
    ...(place.directions ? { transportation: place.directions } : {}),
    // A protected place has no street and postcode (PublicPlace never holds them), and HSDS
    // requires both in an address: it is published without one.
    addresses:
      place.street && place.postcode
        ? [{ id: id('address', key), location_id: locationId, address_1: place.street, city: place.town, state_province: state, postal_code: place.postcode, country: 'DE', address_type: 'physical' }]
        : [],
    accessibility: [
      {
        id: id('accessibility', key),
        location_id: locationId,
        description: `Stufenlos erreichbar: ${ACCESS_TEXT[access.stepFree]}. Barrierefreies WC: ${ACCESS_TEXT[access.accessibleToilet]}. Platz für Kinderwagen: ${ACCESS_TEXT[access.pramParking]}.`,
        ...(access.notes ? { details: access.notes } : {}),
      },
    ],
  };
}

function organization(partner: HsdsPartner, id: (kind: string, key: string) => string): HsdsObject {
  const orgId = id('organization', partner.id);
  const { data } = partner;
  return {
    id: orgId,
    name: data.name,
    ...(data.shortName ? { alternate_name: data.shortName } : {}),
    description: data.description,
    ...(data.email ? { email: data.email } : {}),
    ...(data.website ? { website: data.website } : {}),
    uri: partner.url,
    phones: data.phone ? [{ id: id('phone', `organization:${partner.id}`), organization_id: orgId, number: data.phone, type: 'voice' }] : [],
  };
}

/** One offer as an HSDS 3.0 service. */
export function hsdsService(offer: HsdsOffer, input: HsdsInput): HsdsObject {
  const id = hsdsIds(input.site.ownUrl);
  const serviceId = id('service', offer.id);
  const { data } = offer;
  const partners = data.partners.map((p) => input.partners.get(p)).filter((p): p is HsdsPartner => p !== undefined);
  const owner = partners[0];
  const central = input.partners.get(input.contactId);
  // Where to call: the offer's own contact, else its first partner, else the central contact (as on the page).
  const phone = data.contact?.phone ?? owner?.data.phone ?? central?.data.phone;
  const email = data.contact?.email ?? owner?.data.email ?? central?.data.email;
  const topics = data.topics.map((name) => ({ taxonomy: 'topics', name }));
  const audiences = data.audiences.map((name) => ({ taxonomy: 'audiences', name }));
  const TAXONOMY = {
    topics: { name: 'Themen', description: 'Themen, unter denen Familien die Angebote finden' },
    audiences: { name: 'Zielgruppen', description: 'Für wen ein Angebot ist' },
  } as const;
  const alert = data.notice && (!data.notice.until || data.notice.until >= input.today) ? data.notice.text : undefined;
  const fees = feesDescription(data.cost);
  const application = applicationProcess(data.registration);
  return {
    id: serviceId,
    ...(owner ? { organization_id: id('organization', owner.id), organization: organization(owner, id) } : {}),
    name: data.title,
    description: data.summary,
    url: offer.url,
    ...(email ? { email } : {}),
    status: STATUS[data.status],
    ...(application ? { application_process: application } : {}),
    ...(fees ? { fees_description: fees } : {}),
    ...(data.ageRange?.from !== undefined ? { minimum_age: data.ageRange.from } : {}),
    ...(data.ageRange?.to !== undefined ? { maximum_age: data.ageRange.to } : {}),
    assured_date: data.reviewed,
    ...(alert ? { alert } : {}),
    phones: phone ? [{ id: id('phone', `service:${offer.id}`), service_id: serviceId, number: phone, type: 'voice' }] : [],
    schedules: schedules(offer, id, serviceId),
    service_at_locations: offer.place
      ? [
          {
            id: id('service_at_location', offer.id),
            service_id: serviceId,
            location_id: id('location', offer.place.key),
            location: location(offer.place.place, offer.place.key, id, input.site.state),
          },
        ]
      : [],
    languages: (data.languages ?? []).map((name) => {
      const code = languageCode(name);
      return { id: id('language', `${offer.id}:${name}`), service_id: serviceId, name, ...(code ? { code } : {}) };
    }),
    cost_options: costOptions(offer, id, serviceId),
    contacts: data.contact?.name
      ? [{ id: id('contact', offer.id), service_id: serviceId, name: data.contact.name, ...(data.contact.email ? { email: data.contact.email } : {}) }]
      : [],
    attributes: [...topics, ...audiences].map(({ taxonomy, name }) => {
      const termId = id('taxonomy_term', `${taxonomy}:${name}`);
      return {
        id: id('attribute', `${offer.id}:${taxonomy}:${name}`),
        link_id: serviceId,
        link_type: taxonomy === 'topics' ? 'topic' : 'audience',
        link_entity: 'service',
        taxonomy_term_id: termId,
        taxonomy_term: {
          id: termId,
          code: name,
          name,
          description: `${TAXONOMY[taxonomy as keyof typeof TAXONOMY].name}: ${name}`,
          taxonomy: TAXONOMY[taxonomy as keyof typeof TAXONOMY].name,
          language: 'de',
          taxonomy_id: id('taxonomy', taxonomy),
          taxonomy_detail: { id: id('taxonomy', taxonomy), ...TAXONOMY[taxonomy as keyof typeof TAXONOMY] },
        },
      };
    }),
  };
}

/** Every offer as an HSDS 3.0 service, in the order given. */
export function hsdsServices(input: HsdsInput): HsdsObject[] {
  return input.offers.map((offer) => hsdsService(offer, input));
}
