// /kalender.ics: every regular offer and event in one feed, to subscribe to (webcal:).
import type { APIRoute } from 'astro';
import { FALLBACK_SITE, feedIcs, icsResponse } from '../data/calendars.ts';

export const GET: APIRoute = async ({ site }) => icsResponse(await feedIcs(site ?? FALLBACK_SITE));
