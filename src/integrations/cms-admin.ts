// Puts the editors' CMS at /admin/: Sveltia CMS from the pinned npm package
// (never a CDN), its config generated from the schemas, and a static
// index.html with its own CSP. It is written after Pagefind has indexed the
// site, and it is no Astro page, so it stays out of the search index and the
// sitemap. The build stops if a served file still names an address on
// another host that the CMS could load by itself. The CMS starts only on the
// live origin (start.js); a merge-request preview build gets no CMS at all,
// only a page that points to the live one.
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { previewBuild } from '../lib/deployment.ts';
import { adminCspHeader, adminHtml, backendOrigins, liveSite, previewAdminHtml } from '../lib/editor/admin-page.ts';
import { backendFromEnv, cmsConfigYaml } from '../lib/editor/cms-config.ts';
import { assertNoRequestableUrls } from '../lib/editor/remote-urls.ts';
import { PREVIEW_SCRIPT, SCRIPT, START_SCRIPT, previewScript, startScript, sveltiaScript, type AdminAsset } from '../lib/editor/sveltia-bundle.ts';

const TEXT = /\.(html|js|mjs|json|css|yml|txt)$/;

export interface AdminOptions {
  /** The site's stylesheet (as a path on the site), for the preview pane. */
  previewStyle?: string | undefined;
  /** The base path the site is published below ("/" or "/familie/"), for the link to the live CMS. */
  base?: string | undefined;
  /** The name in content/site.yaml, for the page title. */
  siteName?: string | undefined;
  /** The languages in content/site.yaml (the first is the default): the CMS edits translations beside each entry. */
  languages?: readonly string[] | undefined;
}

/** Every file of /admin/, checked: the generated ones as text, the rest as paths into node_modules. */
export async function adminFiles(site: string, env: NodeJS.ProcessEnv = process.env, options: AdminOptions = {}): Promise<AdminAsset[]> {
  const backend = backendFromEnv(env);
  const sveltia = sveltiaScript();
  const preview = { src: PREVIEW_SCRIPT, ...(options.previewStyle ? { data: { style: options.previewStyle } } : {}) };
  const live = liveSite(new URL(options.base ?? '/', site).href);
  const files: AdminAsset[] = [
    { path: 'index.html', text: adminHtml(backend, START_SCRIPT, [{ src: SCRIPT }, preview], live, options.siteName) },
    { path: 'config.yml', text: cmsConfigYaml({ backend, siteUrl: site, ...(options.languages ? { languages: options.languages } : {}) }) },
    { path: START_SCRIPT, text: await startScript() },
    { path: SCRIPT, text: sveltia.script },
    { path: PREVIEW_SCRIPT, text: await previewScript() },
    ...sveltia.assets,
  ];
  // The site itself and the configured Git host are where the CMS is meant to go.
  const own = [site, ...backendOrigins(backend)].filter(Boolean).map((url) => new URL(url).host);
  assertNoRequestableUrls(
    files
      .filter((file) => TEXT.test(file.path))
      .map((file) => ({ path: file.path, text: file.text ?? readFileSync(file.source ?? '', 'utf8') })),
    own,
  );
  return files;
}

/** The one stylesheet of the site's pages, as its home page links it (with the base path). */
export function siteStylesheet(outDir: string): string {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error('Redaktionssystem: index.html verlinkt kein Stylesheet — die Vorschau im CMS braucht die Gestaltung der Seite');
  return href;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'application/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  woff2: 'font/woff2',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/** `siteName`: the name in content/site.yaml, for the page title. */
export function cmsAdmin(siteName = '', languages: readonly string[] = []): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'site:cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        // The dev server serves the same files, so editors can try the CMS with "Work with Local Repository".
        const prefix = `${base.replace(/\/$/, '')}/admin/`;
        let files: Promise<AdminAsset[]> | undefined;
        server.middlewares.use(async (req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          // The dev server has no built stylesheet: the preview shows the page's structure without the site's styles.
          files ??= adminFiles(site, process.env, { base, siteName, languages });
          const name = decodeURIComponent(path.slice(prefix.length)) || 'index.html';
          const file = (await files).find((f) => f.path === name);
          if (!file) return next();
          res.setHeader('Content-Type', TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
          if (name === 'index.html') res.setHeader('Content-Security-Policy', adminCspHeader(backendFromEnv()));
          res.end(file.text ?? readFileSync(file.source ?? ''));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const adminDir = join(outDir, 'admin');
        const preview = previewBuild();
        if (preview) {
          // Other previews on this host could read a sign-in made here: no CMS, only the way to the live one.
          mkdirSync(adminDir, { recursive: true });
          writeFileSync(join(adminDir, 'index.html'), previewAdminHtml(preview.live ? liveSite(preview.live).admin : undefined));
          logger.info(`Vorschau (${preview.folder}): /admin/ startet kein Redaktionssystem, es verweist auf ${preview.live ?? 'die Website'}`);
          return;
        }
        for (const file of await adminFiles(site, process.env, { previewStyle: siteStylesheet(outDir), base, siteName, languages })) {
          const target = join(adminDir, file.path);
          mkdirSync(dirname(target), { recursive: true });
          if (file.text !== undefined) writeFileSync(target, file.text);
          else copyFileSync(file.source ?? '', target);
        }
        logger.info('Redaktionssystem unter /admin/ angelegt');
        logger.info(`Header für /admin/ auf dem Webserver: Content-Security-Policy: ${adminCspHeader(backendFromEnv())}`);
      },
    },
  };
}
