// The page that starts the CMS and its own Content-Security-Policy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { PREVIEW_ADMIN_CSP, adminCspDirectives, adminCspHeader, adminHtml, liveSite, previewAdminHtml } from '../../src/lib/editor/admin-page.ts';
import { mayStartCms } from '../../src/lib/editor/admin-origin.ts';
import { backendFromEnv } from '../../src/lib/editor/cms-config.ts';

const gitlab = backendFromEnv({ CI_SERVER_URL: 'https://git.werne.de', CI_PROJECT_PATH: 'stadt/familiennetz', CMS_APP_ID: 'x' });
const policy = (directives: string[]) => new Map(directives.map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the CSP of /admin/', () => {
  const csp = policy(adminCspDirectives(gitlab));

  it('allows nothing that is not named', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    // Sveltia sends no form anywhere; signing in opens the Git host in a window of its own.
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });

  it('runs only this site’s scripts and talks only to this site and the city’s Git host', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", 'blob:', 'data:', 'https://git.werne.de']);
    expect(adminCspDirectives(backendFromEnv({})).find((d) => d.startsWith('connect-src'))).toBe("connect-src 'self' blob: data: https://gitlab.com");
    expect(adminCspDirectives(backendFromEnv({ CMS_BACKEND: 'github' })).find((d) => d.startsWith('connect-src'))).toBe(
      "connect-src 'self' blob: data: https://api.github.com",
    );
  });

  it('forbids framing in the header, where browsers honour it, and leaves it out of the meta tag, where they do not', () => {
    expect(adminCspHeader(gitlab)).toBe(`${adminCspDirectives(gitlab).join('; ')}; frame-ancestors 'none'`);
    expect(adminHtml(gitlab, 'start.js', [{ src: 'sveltia-cms.js' }], liveSite('https://familiennetz.example.org/'))).not.toContain('frame-ancestors');
  });
});

describe('the admin page', () => {
  const scripts = [{ src: 'sveltia-cms.js' }, { src: 'preview.js', data: { style: '/_astro/site "x".css' } }];
  const html = adminHtml(gitlab, 'start.js', scripts, liveSite('https://familiennetz.example.org/familie/'));
  it('carries the policy and loads one script from this folder, which is told the others in order and the live origin', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${adminCspDirectives(gitlab).join('; ')}">`);
    const tags = html.match(/<script[^>]*>/g) ?? [];
    expect(tags).toHaveLength(1);
    const $ = load(html);
    expect($('script').attr('src')).toBe('start.js');
    expect($('script').attr('data-live')).toBe('https://familiennetz.example.org');
    expect(JSON.parse($('script').attr('data-load') ?? '')).toEqual(scripts);
  });
  it('has a hidden notice with the link to the live CMS, for when it is opened anywhere else', () => {
    const $ = load(html);
    expect($('[data-elsewhere]').attr('hidden')).toBeDefined();
    expect($('[data-elsewhere] a').attr('href')).toBe('https://familiennetz.example.org/familie/admin/');
  });
  it('stays out of search engines and the search index', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('data-pagefind-ignore="all"');
  });
});

describe('the header line for the city’s web server', () => {
  // gitlab.com is what a build without CI variables configures; the docs show that line.
  const line = adminCspHeader(backendFromEnv({}));
  it.each(['README.md', 'docs/betrieb.md'])('is in %s as the build makes it', (file) => {
    expect(readFileSync(file, 'utf8')).toContain(line);
  });
});

describe('where the CMS may start (17/3: previews share the Pages host)', () => {
  const live = 'https://familiennetz.example.org';
  it('on the live origin and on the editor’s own machine only', () => {
    expect(mayStartCms(new URL('https://familiennetz.example.org/admin/'), live)).toBe(true);
    expect(mayStartCms(new URL('http://127.0.0.1:4321/admin/'), live)).toBe(true);
    expect(mayStartCms(new URL('http://localhost:4321/admin/'), live)).toBe(true);
    expect(mayStartCms(new URL('http://[::1]:4321/admin/'), live)).toBe(true);
    // The Pages host that also serves merge-request previews, another scheme, a look-alike host.
    expect(mayStartCms(new URL('https://familiennetz-1a2b3c.gitlab.io/admin/'), live)).toBe(false);
    expect(mayStartCms(new URL('http://familiennetz.example.org/admin/'), live)).toBe(false);
    expect(mayStartCms(new URL('https://familiennetz.example.org.evil.example/admin/'), live)).toBe(false);
    expect(mayStartCms(new URL('https://familiennetz-1a2b3c.gitlab.io/admin/'), '')).toBe(false);
  });
});

describe('the admin page of a preview build', () => {
  it('runs nothing and points to the live CMS', () => {
    const $ = load(previewAdminHtml('https://familiennetz.example.org/admin/'));
    expect($('script').length).toBe(0);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(PREVIEW_ADMIN_CSP);
    expect(PREVIEW_ADMIN_CSP).toContain("default-src 'none'");
    expect($('main a').attr('href')).toBe('https://familiennetz.example.org/admin/');
    expect($('main').text()).toContain('Vorschau');
    expect(load(previewAdminHtml(undefined))('a').length).toBe(0);
  });
});
