// Builds the Pagefind search index into dist/pagefind/ after Astro has
// written the pages, through Pagefind's Node API (no extra CLI step). Each
// indexed page is handed over with the words families type added at low
// weight (keywords, synonyms, compound parts) and, for offers, its filters.
// It also writes the list of known words the search page suggests from.
// The benchmark sets SKIP_PAGEFIND=1 and calls buildSearchIndex() itself, so
// it can time (and measure the memory of) Astro and Pagefind separately.
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkContentOnce } from '../lib/content/check.ts';
import { contentRoot } from '../lib/content/paths.ts';
import { readSynonyms } from '../lib/search/files.ts';
import { entryPath, entryText, htmlForIndex, offerFilters, type IndexAdditions } from '../lib/search/index-additions.ts';
import { buildLexicon, expandSearchTerms, knownTerms } from '../lib/search/terms.ts';
import type { Offer } from '../schemas/offer.ts';
import { AUDIENCES, TOPICS } from '../schemas/vocabulary.ts';

export const KNOWN_TERMS_FILE = 'suche/begriffe.json';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function urlPathOf(outDir: string, file: string): string {
  const rel = relative(outDir, file).split(sep).join('/');
  return `/${rel.replace(/index\.html$/, '')}`;
}

/** Additions per URL path, from the same validated content the pages came from. */
function planAdditions(root: string): { additions: Map<string, IndexAdditions>; known: string[] } {
  const { entries } = checkContentOnce(root);
  const synonyms = readSynonyms(root);
  const published = entries.filter((e) => e.data && e.data['draft'] !== true);
  const texts = published.map((e) => entryText(e.data ?? {}, e.file.body));
  const lexicon = buildLexicon([...texts, ...synonyms.flatMap((s) => [s.term, ...s.words])]);
  const additions = new Map<string, IndexAdditions>();
  const knownSources: string[] = [...TOPICS, ...AUDIENCES, ...synonyms.flatMap((s) => [s.term, ...s.words])];
  published.forEach((entry, i) => {
    const path = entryPath(entry.collection, entry.id);
    const data = entry.data ?? {};
    if (!path) return;
    const keywords = Array.isArray(data['keywords']) ? (data['keywords'] as string[]) : [];
    const terms = expandSearchTerms({ text: texts[i] ?? '', keywords }, synonyms, lexicon);
    const filters = entry.collection === 'offers' ? offerFilters(data as unknown as Offer) : {};
    additions.set(path, { keywords: terms.keywords, words: terms.added, filters });
    knownSources.push(String(data['title'] ?? data['name'] ?? ''), ...keywords);
  });
  return { additions, known: knownTerms(knownSources) };
}

/** Indexes every page with data-pagefind-body in outDir and writes the known-words list. */
export async function buildSearchIndex(outDir: string, root = contentRoot()): Promise<{ pages: number; known: number }> {
  const { additions, known } = planAdditions(root);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'de' });
  if (!index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`);
  let pages = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const content = htmlForIndex(html, additions.get(urlPathOf(outDir, file)) ?? { keywords: [], words: [], filters: {} });
    const added = await index.addHTMLFile({ sourcePath: relative(outDir, file).split(sep).join('/'), content });
    if (added.errors.length) throw new Error(`Pagefind (${file}): ${added.errors.join('; ')}`);
    pages++;
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  mkdirSync(join(outDir, 'suche'), { recursive: true });
  writeFileSync(join(outDir, KNOWN_TERMS_FILE), JSON.stringify(known));
  return { pages, known: known.length };
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
        const { pages, known } = await buildSearchIndex(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Suchindex: ${pages} Seiten, ${known} bekannte Suchwörter in ${seconds} s`);
      },
    },
  };
}
