// Builds the service worker /sw.js after Astro has written the site: Workbox's own modules
// (src/offline/worker.ts) bundled by esbuild, then workbox-build's injectManifest writes the
// list of files to precache, each with a hash of its content, so a new build replaces exactly
// what changed. (@vite-pwa/astro, the usual integration, supports Astro up to 5, not 7.)
// What is precached is deliberately small – the visitor asked to keep the site for the road,
// not to download every page in every language; pages are kept as they are opened.
import type { AstroIntegration } from 'astro';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';

/** Files every language needs offline, relative to the output folder, for the language prefixes given. */
export function precachePatterns(prefixes: readonly string[]): string[] {
  return [
    // The stylesheet and the scripts of the pages (not the CMS, which lives below /admin/).
    '_astro/*.css',
    '_astro/*.js',
    'favicon.svg',
    'logo.svg',
    ...prefixes.flatMap((prefix) => [`${prefix}offline/index.html`, `${prefix}manifest.webmanifest`, `${prefix}merkliste/eintraege.json`]),
  ];
}

export function offlineWorker(base: string, languages: readonly string[]): AstroIntegration {
  const others = languages.slice(1);
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    name: 'site:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const temp = await mkdtemp(join(tmpdir(), 'sw-'));
        try {
          const bundled = await build({
            entryPoints: [fileURLToPath(new URL('../offline/worker.ts', import.meta.url))],
            bundle: true,
            format: 'iife',
            minify: true,
            write: false,
            target: 'es2020',
            legalComments: 'none',
            define: {
              OFFLINE_BASE: JSON.stringify(root),
              OFFLINE_LANGUAGES: JSON.stringify(others),
              'process.env.NODE_ENV': '"production"',
            },
          });
          const source = join(temp, 'sw.js');
          await writeFile(source, bundled.outputFiles[0]!.text);
          const { count, size, warnings } = await injectManifest({
            swSrc: source,
            swDest: join(out, 'sw.js'),
            globDirectory: out,
            globPatterns: precachePatterns(['', ...others.map((code) => `${code}/`)]),
            // Files below the base path are served below it.
            modifyURLPrefix: { '': root },
            // Hashed file names need no revision of their own.
            dontCacheBustURLsMatching: /\/_astro\//,
            maximumFileSizeToCacheInBytes: 512 * 1024,
          });
          for (const warning of warnings) logger.warn(warning);
          logger.info(`Service Worker: ${count} Dateien (${Math.round(size / 1024)} KB) zum Mitnehmen`);
        } finally {
          await rm(temp, { recursive: true, force: true });
        }
      },
    },
  };
}
