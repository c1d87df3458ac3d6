// Watching the CMS under /admin/ in the browser: what it asks for and what it is refused.
import type { Page } from 'playwright-core';

export interface AdminWatch {
  /** Every URL requested on the site's own origin. */
  ownRequests: string[];
  report(): { foreign: string[]; refused: string[]; missing: string[]; errors: string[] };
}

export function watchAdmin(page: Page, origin: string): AdminWatch {
  const foreign: string[] = [];
  const refused: string[] = [];
  const missing: string[] = [];
  const errors: string[] = [];
  const ownRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.origin === origin) ownRequests.push(request.url());
    else foreign.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  // A request the CSP refuses never leaves the browser; Chromium reports it on the console.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { ownRequests, report: () => ({ foreign, refused, missing, errors }) };
}

