// The web app manifest of a language (/manifest.webmanifest, /en/manifest.webmanifest …): name,
// colours and icons from content/site.yaml, so any alliance's site is installable as its own.
export interface ManifestInput {
  name: string;
  shortName: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language's home page. */
  startUrl: string;
  /** The site's base path: one app and one service worker for every language. */
  scope: string;
  themeColour: string;
  backgroundColour: string;
  /** The square icon of content/site.yaml (checked SVG): home screen and app list. */
  icon: string;
}

export function webManifest(input: ManifestInput): Record<string, unknown> {
  return {
    id: input.startUrl,
    name: input.name,
    short_name: input.shortName,
    lang: input.lang,
    dir: input.dir,
    start_url: input.startUrl,
    scope: input.scope,
    display: 'standalone',
    theme_color: input.themeColour,
    background_color: input.backgroundColour,
    icons: [
      { src: input.icon, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
