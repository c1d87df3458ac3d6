// Editors' text in the visitor's language: the translation's field where it
// has one, else the German field, each with the language it is written in, so
// the page can mark German text with lang="de" (screen readers then read it
// with a German voice) and say in one line why it is German or unchecked.
import type { LanguageCode } from '../../i18n/languages.ts';

/** A text and the language it is written in. */
export interface LocalText {
  text: string;
  lang: LanguageCode;
}

/**
 * - `source`: the page is in the content's own language;
 * - `missing`: no translation: the German text is shown;
 * - `unreviewed`: translated, but no native speaker has checked it yet;
 * - `reviewed`: translated and checked.
 */
export type TranslationState = 'source' | 'missing' | 'unreviewed' | 'reviewed';

export interface TranslationLike {
  data: { reviewed: boolean } & Record<string, unknown>;
}

export function translationState(lang: LanguageCode, source: LanguageCode, translation: TranslationLike | undefined): TranslationState {
  if (lang === source) return 'source';
  if (!translation) return 'missing';
  return translation.data.reviewed ? 'reviewed' : 'unreviewed';
}

/** A translated value is used only where it is a non-empty text. */
function usable(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Reads a field of a translation by its German schema path ("title", "cost.text"). */
export function translatedField(translation: TranslationLike | undefined, path: string): unknown {
  let value: unknown = translation?.data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The editors' text of a field in the page's language where translated, else in the source language. */
export function localText(source: string, translated: unknown, lang: LanguageCode, sourceLang: LanguageCode): LocalText {
  return lang !== sourceLang && usable(translated) ? { text: translated, lang } : { text: source, lang: sourceLang };
}

/** Like localText for an optional field: undefined when the source has no text. */
export function optionalLocalText(source: string | undefined, translated: unknown, lang: LanguageCode, sourceLang: LanguageCode): LocalText | undefined {
  return source === undefined ? undefined : localText(source, translated, lang, sourceLang);
}

/** A list of texts (e.g. open questions): the translated list when it has as many items, else the source list. */
export function localList(source: readonly string[], translated: unknown, lang: LanguageCode, sourceLang: LanguageCode): LocalText[] {
  const list = Array.isArray(translated) && translated.length === source.length && translated.every(usable) ? (translated as string[]) : undefined;
  return list && lang !== sourceLang ? list.map((text) => ({ text, lang })) : source.map((text) => ({ text, lang: sourceLang }));
}

/** The lang attribute a text's element needs on a page in `pageLang`: only where they differ. */
export function langAttr(text: Pick<LocalText, 'lang'> | undefined, pageLang: LanguageCode): LanguageCode | undefined {
  return text && text.lang !== pageLang ? text.lang : undefined;
}
