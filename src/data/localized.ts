// Editors' texts of an entry in a language, for lists, calendars and feeds
// (pages with one entry use lib/views/ directly): the translation's fields
// where there is one, else the German ones.
import type { LanguageCode } from '../i18n/languages.ts';
import { localList, localText, optionalLocalText, translatedField, translationState, type LocalText, type TranslationState } from '../lib/views/localized.ts';
import { siteLanguages } from './language.ts';
import { getTranslation, type TranslationKind } from './translations.ts';

/** The given text fields ("title", "summary") of entry `id` in `lang`, each with the language it is in. */
export async function localFields<K extends string>(
  kind: TranslationKind,
  id: string,
  lang: LanguageCode,
  fields: Record<K, string>,
): Promise<Record<K, LocalText>> {
  const source = (await siteLanguages())[0]!;
  const translation = lang === source ? undefined : await getTranslation(kind, id, lang);
  const result = {} as Record<K, LocalText>;
  for (const key of Object.keys(fields) as K[]) result[key] = localText(fields[key], translatedField(translation, key), lang, source);
  return result;
}

/** An entry's editors' texts in a page's language: look-ups of its fields, its body, and how it is translated. */
export interface LocalEntry {
  state: TranslationState;
  /** A text field ("title", "notice.text") in the page's language where translated, else the source text. */
  text(path: string, source: string): LocalText;
  /** Like text() for an optional field. */
  optional(path: string, source: string | undefined): LocalText | undefined;
  /** A list of texts, translated as a whole or not at all. */
  list(path: string, source: readonly string[]): LocalText[];
  /** The translated body as HTML; undefined where the source body is shown. */
  bodyHtml: string | undefined;
  /** The translated body's render metadata (its headings). */
  bodyMetadata: Record<string, unknown> | undefined;
  /** The lang attribute the body's container needs (undefined: the page's language). */
  bodyLang: LanguageCode | undefined;
}

export async function localEntry(kind: TranslationKind, id: string, lang: LanguageCode): Promise<LocalEntry> {
  const source = (await siteLanguages())[0]!;
  const translation = lang === source ? undefined : await getTranslation(kind, id, lang);
  const bodyHtml = translation?.rendered?.html || undefined;
  return {
    state: translationState(lang, source, translation),
    text: (path, value) => localText(value, translatedField(translation, path), lang, source),
    optional: (path, value) => optionalLocalText(value, translatedField(translation, path), lang, source),
    list: (path, values) => localList(values, translatedField(translation, path), lang, source),
    bodyHtml,
    bodyMetadata: bodyHtml ? translation?.rendered?.metadata : undefined,
    bodyLang: bodyHtml || lang === source ? undefined : source,
  };
}
