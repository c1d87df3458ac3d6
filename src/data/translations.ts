// Translations of entries (content/offers/netz-cafe.en.md and the like), from
// the collection "translations" that the loader fills from the content check.
// Pages lay the translated fields over the German entry; everything that is
// not text (times, places, partners) always comes from the German entry.
import { getEntry, type CollectionEntry } from 'astro:content';
import { translationEntryId, type TranslationKind } from '../schemas/translation.ts';

/**
 * One translation: `data` holds `lang`, `reviewed` (a native speaker has checked it),
 * `outdated` (the German text changed since) and the translated fields under their German
 * names; `render()` gives its body, with links leading to pages in the same language.
 */
export type TranslationEntry = CollectionEntry<'translations'>;
export type { TranslationKind };

/** The translation of an entry into a language, if there is one without errors. */
export async function getTranslation(kind: TranslationKind, id: string, lang: string): Promise<TranslationEntry | undefined> {
  return getEntry('translations', translationEntryId(kind, id, lang));
}
