// What search engines and link previews read, and the Content-Security-Policy,
// on every built page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, pageCsp } from '../../src/lib/security/csp.ts';
import { builtDeployment, fileForPath, htmlPages, pageLanguage, readPage, routesOfPage } from '../support/dist.ts';
import { LANGUAGES, isLanguageCode } from '../../src/i18n/languages.ts';
import { site as settings } from '../support/content.ts';
import { posterPaths } from '../support/paper.ts';

const { routes, site: SITE } = builtDeployment();
const pages = htmlPages();
// The notices (…/aushang/) are an offer's page again, for paper: noindex (tests/build/paper.test.ts).
const posters = new Set(posterPaths());
const indexable = pages.filter((path) => path !== routes.notFound() && !posters.has(path));

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
    expect($('meta[property="og:site_name"]').attr('content')).toBe(settings.name);
    const lang = pageLanguage(path);
    expect(isLanguageCode(lang) && settings.languages.includes(lang), `${path}: lang="${lang}" is a language of the site`).toBe(true);
    expect($('meta[property="og:locale"]').attr('content')).toBe(isLanguageCode(lang) ? LANGUAGES[lang].ogLocale : '');
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
  // The tightest policy per page (17/11): 'wasm-unsafe-eval' only where Pagefind runs, no hashes anywhere.
  const policyOf = (path: string) => (path === routesOfPage(path).search() ? 'search' : 'page');

  it.each(pages)('%s carries exactly the policy its kind of page needs, and runs no inline code', (path) => {
    const $ = readPage(path);
    const metas = $('meta[http-equiv="content-security-policy"]');
    expect(metas.length).toBe(1);
    // Before anything it governs: right after the charset.
    expect($('head > *').index(metas)).toBe(1);
    const policy = metas.attr('content') ?? '';
    expect(policy).toBe(pageCsp(policyOf(path)));
    for (const directive of CSP_DIRECTIVES) expect(policy).toContain(`${directive};`);
    expect(policy).not.toMatch(/'sha(256|384|512)-|'nonce-|'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    if (policyOf(path) === 'page') expect(policy).not.toContain("'wasm-unsafe-eval'");
    // Nothing that needs a hash or 'unsafe-inline': JSON-LD is data, not code.
    const inlineScripts = $('script:not([src])').filter((_, el) => $(el).attr('type') !== 'application/ld+json');
    expect(inlineScripts.length, 'inline <script>').toBe(0);
    expect($('style').length, 'inline <style>').toBe(0);
    expect($('[style]').length, 'style attributes').toBe(0);
    const handlers = $('*').filter((_, el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).some((a) => a.startsWith('on')));
    expect(handlers.length, 'on…= event handler attributes').toBe(0);
  });

  it('only the search page loads Pagefind, the one script that needs WebAssembly', () => {
    const withPagefind = pages.filter((path) => readPage(path)(`[data-pagefind="${routes.pagefind()}"]`).length > 0);
    expect(withPagefind).toEqual(pages.filter((path) => path === routesOfPage(path).search()));
    expect(withPagefind).toHaveLength(settings.languages.length);
  });

  it('the README gives the web server exactly the policies the pages carry, each plus frame-ancestors', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const lines = [...readme.matchAll(/^```text\n(default-src 'self';[^\n]*)\n```$/gm)].map((m) => m[1]);
    expect(lines).toEqual([cspHeader('page'), cspHeader('search')]);
    for (const policy of ['page', 'search'] as const) expect(cspHeader(policy)).toBe(`${pageCsp(policy)}; frame-ancestors 'self'`);
    const served = new Set(pages.map((path) => readPage(path)('meta[http-equiv="content-security-policy"]').attr('content')));
    expect([...served].sort()).toEqual([pageCsp('page'), pageCsp('search')].sort());
    // The nginx and Apache examples carry the same two lines.
    for (const policy of ['page', 'search'] as const) expect(readme.split(cspHeader(policy)).length - 1, policy).toBe(3);
  });
});
