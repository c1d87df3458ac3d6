// Builds the Pagefind search index into dist/pagefind/ after Astro has
// written the pages, through Pagefind's Node API (no extra CLI step). It only
// indexes what the templates wrote: which pages count, their kind, filters,
// description and the families' words at low weight are all data-pagefind-*
// attributes in the HTML (BaseLayout, SearchTerms). No content is read here.
// The benchmark sets SKIP_PAGEFIND=1 and calls buildSearchIndex() itself, so
// it can time (and measure the memory of) Astro and Pagefind separately.
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes every page of outDir that has data-pagefind-body. */
export async function buildSearchIndex(outDir: string): Promise<{ pages: number }> {
  // One index per <html lang>: each language's search page searches that language's pages.
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
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
