// Astro's content layer, fed by the content check: one loader per collection,
// all taking their entries from one run of checkSite(). No file is read a
// second time and no body rendered twice, so the pages show exactly what the
// check approved. With errors, a build prints the German report and stops;
// the dev server prints it and keeps the last good content, re-checking
// whenever a file below content/ changes.
import type { Loader, LoaderContext } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { SITE_ENTRY_ID } from '../../schemas/site.ts';
import { translationEntryId } from '../../schemas/translation.ts';
import { checkSite, type SiteContent } from './check.ts';
import { imageImportPath } from './images.ts';
import { errorReport, errorsOnly, formatProblem } from './messages.ts';
import { contentRoot } from './paths.ts';

/** What the store takes for one entry. */
type DataEntry = Parameters<LoaderContext['store']['set']>[0];

/** Collections of the content layer: the entry folders, their translations, the synonym list for the search, and the site's settings (one entry). */
export type LoadedCollection = CollectionName | 'translations' | 'synonyms' | 'site';

const LOADED: readonly LoadedCollection[] = [...(Object.keys(COLLECTIONS) as CollectionName[]), 'translations', 'synonyms', 'site'];

/** Astro's mark for an image of an entry that its pipeline resolves and resizes (as image() in a schema does). */
const IMAGE_IMPORT_PREFIX = '__ASTRO_IMAGE_';

/** The entry's data for the store: a photo's address ("/bilder/x.jpg") becomes the file Astro's image pipeline takes. */
function withImage(data: Record<string, unknown>, entryFile: string, root: string): Record<string, unknown> {
  const image = data['image'] as { src?: unknown } | undefined;
  if (!image || typeof image.src !== 'string') return data;
  return { ...data, image: { ...image, src: `${IMAGE_IMPORT_PREFIX}${imageImportPath(root, entryFile, image.src)}` } };
}

/** The entries a collection gets from one pass, in file order. */
function entriesOf(collection: LoadedCollection, content: SiteContent, root: string): DataEntry[] {
  if (collection === 'site') {
    return content.site ? [{ id: SITE_ENTRY_ID, data: { ...content.site } as unknown as Record<string, unknown> }] : [];
  }
  if (collection === 'synonyms') {
    // The id is the position in the file; readers sort by it. Another language's list (synonyms.en.yaml): "en:1".
    return [
      ...content.lists.synonyms.map((data, index) => ({ id: String(index + 1), data: { ...data } })),
      ...Object.entries(content.lists.languageSynonyms).flatMap(([lang, list]) => list.map((data, index) => ({ id: `${lang}:${index + 1}`, data: { ...data } }))),
    ];
  }
  if (collection === 'translations') {
    return content.translations
      .filter((translation) => translation.data)
      .map((translation) => {
        const data = translation.data as Record<string, unknown>;
        return {
          id: translationEntryId(String(data['kind']), translation.id, translation.lang),
          data,
          filePath: translation.file.file,
          ...(translation.file.extension === 'md' ? { body: translation.file.body } : {}),
          ...(translation.rendered ? { rendered: translation.rendered } : {}),
        };
      });
  }
  return content.entries
    .filter((entry) => entry.collection === collection && entry.data)
    .map((entry) => ({
      id: entry.id,
      data: withImage(entry.data as Record<string, unknown>, entry.file.file, root),
      filePath: entry.file.file,
      ...(entry.file.extension === 'md' ? { body: entry.file.body } : {}),
      ...(entry.rendered ? { rendered: entry.rendered } : {}),
    }));
}

function store(collection: LoadedCollection, context: LoaderContext, content: SiteContent, root: string): void {
  // Cleared and refilled: no entry of an earlier build's cache survives a deletion.
  context.store.clear();
  for (const entry of entriesOf(collection, content, root)) {
    context.store.set({ ...entry, digest: context.generateDigest({ data: entry.data, html: entry.rendered?.html ?? '' }) });
  }
}

/** Prints warnings and errors; true when the content may be published. */
function report(content: SiteContent, context: LoaderContext): boolean {
  for (const warning of content.problems.filter((p) => p.severity === 'warning')) context.logger.warn(formatProblem(warning));
  const errors = errorsOnly(content.problems);
  if (errors.length === 0) return true;
  if (!context.watcher) {
    // A build (or `astro check`): the report and nothing else, then a clean failure. Nothing is published half-right.
    process.stderr.write(`\n${errorReport(errors)}\n`);
    process.exit(1);
  }
  context.logger.error(`${errorReport(errors)}\n(Die Vorschau zeigt den letzten fehlerfreien Stand.)`);
  return false;
}

/** One loader per collection, sharing each run of the content check. */
export function contentLoaders(root: string = contentRoot()): Record<LoadedCollection, Loader> {
  const contexts = new Map<LoadedCollection, LoaderContext>();
  // The current pass and the collections that have taken their entries from it.
  let pass: { content: Promise<SiteContent>; taken: Set<LoadedCollection>; publishable?: Promise<boolean> } | undefined;
  let watching = false;

  const run = (context: LoaderContext) => checkSite(root, { base: context.config.base });

  const recheck = async (context: LoaderContext): Promise<void> => {
    const content = await run(context);
    if (!report(content, context)) return;
    for (const [collection, each] of contexts) store(collection, each, content, root);
    context.logger.info('Inhalt neu geprüft und geladen');
  };

  const watch = (context: LoaderContext): void => {
    const watcher = context.watcher;
    if (!watcher || watching) return;
    watching = true;
    watcher.add(root);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = (path: string): void => {
      if (!path.startsWith(root)) return;
      clearTimeout(timer);
      // Editors save several files at once (or an editor writes twice): check once they are done.
      timer = setTimeout(() => void recheck(context), 100);
    };
    for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, changed);
  };

  const loader = (collection: LoadedCollection): Loader => ({
    name: 'checked-content',
    load: async (context) => {
      contexts.set(collection, context);
      // Astro syncs all collections at once: the first of them starts a pass, the others share it.
      if (!pass || pass.taken.has(collection)) {
        const content = run(context);
        pass = { content, taken: new Set(), publishable: content.then((c) => report(c, context)) };
      }
      pass.taken.add(collection);
      const current = pass;
      // A build loads each collection once: once all have taken their entries, the pass (every
      // file's YAML document, a few hundred MB at 10,000 entries) need not live on while pages render.
      if (!context.watcher && current.taken.size === LOADED.length) pass = undefined;
      const content = await current.content;
      if (await current.publishable) store(collection, context, content, root);
      watch(context);
    },
  });

  return Object.fromEntries(LOADED.map((collection) => [collection, loader(collection)])) as Record<LoadedCollection, Loader>;
}
