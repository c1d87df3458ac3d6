// The language of the page being built. Every page route lives below
// src/pages/[...lang]/: `lang` is undefined for the site's first language
// (published at the base path) and the language's code for every other one.
// Pages and components ask here for their texts, their URLs and the list of
// languages; the languages a site offers come from content/site.yaml.
import { translator, type Translate } from '../i18n/index.ts';
import { LANGUAGES, isLanguageCode, type LanguageCode, type LanguageInfo } from '../i18n/languages.ts';
import { routesFor, type Routes } from '../lib/routes.ts';
import { getSite } from './site.ts';

export interface PageLanguage {
  lang: LanguageCode;
  info: LanguageInfo;
  /** Interface texts in this language. */
  t: Translate;
  /** URLs of this language's pages. */
  routes: Routes;
  /** The site's languages, its default one first. */
  languages: readonly LanguageCode[];
  /** The site's default language, whose pages have no prefix and whose content files are the source. */
  source: LanguageCode;
}

/** The languages content/site.yaml offers, the default one first. */
export async function siteLanguages(): Promise<readonly LanguageCode[]> {
  return (await getSite()).languages;
}

/** The path segment of a language: empty for the default one. */
export function languageSegment(lang: LanguageCode, languages: readonly LanguageCode[]): string {
  return lang === languages[0] ? '' : lang;
}

export function routesIn(lang: LanguageCode, languages: readonly LanguageCode[]): Routes {
  return routesFor(import.meta.env.BASE_URL, languageSegment(lang, languages));
}

/** Everything a page or component needs about the language of the page (from Astro.params). */
export async function pageLanguage(params: Record<string, string | undefined>): Promise<PageLanguage> {
  const languages = await siteLanguages();
  const source = languages[0]!;
  const requested = params['lang'];
  const lang = requested === undefined ? source : requested;
  if (!isLanguageCode(lang) || !languages.includes(lang)) throw new Error(`Unknown language of the page: ${requested}`);
  return { lang, info: LANGUAGES[lang], t: translator(lang), routes: routesIn(lang, languages), languages, source };
}

export interface LanguagePath {
  params: { lang: string | undefined };
  props: { lang: LanguageCode };
}

/** getStaticPaths() of a page that exists once per language. */
export async function languagePaths(): Promise<LanguagePath[]> {
  const languages = await siteLanguages();
  return languages.map((lang) => ({ params: { lang: languageSegment(lang, languages) || undefined }, props: { lang } }));
}

/** getStaticPaths() of a page per entry and language: every entry in every language. */
export async function entryLanguagePaths<T, P extends Record<string, unknown>>(
  items: readonly T[],
  param: string,
  idOf: (item: T) => string,
  propsOf: (item: T) => P,
): Promise<{ params: Record<string, string | undefined>; props: P & { lang: LanguageCode } }[]> {
  const paths = await languagePaths();
  return paths.flatMap(({ params, props }) =>
    items.map((item) => ({ params: { ...params, [param]: idOf(item) }, props: { ...propsOf(item), lang: props.lang } })),
  );
}

/** getStaticPaths() of a page that has other parameters too (a page number, a day): each path in every language. */
export async function withLanguages<P extends { params: Record<string, string | undefined>; props?: Record<string, unknown> }>(
  paths: readonly P[],
): Promise<{ params: P['params'] & { lang: string | undefined }; props: NonNullable<P['props']> & { lang: LanguageCode } }[]> {
  const languages = await languagePaths();
  return languages.flatMap(({ params, props }) =>
    paths.map((path) => ({ params: { ...path.params, lang: params.lang }, props: { ...((path.props ?? {}) as NonNullable<P['props']>), lang: props.lang } })),
  );
}
