// /veranstaltungen/feed.xml (and /en/veranstaltungen/feed.xml …): coming events as RSS 2.0
// (@astrojs/rss) in the language of the pages that announce it in their head.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEvents, getPlace } from '../../../data/entries.ts';
import { languagePaths, routesIn, siteLanguages } from '../../../data/language.ts';
import { localFields } from '../../../data/localized.ts';
import { getSite } from '../../../data/site.ts';
import { t } from '../../../i18n/index.ts';
import type { LanguageCode } from '../../../i18n/languages.ts';
import { now } from '../../../lib/dates/now.ts';
import { eventFeedItems } from '../../../lib/feeds/events-rss.ts';
import { absoluteUrl } from '../../../lib/routes.ts';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: LanguageCode };
  const [site, events, languages] = await Promise.all([getSite(), getEvents(), siteLanguages()]);
  const routes = routesIn(lang, languages);
  const items = eventFeedItems(
    await Promise.all(
      events.map(async (e) => {
        const text = await localFields('events', e.id, lang, { title: e.data.title, summary: e.data.summary });
        return {
          id: e.id,
          data: { ...e.data, title: text.title.text, summary: text.summary.text },
          url: absoluteUrl(routes.event(e.id)),
          place: await getPlace(e.data.location),
        };
      }),
    ),
    now(),
    lang,
  );
  return rss({
    title: t(lang, 'feed.title', { name: site.name }),
    description: t(lang, 'feed.description', { name: site.name }),
    site: absoluteUrl(routes.home()),
    items,
    customData: `<language>${lang}</language>`,
  });
};
