// The open-data outputs (/daten/): the directory as HSDS 3.0 services. Offers,
// partners and places come from the data layer as published — drafts never,
// protected places only as PublicPlace.
import { localDay } from '../lib/dates/zone.ts';
import { now } from '../lib/dates/now.ts';
import { hsdsServices, type HsdsObject, type HsdsPartner } from '../lib/open-data/hsds.ts';
import { absoluteUrl, routes } from '../lib/routes.ts';
import { getOffers, getPartners, getPlace } from './entries.ts';
import { getSite } from './site.ts';

/** Every published offer as an Open Referral HSDS 3.0 service object. */
export async function hsdsExport(): Promise<HsdsObject[]> {
  const [site, offers, partners] = await Promise.all([getSite(), getOffers(), getPartners()]);
  const byId = new Map<string, HsdsPartner>(partners.map((p) => [p.id, { id: p.id, data: p.data, place: p.place, url: absoluteUrl(routes.partner(p.id)) }]));
  return hsdsServices({
    site: { ownUrl: site.url, state: site.state },
    contactId: site.contact,
    today: localDay(now()),
    partners: byId,
    offers: await Promise.all(
      offers.map(async (offer) => {
        const place = await getPlace(offer.data.location);
        return { id: offer.id, data: offer.data, url: absoluteUrl(routes.offer(offer.id)), place: place && offer.data.location ? { key: offer.data.location, place } : undefined };
      }),
    ),
  });
}
