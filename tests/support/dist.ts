// Reads the built site in dist/ for build and browser tests. Where the site
// is published (address and base path) is read from the build itself, so the
// tests hold for the default build and for SITE_URL/BASE_PATH as CI sets them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { routesFor, type Routes } from '../../src/lib/routes.ts';

export const DIST = join(process.cwd(), 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ fehlt: erst `npm run build` ausführen (npm test tut das selbst)');
  }
}

export interface Deployment {
  /** The home page's address, base path included: "https://example.org/familie/". */
  site: URL;
  /** "/" or "/familie/". */
  base: string;
  /** The site's URL table for this base path. */
  routes: Routes;
}

let deployment: Deployment | undefined;

/** Where the build in dist/ is published: its home page names itself in its canonical link. */
export function builtDeployment(): Deployment {
  if (!deployment) {
    assertBuilt();
    const canonical = load(readFileSync(join(DIST, 'index.html'), 'utf8'))('link[rel="canonical"]').attr('href');
    if (!canonical) throw new Error('dist/index.html hat keinen kanonischen Link');
    const site = new URL(canonical);
    deployment = { site, base: site.pathname, routes: routesFor(site.pathname) };
  }
  return deployment;
}

/** The language of a built page: its <html lang>. */
export function pageLanguage(path: string): string {
  // Only the <html> start tag is needed: parsing the whole page for it made loops over every
  // page of every language parse each page two or three times (a test took a minute under load).
  const head = readFileSync(fileForPath(path), 'utf8').slice(0, 2048);
  const tag = /<html\b[^>]*>/i.exec(head)?.[0];
  if (!tag) return readPage(path)('html').attr('lang') ?? '';
  return /\slang=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag)?.slice(1).find((v) => v !== undefined) ?? '';
}

/** The site's default language: that of its home page (published at the base path). */
export function defaultLanguage(): string {
  return pageLanguage(builtDeployment().base);
}

/** The URL table in the language of a built page: /en/… pages link to /en/… pages. */
export function routesOfPage(path: string): Routes {
  const lang = path === builtDeployment().routes.notFound() ? defaultLanguage() : pageLanguage(path);
  return routesFor(builtDeployment().base, lang === defaultLanguage() ? '' : lang);
}

/** Every file below dir (recursively), as paths. */
export function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

/** A built file as text a search engine, calendar app or visitor would read. */
export function readOutput(file: string): string {
  const bytes = readFileSync(file);
  // Pagefind's index and fragments are gzip-compressed.
  if (/\.pf_\w+$/.test(file)) return gunzipSync(bytes).toString('latin1') + gunzipSync(bytes).toString('utf8');
  // Calendar lines are folded at 75 octets and commas escaped: unfold and unescape first.
  if (file.endsWith('.ics')) return bytes.toString('utf8').replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1');
  return bytes.toString('utf8');
}

/** Every HTML page as the path a visitor opens ("/familie/angebote/…/"), except Pagefind's and the CMS's files. */
export function htmlPages(): string[] {
  const { base } = builtDeployment();
  return filesBelow(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(DIST, file).split(sep).join('/'))
    .filter((file) => !file.startsWith('pagefind/') && !file.startsWith('admin/'))
    .map((file) => (file === '404.html' ? file : file.replace(/index\.html$/, '')))
    .map((file) => `${base}${file}`)
    .sort();
}

/** The file in dist/ for a path the visitor opens (base path included). */
export function fileForPath(path: string): string {
  const { base } = builtDeployment();
  if (!path.startsWith(base)) throw new Error(`${path} liegt nicht unter dem Basispfad ${base}`);
  const inside = decodeURIComponent(path.slice(base.length));
  if (inside.endsWith('.html') || /\.[a-z0-9]+$/.test(inside)) return join(DIST, inside);
  return join(DIST, inside, 'index.html');
}

export function readPage(path: string): CheerioAPI {
  return load(readFileSync(fileForPath(path), 'utf8'));
}

export function distFiles(): string[] {
  assertBuilt();
  return filesBelow(DIST).map((file) => relative(DIST, file).split(sep).join('/'));
}

/** Every URL path listed in the built sitemap (base path included). */
export function sitemapPaths(): string[] {
  const { routes } = builtDeployment();
  const index = readFileSync(fileForPath(routes.sitemap()), 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  return sitemaps
    .flatMap((sitemap) => [...readFileSync(fileForPath(sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
    .map((m) => new URL(m[1] ?? '').pathname)
    .sort();
}
