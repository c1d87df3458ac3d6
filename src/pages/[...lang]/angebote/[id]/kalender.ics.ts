// /angebote/<id>/kalender.ics (and /en/angebote/<id>/kalender.ics …) for every running offer with
// regular dates, in the language of the page that links it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarOffers, icsResponse, offerIcs } from '../../../../data/calendars.ts';
import type { OfferEntry } from '../../../../data/entries.ts';
import { entryLanguagePaths } from '../../../../data/language.ts';
import type { LanguageCode } from '../../../../i18n/languages.ts';

export const getStaticPaths = (async () =>
  entryLanguagePaths(await calendarOffers(), 'id', (offer) => offer.id, (offer) => ({ offer }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { offer, lang } = props as { offer: OfferEntry; lang: LanguageCode };
  return icsResponse(await offerIcs(offer, lang));
};
