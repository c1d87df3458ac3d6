// No broken internal link: every href/src on every built page that stays on
// the site (relative, or absolute on the configured SITE_URL) must reach a
// file in dist/, and every #fragment must name an id on the target page.
// Links to other hosts are not fetched (no network in tests); the privacy
// test makes sure none of them is loaded by the page itself.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtDeployment, htmlPages, readPage } from '../support/dist.ts';
import { offers } from '../support/content.ts';

const { routes, site: SITE, base } = builtDeployment();
const pages = htmlPages();
const idCache = new Map<string, Set<string>>();

function idsOf(path: string): Set<string> {
  let ids = idCache.get(path);
  if (!ids) {
    const $ = readPage(path);
    ids = new Set($('[id]').map((_, el) => $(el).attr('id') ?? '').get());
    idCache.set(path, ids);
  }
  return ids;
}

/** The dist/ file a site path is served from, as the static server does it below the base path. */
function targetFile(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const decoded = `/${decodeURIComponent(pathname.slice(base.length))}`;
  const candidates = decoded.endsWith('/') ? [join(DIST, decoded, 'index.html')] : [join(DIST, decoded), join(DIST, `${decoded}.html`)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

interface Problem {
  page: string;
  link: string;
  why: string;
}

function checkPage(page: string): { checked: number; problems: Problem[] } {
  const $ = readPage(page);
  const pageUrl = new URL(page, SITE);
  const problems: Problem[] = [];
  let checked = 0;
  $('a[href], link[href], script[src], img[src], source[src], form[action]').each((_, el) => {
    const raw = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
    if (/^(mailto|tel):/.test(raw)) return;
    const url = new URL(raw, pageUrl);
    if (url.origin !== SITE.origin) return;
    checked++;
    const file = targetFile(url.pathname);
    if (!file) {
      problems.push({ page, link: raw, why: 'Ziel fehlt in dist/' });
      return;
    }
    if (url.hash && file.endsWith('.html')) {
      const targetPage = url.pathname.endsWith('.html') ? url.pathname : url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsOf(targetPage).has(id)) problems.push({ page, link: raw, why: `kein Element mit id="${id}"` });
    }
  });
  return { checked, problems };
}

describe('internal links', () => {
  it('reach an existing page, file and fragment from every page', () => {
    let checked = 0;
    const problems: Problem[] = [];
    for (const page of pages) {
      const result = checkPage(page);
      checked += result.checked;
      problems.push(...result.problems);
    }
    expect(problems.map((p) => `${p.page}: ${p.link} – ${p.why}`)).toEqual([]);
    // Header, footer and breadcrumbs alone give each page more than ten links.
    expect(checked).toBeGreaterThan(pages.length * 10);
  });

  it('would notice a missing page and a missing fragment', () => {
    expect(targetFile(routes.offer('gibt-es-nicht'))).toBeUndefined();
    expect(targetFile(routes.offer(offers[0]!.id))).toBeDefined();
    expect(idsOf(routes.home()).has('inhalt')).toBe(true);
    expect(idsOf(routes.home()).has('gibt-es-nicht')).toBe(false);
    if (base !== '/') expect(targetFile(`/angebote/${offers[0]!.id}/`), 'a link that forgets the base path').toBeUndefined();
  });
});
