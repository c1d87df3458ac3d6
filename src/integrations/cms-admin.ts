// Puts the editors' CMS at /admin/: Sveltia CMS from node_modules (never a
// CDN), its config generated from the schemas, and a static index.html. It is
// written after Pagefind has indexed the site, and it is no Astro page, so it
// stays out of the search index and the sitemap.
import type { AstroIntegration } from 'astro';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adminHtml, backendFromEnv, cmsConfigYaml } from '../lib/editor/cms-config.ts';

const require = createRequire(import.meta.url);

// Sveltia's stylesheet loads three fonts from a CDN. Nothing may load from
// another host, so the same font files come from the fontsource packages on
// npm and the three URLs in the script point at them. A new Sveltia version
// with other URLs fails the build here instead of silently using the CDN.
export const ADMIN_FONTS = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    file: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    file: '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    file: '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
  },
] as const;

const SCRIPT = 'sveltia-cms.js';
/** The template literal that builds Sveltia's locale URL on the CDN (names are minified). */
const LOCALES_CDN = /`\$\{\w+\}@\$\{\w+\}\/locales`/;

function localesDir(): string {
  return join(dirname(dirname(require.resolve('@sveltia/cms'))), 'locales');
}

function fontName(file: string): string {
  return file.split('/').pop() ?? file;
}

/** Sveltia's browser build with its font URLs pointing at /admin/fonts/. */
export function sveltiaScript(): string {
  // The package exports only its npm entry (npm/index.js); the browser build sits beside it in dist/.
  const path = join(dirname(dirname(require.resolve('@sveltia/cms'))), 'dist', SCRIPT);
  let script = readFileSync(path, 'utf8');
  for (const font of ADMIN_FONTS) {
    if (!script.includes(font.cdn)) {
      throw new Error(`Sveltia CMS lädt die Schrift nicht mehr von ${font.cdn} — ADMIN_FONTS in src/integrations/cms-admin.ts anpassen`);
    }
    script = script.replaceAll(font.cdn, `fonts/${fontName(font.file)}`);
  }
  // Sveltia fetches its interface strings for the browser's language (German for
  // every editor here) from a CDN and retries forever when that is refused, so
  // the CMS never starts. The package ships the same files: serve them from /admin/locales/.
  if (!LOCALES_CDN.test(script)) {
    throw new Error('Sveltia CMS lädt seine Sprachdateien nicht mehr wie erwartet — LOCALES_CDN in src/integrations/cms-admin.ts anpassen');
  }
  return script.replace(LOCALES_CDN, '`locales`');
}

/** The generated files of /admin/ (the fonts are copied as they are). */
export function adminFiles(site: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const backend = backendFromEnv(env);
  return {
    'index.html': adminHtml(backend),
    'config.yml': cmsConfigYaml({ backend, siteUrl: site }),
    [SCRIPT]: sveltiaScript(),
  };
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'application/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  woff2: 'font/woff2',
  json: 'application/json; charset=utf-8',
};

export function cmsAdmin(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'familiennetz:cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        // The dev server serves the same files, so editors can try the CMS with "Work with Local Repository".
        const prefix = `${base.replace(/\/$/, '')}/admin/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length) || 'index.html';
          const font = ADMIN_FONTS.find((f) => `fonts/${fontName(f.file)}` === name);
          const locale = /^locales\/[A-Za-z-]+\.json$/.test(name) ? join(localesDir(), name.slice('locales/'.length)) : undefined;
          const body = font
            ? readFileSync(require.resolve(font.file))
            : locale && existsSync(locale)
              ? readFileSync(locale)
              : adminFiles(site)[name];
          if (body === undefined) return next();
          res.setHeader('Content-Type', TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
          res.end(body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const adminDir = join(fileURLToPath(dir), 'admin');
        mkdirSync(join(adminDir, 'fonts'), { recursive: true });
        for (const [name, body] of Object.entries(adminFiles(site))) writeFileSync(join(adminDir, name), body);
        for (const font of ADMIN_FONTS) copyFileSync(require.resolve(font.file), join(adminDir, 'fonts', fontName(font.file)));
        cpSync(localesDir(), join(adminDir, 'locales'), { recursive: true });
        logger.info('Redaktionssystem unter /admin/ angelegt');
      },
    },
  };
}
