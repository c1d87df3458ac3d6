// Builds the Pagefind search index into dist/pagefind/ after Astro has
// written the pages, through Pagefind's Node API (no extra CLI step).
// The benchmark sets SKIP_PAGEFIND=1 and calls buildSearchIndex() itself, so
// it can time (and measure the memory of) Astro and Pagefind separately.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'familiennetz:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['SKIP_PAGEFIND'] === '1') {
          logger.info('Suchindex übersprungen (SKIP_PAGEFIND=1)');
          return;
        }
        const started = performance.now();
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Suchindex: ${pages} Seiten in ${seconds} s`);
      },
    },
  };
}
