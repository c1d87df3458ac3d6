// The page that starts the CMS and its own Content-Security-Policy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adminCspDirectives, adminCspHeader, adminHtml } from '../../src/lib/editor/admin-page.ts';
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
    expect(adminHtml(gitlab, [{ src: 'sveltia-cms.js' }])).not.toContain('frame-ancestors');
  });
});

describe('the admin page', () => {
  const html = adminHtml(gitlab, [{ src: 'sveltia-cms.js' }, { src: 'preview.js', data: { style: '/_astro/site "x".css' } }]);
  it('carries the policy and loads only scripts from this folder, in order', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${adminCspDirectives(gitlab).join('; ')}">`);
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="sveltia-cms.js">', '<script src="preview.js" data-style="/_astro/site &quot;x&quot;.css">']);
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
