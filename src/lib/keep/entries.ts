// What the saved list (Merkliste) knows of each offer and event: the data file
// /merkliste/eintraege.json per language, built from the content layer, so the list shows any
// entry of a link in any browser without a server. Pure: src/data/keep.ts gathers the entries.
import { t, type LanguageCode } from '../../i18n/index.ts';
import { formatDateTimeRange } from '../dates/format.ts';
import type { DatedItem } from '../dates/upcoming.ts';
import { holidayName } from '../text/holidays.ts';
import { keyOf, type KeptKind } from './list.ts';

/** One coming date: the browser hides it once `end` has passed, as the pages do. */
export interface KeptDate {
  /** ISO 8601 with offset (Europe/Berlin). */
  start: string;
  end: string;
  /** The date in words in the file's language. */
  text: string;
  /** "Holiday – please ask" where the date may not take place. */
  note?: string;
}

export interface KeptEntry {
  kind: KeptKind;
  title: string;
  /** Language of title and summary where it is not the file's (an untranslated entry). */
  lang?: string;
  summary: string;
  href: string;
  /** Status in words ("paused", "cancelled"), when it is not running as planned. */
  status?: string;
  /** The next dates, soonest first; spare ones move up in the browser as earlier ones pass. */
  dates: KeptDate[];
  phone?: string;
  /** The phone number as a tel: link. */
  tel?: string;
  email?: string;
}

export interface KeepData {
  /** Every published offer and event by its key in the list (lib/keep/list.ts). */
  entries: Record<string, KeptEntry>;
}

/** Dates shown per entry on the list; as many again are embedded for a stale file. */
export const KEPT_DATES_SHOWN = 3;

export function keptDates(items: readonly DatedItem[], lang: LanguageCode): KeptDate[] {
  return items.map((item) => ({
    start: item.startIso,
    end: item.endIso,
    text: formatDateTimeRange(item.start, item.end, lang),
    ...(item.holiday ? { note: t(lang, 'dates.holidayAsk', { holiday: holidayName(item.holiday, lang) }) } : {}),
  }));
}

export interface KeptInput extends Omit<KeptEntry, 'kind'> {
  id: string;
}

/** The data file's content: offers and events under their keys, in the order given. */
export function keepData(offers: readonly KeptInput[], events: readonly KeptInput[]): KeepData {
  const entries: Record<string, KeptEntry> = {};
  for (const [kind, list] of [['offer', offers], ['event', events]] as const) {
    for (const { id, ...entry } of list) entries[keyOf(kind, id)] = { kind, ...entry };
  }
  return { entries };
}
