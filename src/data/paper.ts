// What the paper pages (the guide and the notices) print about an offer: the same facts as its
// page (lib/views/offer.ts decides them), its place in the page's language, and the canonical
// address its QR code opens.
import { getAlliance, getPartnersByIds, getPlace, type OfferEntry, type PublicPlace } from './entries.ts';
import type { PageLanguage } from './language.ts';
import { getSite, siteHolidays } from './site.ts';
import { getTranslation } from './translations.ts';
import { now } from '../lib/dates/now.ts';
import { absoluteUrl } from '../lib/routes.ts';
import { ageText } from '../lib/text/facts.ts';
import { offerPage, type ContactFacts, type OfferPage } from '../lib/views/offer.ts';

export interface PrintedOffer {
  id: string;
  page: OfferPage;
  place: PublicPlace | undefined;
  /** The offer's page on the published site, base path included: what its QR code opens. */
  url: string;
  /** "0 bis 3 Jahre", when the offer names the children's ages. */
  ages: string | undefined;
}

/** The central contact (site.yaml "contact"): name, phone, e-mail, for the paper's "Fragen?" lines. */
export async function centralContact(): Promise<ContactFacts & { name: string }> {
  const { partner } = await getAlliance();
  return { name: partner.data.name, phone: partner.data.phone, email: partner.data.email, website: partner.data.website };
}

export async function printedOffer(offer: OfferEntry, { lang, source, routes }: PageLanguage): Promise<PrintedOffer> {
  const [partners, place, central, site, holidays] = await Promise.all([
    getPartnersByIds(offer.data.partners),
    getPlace(offer.data.location, lang),
    centralContact(),
    getSite(),
    siteHolidays(),
  ]);
  const translation = lang === source ? undefined : await getTranslation('offers', offer.id, lang);
  const page = offerPage({
    id: offer.id,
    offer: offer.data,
    partners: partners.map((p) => ({ id: p.id, name: p.data.name })),
    place,
    fallbackContact: { phone: central.phone, email: central.email },
    now: now(),
    holidays,
    routes,
    site: import.meta.env.SITE,
    area: site,
    lang,
    source,
    translation,
  });
  return { id: offer.id, page, place, url: absoluteUrl(routes.offer(offer.id)), ages: ageText(offer.data.ageRange, lang) };
}
