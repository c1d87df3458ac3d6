// robots.txt with an absolute sitemap URL, which depends on the configured site. It names the
// home page of every language (the sitemap lists every page of each, with its alternates).
import type { APIRoute } from 'astro';
import { routesIn, siteLanguages } from '../data/language.ts';
import { absoluteUrl, routes } from '../lib/routes.ts';

export const GET: APIRoute = async () => {
  const languages = await siteLanguages();
  const allow = languages.map((lang) => `Allow: ${routesIn(lang, languages).home()}`).join('\n');
  return new Response(`User-agent: *\n${allow}\nDisallow: ${routes.admin()}\n\nSitemap: ${absoluteUrl(routes.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
