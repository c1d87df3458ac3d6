// /manifest.webmanifest, /en/manifest.webmanifest …: makes the site installable (home screen),
// in each language, with the name, colours and icon of content/site.yaml (lib/offline/manifest.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { languagePaths, pageLanguage } from '../../data/language.ts';
import { getSite } from '../../data/site.ts';
import { webManifest } from '../../lib/offline/manifest.ts';

export const getStaticPaths = (() => languagePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { routes, lang, info } = await pageLanguage(params);
  const site = await getSite();
  const manifest = webManifest({
    name: site.name,
    shortName: site.shortName,
    lang,
    dir: info.dir,
    startUrl: routes.home(),
    scope: routes.base,
    themeColour: site.theme.primary,
    backgroundColour: site.theme.background,
    icon: routes.favicon(),
  });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
};
