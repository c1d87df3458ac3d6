// /logo.svg: the logo content/site.yaml names (checked: a plain drawing, no code).
import type { APIRoute } from 'astro';
import { getSiteSettings } from '../data/site.ts';

export const GET: APIRoute = async () =>
  new Response((await getSiteSettings()).logo.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
