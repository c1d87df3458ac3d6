// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { baseLinks } from './src/integrations/markdown-links.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/lib/security/csp.ts';

// Where the site is published is configuration, not code: the city's CI sets
// SITE_URL (and BASE_PATH when the site lives below a path).
const site = process.env.SITE_URL ?? 'https://familiennetz.werne.de';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No inline <style>: every style comes from a file, so the CSP needs no
  // hashes and the web server's header can be one fixed line.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  devToolbar: { enabled: false },
  // The site has no code blocks; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [baseLinks(base)] }) },
  // The search page imports Pagefind's module at run time; Vite's preload
  // helper is not defined in Astro's inlined scripts and would break that.
  vite: { build: { modulePreload: false, assetsInlineLimit: 0 } },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({
      filter: (page) => !/\/(404|admin)\/?$/.test(new URL(page).pathname),
    }),
    pagefindIndex(),
    // After Pagefind, so /admin/ is never indexed.
    cmsAdmin(),
  ],
});
