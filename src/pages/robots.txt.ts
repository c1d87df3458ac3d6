// robots.txt with an absolute sitemap URL, which depends on the configured site.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site).href;
  const admin = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}admin/`;
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${admin}\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
