// /kalender.ics (and /en/kalender.ics …): every regular offer and event in one feed, to subscribe
// to (webcal:), in the language of the pages that link it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedIcs, icsResponse } from '../../data/calendars.ts';
import { languagePaths } from '../../data/language.ts';
import type { LanguageCode } from '../../i18n/languages.ts';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => icsResponse(await feedIcs((props as { lang: LanguageCode }).lang));
