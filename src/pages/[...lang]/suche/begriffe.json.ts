// /suche/begriffe.json, /en/suche/begriffe.json …: the words "Meinten Sie …?" may suggest on the
// search page of each language, from that language's titles, keywords and synonyms.
import type { APIRoute, GetStaticPaths } from 'astro';
import { languagePaths } from '../../../data/language.ts';
import { knownSearchTerms } from '../../../data/search.ts';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await knownSearchTerms((props as { lang: string }).lang)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
