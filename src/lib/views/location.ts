// How a family finds a place: a link to plan the route on OpenStreetMap (a
// plain link: nothing is asked of another host before the click). Made from
// the PublicPlace the data layer hands out, so a protected place, which has
// no street, never gets one.
import type { PublicPlace } from '../content/places.ts';

/** OpenStreetMap's search for the address, which offers directions from there; undefined without a published street. */
export function routeHref(place: Pick<PublicPlace, 'street' | 'postcode' | 'town' | 'protected'>): string | undefined {
  if (place.protected || !place.street) return undefined;
  const query = [place.street, [place.postcode, place.town].filter(Boolean).join(' ')].join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}
