// /angebote/<id>/kalender.ics for every running offer with regular dates.
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarOffers, icsResponse, offerIcs } from '../../../data/calendars.ts';
import type { OfferEntry } from '../../../data/entries.ts';

export const getStaticPaths = (async () =>
  (await calendarOffers()).map((offer) => ({ params: { id: offer.id }, props: { offer } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => icsResponse(await offerIcs((props as { offer: OfferEntry }).offer));
