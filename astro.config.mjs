// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { releaseGuard } from './src/integrations/release-check.ts';
import { markdownOptions } from './src/lib/content/markdown.ts';
import { siteSettings } from './src/lib/content/site-settings.ts';
import { basePath, siteUrl } from './src/lib/deployment.ts';
import { siteTheme } from './src/integrations/site-theme.ts';
import { withDefaultAlternate } from './src/lib/seo/alternates.ts';
import { offlineWorker } from './src/integrations/offline.ts';

// Where the site is published is configuration, not code (src/lib/deployment.ts): SITE_URL, else
// the address in content/site.yaml. The settings file is read here (and checked: errors stop the
// build with file, line and field) because Astro needs the address before the content layer runs.
const settings = await siteSettings();
const site = siteUrl(process.env, settings.config.url);
const base = basePath();
// The site's languages (content/site.yaml): the first at the base path, the others below /<code>/.
const languages = settings.config.languages;
const [defaultLanguage = 'de'] = languages;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No inline <style>: every style comes from a file, so the CSP needs no
  // hashes and the web server's header can be one fixed line. The policy is
  // BaseLayout's <meta> from src/lib/security/csp.ts, per kind of page; Astro's
  // own security.csp would add hashes of every script of the site to every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // The same options the content check renders every body with.
  markdown: markdownOptions(base),
  // The search page imports Pagefind's module at run time; Vite's preload
  // helper is not defined in Astro's inlined scripts and would break that.
  vite: { build: { modulePreload: false, assetsInlineLimit: 0 } },
  integrations: [
    releaseGuard(),
    siteTheme(settings.config.theme),
    mdx(),
    sitemap({
      // Notices (…/aushang/) are an offer's page again, for paper: noindex, and not listed.
      filter: (page) => !/\/(404|admin)\/?$|\/angebote\/[^/]+\/aushang\/$/.test(new URL(page).pathname),
      // Every page with its versions in the other languages (xhtml:link hreflang), x-default included.
      ...(languages.length > 1
        ? {
            i18n: { defaultLocale: defaultLanguage, locales: Object.fromEntries(languages.map((code) => [code, String(code)])) },
            /** @param {import('@astrojs/sitemap').SitemapItem} item */
            serialize: (item) => withDefaultAlternate(item, defaultLanguage),
          }
        : {}),
    }),
    pagefindIndex(),
    offlineWorker(base, languages),
    cmsAdmin(settings.config.name, settings.config.languages),
  ],
});
