// The items of the RSS feed of coming events (/veranstaltungen/feed.xml, written by @astrojs/rss):
// one per event that is not over, soonest first, the date and place in the text because a feed
// reader shows no calendar. Cancelled or postponed events stay in, marked, as on the pages.
import type { RSSFeedItem } from '@astrojs/rss';
import { t, type LanguageCode } from '../../i18n/index.ts';
import { isPast } from '../content/status.ts';
import { formatDateTimeRange } from '../dates/format.ts';
import { localDateTimeToDate } from '../dates/zone.ts';
import { placeLine, type PublicPlace } from '../content/places.ts';
import type { Event } from '../../schemas/event.ts';

export interface FeedEvent {
  id: string;
  data: Event;
  /** Absolute URL of the event's page. */
  url: string;
  place?: PublicPlace | undefined;
}

export function eventFeedItems(events: readonly FeedEvent[], now: Date, lang: LanguageCode): RSSFeedItem[] {
  return events
    .filter((event) => !isPast(event.data, now))
    .sort((a, b) => a.data.start.localeCompare(b.data.start))
    .map(({ data, url, place }) => {
      const when = formatDateTimeRange(localDateTimeToDate(data.start), localDateTimeToDate(data.end), lang);
      const prefix = data.status === 'geplant' ? '' : `${t(lang, `event.status.${data.status}`)}: `;
      return {
        title: `${prefix}${data.title}`,
        link: url,
        description: [when, place ? placeLine(place) : undefined, data.summary].filter(Boolean).join(' · '),
        categories: [t(lang, 'kind.event')],
      };
    });
}
