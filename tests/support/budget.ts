// What a page costs a visitor: the HTML plus every file it makes the browser
// fetch (CSS, JS, images, fonts, icon), read from dist/ as the server sends it
// (uncompressed).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import { fileForPath } from './dist.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'image' | 'font' | 'other';

export interface Resource {
  url: string;
  kind: ResourceKind;
  bytes: number;
}

export interface PageWeight {
  path: string;
  resources: Resource[];
  total: number;
  byKind: Record<ResourceKind, number>;
  /** URLs on another host (or protocol-relative): nothing may load from there. */
  external: string[];
  /** Requests that hold up the first render (stylesheets, classic scripts in <head>). */
  renderBlocking: string[];
}

function kindOf(url: string): ResourceKind {
  const path = url.split(/[?#]/)[0] ?? url;
  if (/\.css$/.test(path)) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.(woff2?|ttf|otf|eot)$/.test(path)) return 'font';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(path)) return 'image';
  return 'other';
}

export function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? !/^data:/i.test(url) : url.startsWith('//');
}

function fileBytes(url: string): number {
  const file = fileForPath(url.split(/[?#]/)[0] ?? url);
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${url} fehlt in dist/`);
  return statSync(file).size;
}

/** URLs a page's markup makes the browser fetch on load. */
export function requestedUrls($: CheerioAPI): { url: string; blocking: boolean }[] {
  const urls: { url: string; blocking: boolean }[] = [];
  $('link[href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.some((r) => ['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'preconnect', 'dns-prefetch'].includes(r))) {
      urls.push({ url: $(el).attr('href')!, blocking: rel.includes('stylesheet') && !$(el).attr('media')?.includes('print') });
    }
  });
  $('script[src]').each((_, el) => {
    const classic = !$(el).attr('type') || $(el).attr('type') === 'text/javascript';
    const blocking = classic && $(el).attr('async') === undefined && $(el).attr('defer') === undefined;
    urls.push({ url: $(el).attr('src')!, blocking });
  });
  $('img[src], iframe[src], video[src], audio[src], source[src], embed[src], object[data]').each((_, el) => {
    urls.push({ url: $(el).attr('src') ?? $(el).attr('data')!, blocking: false });
  });
  $('img[srcset], source[srcset]').each((_, el) => {
    for (const candidate of ($(el).attr('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push({ url, blocking: false });
    }
  });
  return urls;
}

/**
 * Fonts of a stylesheet's @font-face rules that a page in `lang` never asks for: a browser fetches a
 * font only when an element's font-family names it, and this site names a script's font only under
 * :root[lang='…'] of that script's language (an Arabic font on Arabic pages).
 */
export function unusedFontUrls(css: string, lang: string): Set<string> {
  const unused = new Set<string>();
  for (const face of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const family = /font-family:\s*['"]?([^;'"]+)['"]?/.exec(face[1]!)?.[1]?.trim();
    if (!family) continue;
    const uses = [...css.replace(/@font-face\s*\{[^}]*\}/g, '').matchAll(/([^{}]+)\{([^}]*)\}/g)].filter((rule) => rule[2]!.includes(family));
    const usedHere = uses.some((rule) => {
      const langs = [...rule[1]!.matchAll(/\[lang=['"]?([\w-]+)['"]?\]/g)].map((m) => m[1]);
      return langs.length === 0 || langs.includes(lang);
    });
    if (!usedHere) for (const url of cssUrls(face[0])) unused.add(url);
  }
  return unused;
}

/** url(...) references and @imports inside a stylesheet (fonts, background images). */
export function cssUrls(css: string): string[] {
  const found = [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!);
  const imports = [...css.matchAll(/@import\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!);
  return [...found, ...imports].filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}

export function pageWeight(path: string): PageWeight {
  const htmlFile = fileForPath(path);
  const html = readFileSync(htmlFile, 'utf8');
  const $ = load(html);
  const resources: Resource[] = [{ url: path, kind: 'html', bytes: statSync(htmlFile).size }];
  const external: string[] = [];
  const renderBlocking: string[] = [];
  const seen = new Set<string>();
  const add = (url: string, blocking: boolean) => {
    if (isExternal(url)) {
      external.push(url);
      if (blocking) renderBlocking.push(url);
      return;
    }
    if (blocking) renderBlocking.push(url);
    if (seen.has(url)) return;
    seen.add(url);
    const kind = kindOf(url);
    resources.push({ url, kind, bytes: fileBytes(url) });
    if (kind === 'css') {
      const css = readFileSync(fileForPath(url), 'utf8');
      const unused = unusedFontUrls(css, $('html').attr('lang') ?? '');
      for (const ref of cssUrls(css).filter((u) => !unused.has(u))) add(ref.startsWith('/') || isExternal(ref) ? ref : new URL(ref, `http://x${url}`).pathname, false);
    }
  };
  for (const { url, blocking } of requestedUrls($)) add(url, blocking);
  const byKind: Record<ResourceKind, number> = { html: 0, css: 0, js: 0, image: 0, font: 0, other: 0 };
  for (const r of resources) byKind[r.kind] += r.bytes;
  // Inline scripts run on the page too (JSON-LD is data, not code).
  $('script:not([src])').each((_, el) => {
    const type = $(el).attr('type');
    if (type === 'application/ld+json' || type === 'application/json') return;
    byKind.js += Buffer.byteLength($(el).html() ?? '');
  });
  return { path, resources, total: resources.reduce((sum, r) => sum + r.bytes, 0), byKind, external, renderBlocking };
}

export interface ImageProblem {
  src: string;
  problem: string;
}

/**
 * Every <img> must come out of Astro's image pipeline: /_astro/, sized, lazy, WebP or AVIF. The one
 * exception is the site's logo: a small vector drawing from content/site.yaml, checked by the content
 * check, at the top of every page (so not lazy) — it still needs its size.
 */
export function imageProblems($: CheerioAPI, logo?: string): ImageProblem[] {
  const problems: ImageProblem[] = [];
  $('img').each((_, el) => {
    const img = $(el);
    const src = img.attr('src') ?? '';
    if (logo && src === logo) {
      if (!img.attr('width') || !img.attr('height')) problems.push({ src, problem: 'width/height fehlen' });
      return;
    }
    if (!/^\/(?:[^/]+\/)*_astro\//.test(src)) problems.push({ src, problem: 'nicht aus Astros Bild-Pipeline (/_astro/)' });
    if (!/\.(webp|avif)$/i.test(src) && !img.closest('picture').find('source[type="image/avif"], source[type="image/webp"]').length) {
      problems.push({ src, problem: 'kein modernes Format (WebP/AVIF)' });
    }
    if (!img.attr('width') || !img.attr('height')) problems.push({ src, problem: 'width/height fehlen' });
    if (img.attr('loading') !== 'lazy') problems.push({ src, problem: 'loading="lazy" fehlt' });
  });
  return problems;
}
