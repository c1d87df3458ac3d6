// /merkliste/eintraege.json, /en/merkliste/eintraege.json …: what the saved list shows of every
// offer and event in each language (src/data/keep.ts). Fetched from the site itself by the list page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { languagePaths } from '../../../data/language.ts';
import { getKeepData } from '../../../data/keep.ts';
import type { LanguageCode } from '../../../i18n/languages.ts';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await getKeepData((props as { lang: LanguageCode }).lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
