// The languages the code has interface texts for. content/site.yaml chooses
// which of them a site offers (the first is its default language, published
// without a prefix; every other one below /<code>/), so adding a language to a
// site is data once its texts exist here and in src/i18n/.
export interface LanguageInfo {
  /** The language named in itself, for the language switcher. */
  name: string;
  /** A short form of the name in itself, under the switcher's globe in the phone header. */
  short: string;
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  /** Open Graph locale, e.g. "de_DE". */
  ogLocale: string;
  /** BCP 47 locale for Intl (dates, times, lists). Arabic keeps Latin digits ("nu-latn"), as in the
   *  phone numbers, addresses and times of the content, so one number never reads two ways. */
  locale: string;
}

export const LANGUAGES = {
  de: { name: 'Deutsch', short: 'DE', dir: 'ltr', ogLocale: 'de_DE', locale: 'de-DE' },
  en: { name: 'English', short: 'EN', dir: 'ltr', ogLocale: 'en_GB', locale: 'en-GB' },
  tr: { name: 'Türkçe', short: 'TR', dir: 'ltr', ogLocale: 'tr_TR', locale: 'tr-TR' },
  ar: { name: 'العربية', short: 'عربي', dir: 'rtl', ogLocale: 'ar_AR', locale: 'ar-u-nu-latn' },
  uk: { name: 'Українська', short: 'УКР', dir: 'ltr', ogLocale: 'uk_UA', locale: 'uk-UA' },
} as const satisfies Record<string, LanguageInfo>;

export type LanguageCode = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as [LanguageCode, ...LanguageCode[]];

export function isLanguageCode(value: string): value is LanguageCode {
  return Object.hasOwn(LANGUAGES, value);
}
