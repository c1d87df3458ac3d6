// Builds the Pagefind search index into dist/pagefind/ after Astro has
// written the pages, through Pagefind's Node API (no extra CLI step).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'familiennetz:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Suchindex: ${added.page_count} Seiten in ${seconds} s`);
      },
    },
  };
}
