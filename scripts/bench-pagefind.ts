// Indexes a built site with Pagefind in its own process, so the benchmark can
// time it and measure its memory apart from Astro: bench-pagefind.ts DIST_DIR
import { buildSearchIndex } from '../src/integrations/pagefind.ts';

const dir = process.argv[2];
if (!dir) throw new Error('Aufruf: bench-pagefind.ts DIST_DIR');
const { pages } = await buildSearchIndex(dir);
console.log(`Suchindex: ${pages} Seiten`);
