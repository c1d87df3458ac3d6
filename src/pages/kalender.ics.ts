// /kalender.ics: every regular offer and event in one feed, to subscribe to (webcal:).
import type { APIRoute } from 'astro';
import { feedIcs, icsResponse } from '../data/calendars.ts';

export const GET: APIRoute = async () => icsResponse(await feedIcs());
