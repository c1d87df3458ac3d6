// /suche/begriffe.json: the words "Meinten Sie …?" may suggest on the search page.
import type { APIRoute } from 'astro';
import { knownSearchTerms } from '../../data/search.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await knownSearchTerms()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
