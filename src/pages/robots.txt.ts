// robots.txt with an absolute sitemap URL, which depends on the configured site.
import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '../lib/routes.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${routes.admin()}\n\nSitemap: ${absoluteUrl(routes.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
