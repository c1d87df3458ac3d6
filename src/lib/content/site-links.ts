// Links and images in the bodies, checked against what the build will
// publish: the route table (routes.ts) for every published entry and fixed
// page, plus the files in public/. A link to a page that does not exist, to a
// draft, to a missing image or written relative to the file ("babykorb.md")
// is an error at its line, with the address that would work where one is
// plausible. Links are checked as rendered, i.e. with the base path in front.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import type { CollectionName } from '../../schemas/index.ts';
import { routesFor } from '../routes.ts';
import { hasDates, isPublished } from './status.ts';
import { SEPARATOR } from './messages.ts';
import { didYouMean, suggestValue } from './suggest.ts';

export interface LinkedEntry {
  collection: CollectionName;
  id: string;
  data?: Record<string, unknown>;
}

export interface LinkProblem {
  line: number;
  message: string;
}

/** Every file below `dir` as a site path ("/bilder/x.jpg"); links and special files are not followed. */
function publicFiles(dir: string, prefix = '/'): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const stats = lstatSync(join(dir, name));
    if (stats.isDirectory()) files.push(...publicFiles(join(dir, name), `${prefix}${name}/`));
    else if (stats.isFile()) files.push(`${prefix}${name}`);
  }
  return files;
}

export interface SiteTargets {
  base: string;
  /** Site paths below the base, without it ("angebote/netz-cafe/", "bilder/x.jpg", "" for the home page). */
  paths: Set<string>;
  /** Pages of entries that exist but are drafts: no page yet. */
  drafts: Map<string, string>;
  /** Every page of an entry, for suggestions: path → id. */
  entryPages: Map<string, string>;
}

/** What the build will publish below `base`, from the entries and the public/ folder. */
export function siteTargets(entries: readonly LinkedEntry[], publicDir: string, base: string): SiteTargets {
  const routes = routesFor(base);
  const strip = (url: string): string => url.slice(routes.base.length);
  const fixed = [routes.home(), routes.offers(), routes.partners(), routes.events(), routes.week(), routes.search(), routes.contact(), routes.feed(), routes.searchTerms(), routes.sitemap(), routes.admin(), routes.notFound(), `${routes.base}robots.txt`,
    // Made from content/site.yaml (icon, logo) and open data from the entries.
    routes.favicon(), routes.logo(), routes.eventsFeed(), routes.openData(), routes.hsds()];
  const paths = new Set(fixed.map(strip));
  const drafts = new Map<string, string>();
  const entryPages = new Map<string, string>();
  for (const entry of entries) {
    const page = routes.entry(entry.collection, entry.id);
    if (!page) continue;
    const data = entry.data ?? {};
    if (!isPublished(data)) {
      drafts.set(strip(page), entry.id);
      continue;
    }
    paths.add(strip(page));
    entryPages.set(strip(page), entry.id);
    if (entry.collection === 'events') paths.add(strip(routes.eventCalendar(entry.id)));
    if (entry.collection === 'offers' && hasDates(data as Parameters<typeof hasDates>[0])) paths.add(strip(routes.offerCalendar(entry.id)));
  }
  for (const file of publicFiles(publicDir)) paths.add(file.slice(1));
  return { base: routes.base, paths, drafts, entryPages };
}

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/** The line of the body (in the file) where `needle` first occurs after `after`. */
function lineOfText(markdown: string, needles: readonly string[], startLine: number): number {
  const lines = markdown.split('\n');
  for (const needle of needles) {
    const index = lines.findIndex((line) => line.includes(needle));
    if (index >= 0) return startLine + index;
  }
  return startLine;
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The published page (as editors write it, without the base path) an editor plausibly meant by a file name or wrong path ("babykorb.md", "/angebote/babykorb"). */
export function suggestPage(written: string, targets: SiteTargets): string | undefined {
  const name = written.split(/[?#]/)[0]!.replace(/\/+$/, '').split('/').pop() ?? '';
  const id = name.replace(/\.(md|ya?ml|html?)$/i, '');
  if (!id) return undefined;
  const pages = [...targets.entryPages];
  const exact = pages.find(([, entryId]) => entryId === id);
  if (exact) return `/${exact[0]}`;
  const suggestion = suggestValue(id, pages.map(([, entryId]) => entryId));
  const match = suggestion && pages.find(([, entryId]) => entryId === suggestion.value);
  // Editors write site paths without the base path; the site puts it in front.
  return match ? `/${match[0]}` : undefined;
}

function suggestFile(written: string, targets: SiteTargets): string | undefined {
  const files = [...targets.paths].filter((path) => !path.endsWith('/'));
  const suggestion = suggestValue(written.replace(/^\//, ''), files);
  return suggestion ? `/${suggestion.value}` : undefined;
}

/** What is wrong with a link or image address that stays on this site, or undefined. */
function targetProblem(url: string, image: boolean, targets: SiteTargets, written: string): string | undefined {
  if (url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) return undefined;
  const what = image ? 'Bild' : 'Link';
  if (!url.startsWith('/')) {
    if (image) return undefined; // body.ts names images without a path from the site root
    const page = suggestPage(url, targets);
    const fix = page ? `so schreiben: (${page})` : 'den Pfad ab der Website schreiben, z. B. (/angebote/netz-cafe/) — der Dateiname ohne Endung ist die Kennung';
    return `${what} „${written}“ ist relativ zur Datei und führt auf der Website ins Leere${SEPARATOR}${fix}`;
  }
  const path = safeDecode(url.split(/[?#]/)[0]!);
  if (!path.startsWith(targets.base) && `${path}/` !== targets.base) {
    return `${what} „${written}“ führt aus der Website hinaus (sie liegt unter ${targets.base})${SEPARATOR}den Pfad ab der Website schreiben, z. B. /kontakt/`;
  }
  const inner = path.slice(targets.base.length);
  if (targets.paths.has(inner) || targets.paths.has(`${inner}/`) || (inner.endsWith('/') && targets.paths.has(`${inner}index.html`))) return undefined;
  const draft = targets.drafts.get(inner) ?? targets.drafts.get(`${inner}/`);
  if (draft) return `${what} „${written}“ führt zu einem Entwurf („${draft}“ hat noch „draft: true“), die Seite gibt es noch nicht${SEPARATOR}den Eintrag fertigstellen oder den Link entfernen`;
  if (image) {
    const file = suggestFile(path.slice(targets.base.length - 1), targets);
    const fix = file ? `${didYouMean({ value: file })}Sonst das Bild` : 'das Bild';
    return `Bild „${written}“ gibt es nicht${SEPARATOR}${fix} in public/${inner.split('/').slice(0, -1).join('/') || '…'} ablegen (in der Redaktion: „Medien“) oder den Pfad korrigieren`;
  }
  const page = suggestPage(inner, targets);
  const fix = page ? `${didYouMean({ value: page })}Sonst den Link entfernen` : 'Adresse auf der Website nachsehen und korrigieren, oder den Link entfernen';
  return `${what} „${written}“ führt zu keiner Seite dieser Website${SEPARATOR}${fix}`;
}

/**
 * The links and images of one rendered body that lead nowhere on the built
 * site. `markdown` and `bodyStartLine` name the line in the file.
 */
export function siteLinkProblems(html: string, markdown: string, bodyStartLine: number, targets: SiteTargets): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const visit = (node: Node): void => {
    if (isElement(node) && (node.tagName === 'a' || node.tagName === 'img')) {
      const image = node.tagName === 'img';
      const attr = node.attrs.find((a) => a.name === (image ? 'src' : 'href'));
      if (attr) {
        // The editor wrote the address without the base path the renderer put in front.
        const written = attr.value.startsWith(targets.base) && targets.base !== '/' ? `/${attr.value.slice(targets.base.length)}` : attr.value;
        const message = targetProblem(attr.value.trim(), image, targets, written);
        if (message) problems.push({ line: lineOfText(markdown, [`(${written}`, written, `"${written}"`], bodyStartLine), message });
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parseFragment(html));
  return problems;
}
