// `npm run report`, translations: per language of the site, which published
// entries have no translation yet, and which translations were made from an
// older German text (the check warns about each; here they are in one list
// per language, with what to do). Legal pages stay binding in German and are
// not asked for.
import type { CheckedEntry, CheckedTranslation } from '../content/check.ts';
import { isPublished } from '../content/status.ts';
import { translationKind } from '../content/translations.ts';
import type { ReportSection } from './report.ts';

export interface TranslationReportInput {
  entries: readonly CheckedEntry[];
  translations: readonly CheckedTranslation[];
  /** The site's languages (content/site.yaml); the first is the language of the German files. */
  languages: readonly string[];
  /** Entries that are never translated (the legal pages: their German text is binding). */
  untranslated?: (entry: CheckedEntry) => boolean;
}

function name(entry: CheckedEntry): string {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const title = data['title'] ?? data['name'];
  return typeof title === 'string' ? title : entry.id;
}

/** The file a translation of an entry goes into: beside the German one, with the language code. */
export function translationFileOf(entry: Pick<CheckedEntry, 'file' | 'id'>, lang: string): string {
  const file = entry.file.file;
  return `${file.slice(0, file.length - entry.file.extension.length - 1)}.${lang}.${entry.file.extension}`;
}

export function translationSections({ entries, translations, languages, untranslated = () => false }: TranslationReportInput): ReportSection[] {
  const wanted = entries.filter((entry) => entry.data && isPublished(entry.data) && !untranslated(entry));
  return languages.slice(1).flatMap((lang) => {
    const own = translations.filter((t) => t.lang === lang && t.data);
    const has = new Set(own.map((t) => `${t.collection}/${t.id}`));
    const missing = wanted.filter((entry) => !has.has(`${entry.collection}/${entry.id}`));
    const outdated = own.filter((t) => t.outdated && wanted.some((e) => e.collection === t.collection && e.id === t.id));
    const unreviewed = own.filter((t) => t.data?.['reviewed'] === false).length;
    return [
      {
        title: `Übersetzungen „${lang}“: fehlen (${wanted.length - missing.length} von ${wanted.length} übersetzt, ${unreviewed} davon noch nicht von Muttersprachlern geprüft)`,
        hint: `Die Seite zeigt dort den deutschen Text: Datei anlegen mit „npm run new -- --sprache=${lang} <Ordner> <Kennung>“`,
        items: missing.map((entry) => `${name(entry)}: ${translationFileOf(entry, lang)} (${translationKind(entry.collection)})`),
      },
      {
        title: `Übersetzungen „${lang}“: deutscher Text seither geändert`,
        hint: 'Die Änderung übersetzen (git log -p zeigt sie), dann den Wert für „translatedFrom“ eintragen, den „npm run check“ nennt',
        items: outdated.map((t) => `${t.file.file}: „translatedFrom: ${t.currentSource}“ nach dem Angleichen`),
      },
    ];
  });
}
