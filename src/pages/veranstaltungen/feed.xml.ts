// /veranstaltungen/feed.xml: coming events as RSS 2.0 (@astrojs/rss), announced in every page's head.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEvents, getPlace } from '../../data/entries.ts';
import { getSite } from '../../data/site.ts';
import { t } from '../../i18n/de.ts';
import { now } from '../../lib/dates/now.ts';
import { eventFeedItems } from '../../lib/feeds/events-rss.ts';
import { absoluteUrl, routes } from '../../lib/routes.ts';

export const GET: APIRoute = async () => {
  const [site, events] = await Promise.all([getSite(), getEvents()]);
  const items = eventFeedItems(
    await Promise.all(events.map(async (e) => ({ id: e.id, data: e.data, url: absoluteUrl(routes.event(e.id)), place: await getPlace(e.data.location) }))),
    now(),
  );
  return rss({
    title: t('feed.title', { name: site.name }),
    description: t('feed.description', { name: site.name }),
    site: absoluteUrl(routes.home()),
    items,
    customData: `<language>${site.languages[0] ?? 'de'}</language>`,
  });
};
