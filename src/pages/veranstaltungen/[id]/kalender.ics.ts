// /veranstaltungen/<id>/kalender.ics for every event (past ones too: links keep working).
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventIcs, icsResponse } from '../../../data/calendars.ts';
import { getEvents, type EventEntry } from '../../../data/entries.ts';

export const getStaticPaths = (async () =>
  (await getEvents()).map((event) => ({ params: { id: event.id }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => icsResponse(await eventIcs((props as { event: EventEntry }).event));
