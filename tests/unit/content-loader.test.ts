// Astro's content layer gets its entries from one run of the content check:
// the loaders are driven here with a stand-in for Astro's loader context.
import { EventEmitter } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentLoaders, type LoadedCollection } from '../../src/lib/content/loader.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'loader-'));
  cpSync(VALID, root, { recursive: true });
  return root;
}

interface Fake {
  context: LoaderContext;
  entries: Map<string, { id: string; data: Record<string, unknown>; rendered?: { html: string } }>;
  errors: string[];
}

function fakeContext(collection: LoadedCollection, watcher?: EventEmitter & { add(path: string): void }): Fake {
  const entries: Fake['entries'] = new Map();
  const errors: string[] = [];
  const store = {
    clear: () => entries.clear(),
    set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
  };
  const logger = { warn: () => {}, info: () => {}, error: (message: string) => errors.push(message) };
  const context = {
    collection,
    store,
    logger,
    config: { base: '/familie/' },
    generateDigest: (value: unknown) => JSON.stringify(value).length.toString(36),
    ...(watcher ? { watcher } : {}),
  } as unknown as LoaderContext;
  return { context, entries, errors };
}

afterEach(() => vi.restoreAllMocks());

describe('content loaders', () => {
  it('fill every collection from one pass: validated data with defaults, and the body rendered for the base path', async () => {
    const root = tree();
    writeFileSync(join(root, 'pages/ueber-uns.md'), '---\ntitle: Über uns\ndescription: Wer wir sind und was wir für Familien tun.\n---\nSiehe [Kontakt](/kontakt/).\n');
    const loaders = contentLoaders(root);
    const offers = fakeContext('offers');
    const pages = fakeContext('pages');
    await Promise.all([loaders.offers.load(offers.context), loaders.pages.load(pages.context)]);
    const offer = offers.entries.get('netz-cafe');
    expect(offer?.data['status']).toBe('aktiv');
    expect(offer?.data['draft']).toBe(false);
    expect(pages.entries.get('ueber-uns')?.rendered?.html).toContain('href="/familie/kontakt/"');
  });

  it('stop a build with the German report and nothing else when the content has an error', async () => {
    const root = tree();
    writeFileSync(join(root, 'offers/kaputt.md'), '---\ntitle: Kaputt\n---\n');
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (written.push(String(chunk)), true));
    const offers = fakeContext('offers');
    await contentLoaders(root).offers.load(offers.context);
    expect(exit).toHaveBeenCalledWith(1);
    expect(written.join('')).toMatch(/Fehler im Inhalt – die Seite wird nicht gebaut:\n.*offers\/kaputt\.md:2: summary: Pflichtfeld fehlt/);
  });

  it('in the dev server: report errors, keep the last good content, and load again when a file changes', async () => {
    const root = tree();
    const watcher = Object.assign(new EventEmitter(), { add: () => {} });
    const offers = fakeContext('offers', watcher);
    await contentLoaders(root).offers.load(offers.context);
    expect(offers.entries.get('netz-cafe')?.data['title']).toBe('Netz-Café');

    const file = join(root, 'offers/netz-cafe.md');
    writeFileSync(file, '---\ntitle: X\n---\n');
    watcher.emit('change', file);
    await vi.waitFor(() => expect(offers.errors.join('\n')).toMatch(/Fehler im Inhalt/), { timeout: 5_000 });
    expect(offers.entries.get('netz-cafe')?.data['title']).toBe('Netz-Café');

    writeFileSync(file, readFileSync(join(VALID, 'offers/netz-cafe.md'), 'utf8').replace(/^title: .*$/m, 'title: Netz-Café am Donnerstag'));
    watcher.emit('change', file);
    await vi.waitFor(() => expect(offers.entries.get('netz-cafe')?.data['title']).toBe('Netz-Café am Donnerstag'), { timeout: 5_000 });
  });
});
