// The languages the code has interface texts for. content/site.yaml chooses
// which of them a site offers (the first is its default language), so adding
// a language to a site is data once its texts exist here and in src/i18n/.
export interface LanguageInfo {
  /** The language named in itself, for the language switcher. */
  name: string;
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  /** Open Graph locale, e.g. "de_DE". */
  ogLocale: string;
}

export const LANGUAGES = {
  de: { name: 'Deutsch', dir: 'ltr', ogLocale: 'de_DE' },
} as const satisfies Record<string, LanguageInfo>;

export type LanguageCode = keyof typeof LANGUAGES;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as [LanguageCode, ...LanguageCode[]];
