// /veranstaltungen/<id>/kalender.ics (and /en/… ) for every event (past ones too: links keep
// working), in the language of the page that links it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventIcs, icsResponse } from '../../../../data/calendars.ts';
import { getEvents, type EventEntry } from '../../../../data/entries.ts';
import { entryLanguagePaths } from '../../../../data/language.ts';
import type { LanguageCode } from '../../../../i18n/languages.ts';

export const getStaticPaths = (async () =>
  entryLanguagePaths(await getEvents(), 'id', (event) => event.id, (event) => ({ event }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { event, lang } = props as { event: EventEntry; lang: LanguageCode };
  return icsResponse(await eventIcs(event, lang));
};
