// What search engines and link previews read, and the Content-Security-Policy,
// on every built page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader } from '../../src/lib/security/csp.ts';
import { t } from '../../src/i18n/de.ts';
import { builtDeployment, fileForPath, htmlPages, readPage } from '../support/dist.ts';

const { routes, site: SITE } = builtDeployment();
const pages = htmlPages();
const indexable = pages.filter((path) => path !== routes.notFound());

describe('search engine metadata', () => {
  it.each(indexable)('%s has canonical URL, description and Open Graph tags', (path) => {
    const $ = readPage(path);
    const canonical = new URL(path, SITE).href;
    const title = $('title').text();
    const description = $('meta[name="description"]').attr('content') ?? '';
    expect($('link[rel="canonical"]').attr('href')).toBe(canonical);
    expect(description.length, 'meta description').toBeGreaterThanOrEqual(50);
    expect($('meta[property="og:title"]').attr('content')).toBe(title);
    expect($('meta[property="og:description"]').attr('content')).toBe(description);
    expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
    expect($('meta[property="og:type"]').attr('content')).toMatch(/^(website|article)$/);
    expect($('meta[property="og:site_name"]').attr('content')).toBe(t('site.name'));
    expect($('meta[property="og:locale"]').attr('content')).toBe('de_DE');
    expect($('meta[name="robots"]').length, 'no noindex on a real page').toBe(0);
    expect($('h1').length, 'exactly one h1').toBe(1);
  });

  it('keeps the 404 page out of the index and without a canonical URL', () => {
    const $ = readPage(routes.notFound());
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]').length).toBe(0);
  });

  it('has a robots.txt that allows crawling and names the sitemap, which exists', () => {
    const robots = readFileSync(fileForPath(routes.href('robots.txt')), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1] ?? '';
    expect(new URL(sitemap).origin).toBe(SITE.origin);
    expect(readFileSync(fileForPath(new URL(sitemap).pathname), 'utf8')).toContain('<sitemapindex');
  });
});

describe('Content-Security-Policy', () => {
  it.each(pages)('%s allows only its own origin and runs no inline code', (path) => {
    const $ = readPage(path);
    const metas = $('meta[http-equiv="content-security-policy"]');
    expect(metas.length).toBe(1);
    const policy = metas.attr('content') ?? '';
    for (const directive of CSP_DIRECTIVES) expect(policy).toContain(`${directive};`);
    const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
    expect(scriptSrc.split(' ').slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    // Nothing that needs a hash or 'unsafe-inline': JSON-LD is data, not code.
    const inlineScripts = $('script:not([src])').filter((_, el) => $(el).attr('type') !== 'application/ld+json');
    expect(inlineScripts.length, 'inline <script>').toBe(0);
    expect($('style').length, 'inline <style>').toBe(0);
    expect($('[style]').length, 'style attributes').toBe(0);
    const handlers = $('*').filter((_, el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).some((a) => a.startsWith('on')));
    expect(handlers.length, 'on…= event handler attributes').toBe(0);
  });

  it('is documented in the README as a header for the web server', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    expect(readme).toContain(cspHeader());
  });
});
