// What an offer's page shows, decided from its data: the schedule in words,
// the next dates, whether there is a calendar file, the notice while it
// applies, whom to contact, whether to ask the family to call, and the
// structured data. The page only renders this.
import type { PublicPlace } from '../content/places.ts';
import type { Offer } from '../../schemas/offer.ts';
import { activeNotice, hasDates, isRunning } from '../content/status.ts';
import type { HolidayLookup } from '../dates/holidays.ts';
import { upcomingOfferDates, type DatedItem } from '../dates/upcoming.ts';
import type { Routes } from '../routes.ts';
import { openingHoursSpecification } from '../seo/jsonld-dates.ts';
import { service, type AreaInput } from '../seo/structured-data.ts';
import { costNote, costText, freshness, offerStatusText, registrationText, type Freshness } from '../text/facts.ts';
import { localDay } from '../dates/zone.ts';
import { describeSchedule } from '../text/schedule.ts';
import { audienceText, topicText } from '../text/vocabulary.ts';
import type { LanguageCode } from '../../i18n/languages.ts';
import {
  localList,
  localText,
  optionalLocalText,
  translatedField,
  translationState,
  type LocalText,
  type TranslationLike,
  type TranslationState,
} from './localized.ts';

/** Next dates shown; as many again twice over are embedded hidden, to move up in a stale page. */
export const NEXT_SHOWN = 4;

export interface ContactFacts {
  name?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
}

export interface OfferPageInput {
  id: string;
  offer: Offer;
  partners: readonly { id: string; name: string }[];
  /** Where it takes place, as much as may be published. */
  place?: PublicPlace | undefined;
  /** Shown when the offer names no contact of its own: the alliance's. */
  fallbackContact: ContactFacts;
  now: Date;
  /** The site's public holidays (its state's). */
  holidays?: HolidayLookup | undefined;
  routes: Routes;
  /** Absolute URL of the published site, for structured data. */
  site: string;
  /** Where the alliance works (content/site.yaml), for structured data. */
  area: AreaInput;
  /** The page's language and the content's own language (the site's first). */
  lang: LanguageCode;
  source: LanguageCode;
  /** The editors' translation of the offer into `lang`, if there is one. */
  translation?: TranslationLike | undefined;
}

export interface OfferPage {
  /** The editors' texts in the page's language where translated, each with its language. */
  title: LocalText;
  summary: LocalText;
  noticeText: LocalText | undefined;
  openQuestions: LocalText[];
  /** Whether the editors' texts are translated (and checked) or shown in German. */
  translation: TranslationState;
  /** The audiences in the page's language. */
  audiences: string[];
  /** Why the offer does not take place, when it does not. */
  status: string | undefined;
  /** The schedule in words; closed periods that are over are left out. Includes the schedule's note. */
  scheduleLines: string[];
  /** No schedule at all: the page says the times are not known. */
  unknownWhen: boolean;
  next: DatedItem[];
  calendarHref: string | undefined;
  notice: Offer['notice'];
  contact: ContactFacts;
  /** Cost and registration in words; unknown ones say so. */
  cost: string;
  registration: string;
  /** "Stand": how old the facts are, and whether to check before a visit. */
  reviewed: Freshness;
  /** Something is not known: the page asks the family to call. */
  askUs: boolean;
  jsonLd: Record<string, unknown>;
}

export function offerPage(input: OfferPageInput): OfferPage {
  const { id, offer, place, now, routes, site, lang, source, translation } = input;
  const running = isRunning(offer);
  const url = new URL(routes.offer(id), site).href;
  const field = (path: string): unknown => translatedField(translation, path);
  const title = localText(offer.title, field('title'), lang, source);
  const summary = localText(offer.summary, field('summary'), lang, source);
  const notice = activeNotice(offer.notice, now);
  // The editors' note on the schedule and the contact's name and role, where translated.
  const schedule = offer.schedule && {
    ...offer.schedule,
    ...(offer.schedule.note ? { note: localText(offer.schedule.note, field('schedule.note'), lang, source).text } : {}),
  };
  const contact = offer.contact && {
    ...offer.contact,
    ...(offer.contact.name ? { name: localText(offer.contact.name, field('contact.name'), lang, source).text } : {}),
  };
  return {
    title,
    summary,
    noticeText: optionalLocalText(notice?.text, field('notice.text'), lang, source),
    openQuestions: localList(offer.openQuestions, field('openQuestions'), lang, source),
    translation: translationState(lang, source, translation),
    audiences: offer.audiences.map((audience) => audienceText(audience, lang)),
    status: offerStatusText(offer, lang),
    scheduleLines: schedule ? describeSchedule(schedule, { from: now, lang }) : [],
    unknownWhen: !offer.schedule,
    next: running ? upcomingOfferDates([{ title: offer.title, href: routes.offer(id), schedule: offer.schedule }], now, NEXT_SHOWN * 3, input.holidays) : [],
    calendarHref: hasDates(offer) ? routes.offerCalendar(id) : undefined,
    notice,
    contact: contact ?? input.fallbackContact,
    cost: costText(offer.cost, lang, localText(costNote(offer.cost) ?? '', field('cost.text'), lang, source).text || undefined),
    // "Just come by" needs a time and a place to come to.
    registration: registrationText(
      offer.registration,
      hasDates(offer) && place !== undefined,
      lang,
      localText(offer.registration.how ?? '', field('registration.how'), lang, source).text || undefined,
    ),
    reviewed: freshness(offer.reviewed, localDay(now), lang),
    askUs: offer.openQuestions.length > 0 || !offer.schedule,
    jsonLd: service({
      name: title.text,
      description: summary.text,
      url,
      providers: input.partners.map((p) => ({ name: p.name, url: new URL(routes.partner(p.id), site).href })),
      // In the page's language, like everything else the page says (inLanguage names it).
      audiences: offer.audiences.map((audience) => audienceText(audience, lang)),
      topics: offer.topics.map((topic) => topicText(topic, lang)),
      address: place,
      locationName: place?.name,
      isFree: offer.cost.type === 'kostenlos',
      area: input.area,
      ...(offer.schedule && running ? { hoursAvailable: openingHoursSpecification(offer.schedule, { from: now, ...(input.holidays ? { holidays: input.holidays } : {}) }) } : {}),
    }),
  };
}
