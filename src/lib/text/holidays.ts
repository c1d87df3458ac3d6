// A holiday's name in the page's language: the dates library knows holidays by id
// (src/lib/dates/holidays.ts), the dictionaries name them (`holiday.<ID>` in src/i18n/).
import type { HolidayId } from '../dates/holidays.ts';
import { t, type LanguageCode } from '../../i18n/index.ts';

export function holidayName(holiday: HolidayId, lang: LanguageCode): string {
  return t(lang, `holiday.${holiday}`);
}
