// /daten/hsds/services.json: every published offer as an Open Referral HSDS 3.0 service (a JSON array).
import type { APIRoute } from 'astro';
import { hsdsExport } from '../../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await hsdsExport(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
