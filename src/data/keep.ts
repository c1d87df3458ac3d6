// The saved list's data file (/merkliste/eintraege.json) in a language: every published offer
// and event with its title, link, next dates and contact, as of the build (now()).
import { t, type LanguageCode } from '../i18n/index.ts';
import { isRunning } from '../lib/content/status.ts';
import { now } from '../lib/dates/now.ts';
import { upcomingEvents, upcomingOfferDates } from '../lib/dates/upcoming.ts';
import { KEPT_DATES_SHOWN, keepData, keptDates, type KeepData, type KeptInput } from '../lib/keep/entries.ts';
import { offerStatusText, telHref } from '../lib/text/facts.ts';
import { getAlliance, getEvents, getOffers } from './entries.ts';
import { routesIn, siteLanguages } from './language.ts';
import { localFields } from './localized.ts';
import { siteHolidays } from './site.ts';

export async function getKeepData(lang: LanguageCode): Promise<KeepData> {
  const [offers, events, languages, holidays, { partner: alliance }] = await Promise.all([
    getOffers(),
    getEvents(),
    siteLanguages(),
    siteHolidays(),
    getAlliance(),
  ]);
  const routes = routesIn(lang, languages);
  const at = now();
  const spare = KEPT_DATES_SHOWN * 2;
  const fallback = { phone: alliance.data.phone, email: alliance.data.email };
  const contactOf = (contact: { phone?: string | undefined; email?: string | undefined } | undefined) => {
    const { phone, email } = contact?.phone || contact?.email ? contact : fallback;
    return { ...(phone ? { phone, tel: telHref(phone) } : {}), ...(email ? { email } : {}) };
  };
  const textOf = async (kind: 'offers' | 'events', id: string, title: string, summary: string) => {
    const text = await localFields(kind, id, lang, { title, summary });
    return {
      title: text.title.text,
      summary: text.summary.text,
      ...(text.title.lang !== lang ? { lang: text.title.lang } : {}),
    };
  };
  const offerEntries: KeptInput[] = await Promise.all(
    offers.map(async (offer) => {
      const { data } = offer;
      const href = routes.offer(offer.id);
      const dates = isRunning(data) && data.schedule ? upcomingOfferDates([{ title: data.title, href, schedule: data.schedule }], at, spare, holidays) : [];
      const status = offerStatusText(data, lang);
      return {
        id: offer.id,
        ...(await textOf('offers', offer.id, data.title, data.summary)),
        href,
        ...(status ? { status } : {}),
        dates: keptDates(dates, lang),
        ...contactOf(data.contact),
      };
    }),
  );
  const eventEntries: KeptInput[] = await Promise.all(
    events.map(async (event) => {
      const { data } = event;
      const href = routes.event(event.id);
      const dates = upcomingEvents([{ title: data.title, href, start: data.start, end: data.end }], at);
      return {
        id: event.id,
        ...(await textOf('events', event.id, data.title, data.summary)),
        href,
        ...(data.status !== 'geplant' ? { status: t(lang, `event.status.${data.status}`) } : {}),
        dates: keptDates(dates, lang),
        ...contactOf(undefined),
      };
    }),
  );
  return keepData(offerEntries, eventEntries);
}
