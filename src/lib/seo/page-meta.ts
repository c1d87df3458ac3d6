// The document <title>: "Page – Site" while it stays short enough for search
// results (about 70 characters); a longer page title stands alone, since it is
// unique anyway and the site name would only be cut off. And the home page's
// description, made from the alliance's data (never fixed text that could name
// a street the data protects).
import { t, type LanguageCode } from '../../i18n/index.ts';
import { addressLine, type PublicPlace } from '../content/places.ts';

export const MAX_TITLE_LENGTH = 70;

/** The home page's meta and Open Graph description: the alliance's name and, as far as it may be published, its place. */
export function homeDescription(name: string, place: PublicPlace | undefined, lang: LanguageCode): string {
  return place ? t(lang, 'home.descriptionAt', { name, where: addressLine(place) }) : t(lang, 'home.description', { name });
}

export function documentTitle(title: string, siteName: string, isHome = false): string {
  if (isHome) return title;
  const full = `${title} – ${siteName}`;
  return htmlLength(full) <= MAX_TITLE_LENGTH ? full : title;
}

/** A text's length as written in the HTML (and counted by html-validate): Astro writes ' as &#39;, & as &amp;, " as &quot;. */
function htmlLength(text: string): number {
  return text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').length;
}
