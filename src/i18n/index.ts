// Interface text in the page's language: t(lang, key, params). German (de.ts)
// is the source of the keys; every other dictionary is typed as Messages, so a
// missing or an extra key is a type error, and tests/unit/i18n.test.ts checks
// that each text keeps the German text's {placeholders}.
import { ar } from './ar.ts';
import { de, type MessageKey } from './de.ts';
import { en } from './en.ts';
import { tr } from './tr.ts';
import { uk } from './uk.ts';
import { LANGUAGES, type LanguageCode } from './languages.ts';

export type { MessageKey } from './de.ts';
export type { LanguageCode } from './languages.ts';

/** A dictionary: one text for every key of the German one. */
export type Messages = Record<MessageKey, string>;

export const DICTIONARIES: Record<LanguageCode, Messages> = { de, en, tr, ar, uk };

export type Params = Record<string, string | number>;

/** Fills {placeholders}; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Looks up an interface text in a language and fills its {placeholders}. */
export function t(lang: LanguageCode, key: MessageKey, params: Params = {}): string {
  return fill(DICTIONARIES[lang][key], params);
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** t() bound to one language, for a page or a component. */
export function translator(lang: LanguageCode): Translate {
  return (key, params) => t(lang, key, params);
}

/** The Intl locale of a language ("de-DE", "ar-u-nu-latn"). */
export function localeOf(lang: LanguageCode): string {
  return LANGUAGES[lang].locale;
}
