// Internal links go through here so the site works below any base path.
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/?$/, '/');

export function href(path: string): string {
  const clean = path.replace(/^\//, '');
  return `${BASE}${clean}`;
}

export const routes = {
  home: () => href(''),
  offers: () => href('angebote/'),
  offer: (id: string) => href(`angebote/${id}/`),
  partners: () => href('partner/'),
  partner: (id: string) => href(`partner/${id}/`),
  events: () => href('veranstaltungen/'),
  event: (id: string) => href(`veranstaltungen/${id}/`),
  eventCalendar: (id: string) => href(`veranstaltungen/${id}/kalender.ics`),
  offerCalendar: (id: string) => href(`angebote/${id}/kalender.ics`),
  feed: () => href('kalender.ics'),
  week: () => href('diese-woche/'),
  search: () => href('suche/'),
  page: (id: string) => href(`${id}/`),
} as const;
