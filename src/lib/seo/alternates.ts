// The same page in every language of the site, for <link rel="alternate"
// hreflang> and the sitemap: one link per language and x-default for the
// default language (a search engine sends anyone else there).
import type { LanguageCode } from '../../i18n/languages.ts';
import { switchLanguage } from '../routes.ts';

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * `path` is the page's path in language `lang`; `languages` the site's, the default one first.
 * A site with one language has no alternates.
 */
export function pageAlternates(path: string, lang: LanguageCode, languages: readonly LanguageCode[], base: string, site: string | URL): Alternate[] {
  if (languages.length < 2) return [];
  const segment = (code: LanguageCode): string => (code === languages[0] ? '' : code);
  const hrefIn = (code: LanguageCode): string => new URL(switchLanguage(path, segment(lang), segment(code), base), site).href;
  return [...languages.map((code) => ({ hreflang: code, href: hrefIn(code) })), { hreflang: 'x-default', href: hrefIn(languages[0]!) }];
}

/** A sitemap entry as @astrojs/sitemap hands it to `serialize` (only the parts used here). */
export interface SitemapItem {
  url: string;
  links?: { url: string; lang: string }[] | undefined;
}

/**
 * The sitemap's alternates with x-default added: the page in the default language, as the pages'
 * own <link rel="alternate" hreflang="x-default"> say.
 */
export function withDefaultAlternate<T extends SitemapItem>(item: T, defaultLanguage: string): T {
  const fallback = item.links?.find((link) => link.lang === defaultLanguage);
  if (!item.links || !fallback) return item;
  return { ...item, links: [...item.links, { url: fallback.url, lang: 'x-default' }] };
}
