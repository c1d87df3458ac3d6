// The one rule for protected places (security findings 17/0 and 17/10): a
// place with `hideStreet: true` publishes only what the editor marked as safe
// to publish — its town, the yes/no facts about access, and, if filled in,
// its public name and public notes. Street, postcode, real name, directions
// and free-text access notes stay in the content file.
//
// The data layer (src/data/places.ts) hands pages, structured data, calendar
// files and every other output only a PublicPlace made here. A PublicPlace of
// a protected place has no street to forget: the object never holds it.
import type { Location, partnerAddress } from '../../schemas/location.ts';
import type { z } from 'astro/zod';

type YesNoUnknown = 'ja' | 'nein' | 'unbekannt';
type PartnerAddress = z.infer<typeof partnerAddress>;

export interface PublicPlace {
  /** The entry under content/locations/ it was made from; none for a partner's own address. */
  locationId?: string | undefined;
  /** Language of name, directions and notes when they come from a translation; none: the site's default language. */
  textLang?: string | undefined;
  /** The place's name; for a protected place its public name, or none. */
  name?: string | undefined;
  /** Street and house number; never set for a protected place. */
  street?: string | undefined;
  /** Never set for a protected place. */
  postcode?: string | undefined;
  town: string;
  /** The address is withheld: pages say so and how to ask. */
  protected: boolean;
  /** How to get there; for a protected place its public notes. */
  directions?: string | undefined;
  /** The nearest bus stop, from a timetable; never set for a protected place. */
  busStop?: { name: string; lines?: string | undefined } | undefined;
  accessibility: {
    stepFree: YesNoUnknown;
    accessibleToilet: YesNoUnknown;
    pramParking: YesNoUnknown;
    /** Free-text notes; never set for a protected place (they describe the building). */
    notes?: string | undefined;
  };
}

const UNKNOWN_ACCESS: PublicPlace['accessibility'] = { stepFree: 'unbekannt', accessibleToilet: 'unbekannt', pramParking: 'unbekannt' };

/** What may be published of a place from content/locations/. */
export function publicLocation(location: Location): PublicPlace {
  const { stepFree, accessibleToilet, pramParking, notes } = location.accessibility;
  if (location.hideStreet) {
    return {
      ...(location.publicName ? { name: location.publicName } : {}),
      town: location.town,
      protected: true,
      ...(location.publicNotes ? { directions: location.publicNotes } : {}),
      accessibility: { stepFree, accessibleToilet, pramParking },
    };
  }
  return {
    name: location.name,
    street: location.street,
    postcode: location.postcode,
    town: location.town,
    protected: false,
    ...(location.directions ? { directions: location.directions } : {}),
    ...(location.busStop ? { busStop: { name: location.busStop.name, lines: location.busStop.lines } } : {}),
    accessibility: { stepFree, accessibleToilet, pramParking, ...(notes ? { notes } : {}) },
  };
}

/** What may be published of a partner's own address (a partner without a place entry). */
export function publicAddress(address: PartnerAddress): PublicPlace {
  if (address.hideStreet) return { town: address.town, protected: true, accessibility: { ...UNKNOWN_ACCESS } };
  return { street: address.street, postcode: address.postcode, town: address.town, protected: false, accessibility: { ...UNKNOWN_ACCESS } };
}

/** The address in one line: "Musterstraße 1, 12345 Musterstadt", or only the town of a protected place. */
export function addressLine(place: PublicPlace): string {
  return [place.street, [place.postcode, place.town].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/** Name and address in one line, e.g. for a calendar's LOCATION: "Familienzentrum, Musterstraße 1, 12345 Musterstadt". */
export function placeLine(place: PublicPlace): string {
  return [place.name, addressLine(place)].filter(Boolean).join(', ');
}
