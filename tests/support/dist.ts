// Reads the built site in dist/ for build-output tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export const DIST = join(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ fehlt: erst `npm run build` ausführen (npm test tut das selbst)');
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Every HTML page of the site as its URL path ("/angebote/netz-cafe/"), except Pagefind's and the CMS's files. */
export function htmlPages(): string[] {
  assertBuilt();
  return walk(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(DIST, file).split(sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/') && !file.startsWith('admin/'))
    .map((file) => `/${file.replace(/index\.html$/, '').replace(/\.html$/, '/')}`)
    .map((path) => (path === '/404/' ? '/404.html' : path))
    .sort();
}

export function fileForPath(path: string): string {
  if (path.endsWith('.html')) return join(DIST, path);
  return join(DIST, path, 'index.html');
}

export function readPage(path: string): CheerioAPI {
  return load(readFileSync(fileForPath(path), 'utf8'));
}

export function distFiles(): string[] {
  assertBuilt();
  return walk(DIST).map((file) => relative(DIST, file).split(sep).join('/'));
}

/** Every URL path listed in the built sitemap ("/", "/angebote/", ...). */
export function sitemapPaths(): string[] {
  assertBuilt();
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  return sitemaps
    .flatMap((sitemap) => [...readFileSync(join(DIST, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
    .map((m) => new URL(m[1] ?? '').pathname)
    .sort();
}
