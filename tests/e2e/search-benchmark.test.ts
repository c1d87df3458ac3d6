// The query benchmark: realistic family queries from content/search-queries.yaml,
// each typed into the real search page in Chromium against the built index -
// a sample with `lang` on that language's search page (/en/suche/), expecting
// that language's page. Every query must bring its page into the top 3; the
// summary counts the hits per language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { searchQueries as queries, site } from '../support/content.ts';
import { builtDeployment } from '../support/dist.ts';
import { topResults } from '../support/search.ts';

const { routes } = builtDeployment();
const browser = useBrowser();
const defaultLanguage = site.languages[0] ?? 'de';
let context: BrowserContext;
let page: Page;
const hits = new Map<string, { lang: string; found: boolean }>();

/** A site path ("/angebote/babykorb/") in a language: the default language without a prefix. */
function inLanguage(path: string, lang: string): string {
  return routes.href(lang === defaultLanguage ? path : `/${lang}${path}`);
}

beforeAll(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(() => {
  const languages = [...new Set([...hits.values()].map((h) => h.lang))];
  const counts = languages.map((lang) => {
    const own = [...hits.values()].filter((h) => h.lang === lang);
    return `${lang} ${own.filter((h) => h.found).length}/${own.length}`;
  });
  console.log(`Suchprobe (erwartete Seite unter den ersten 3): ${counts.join(', ')}`);
});

describe('search benchmark (content/search-queries.yaml)', () => {
  it('has queries to run', () => {
    expect(queries.length).toBeGreaterThan(0);
  });

  for (const { query, expect: target, lang = defaultLanguage } of queries) {
    // The file names pages as the site's own (German) paths; the build may live below a base path.
    const expected = inLanguage(target, lang);
    const searchPage = inLanguage('/suche/', lang);
    it(`${lang}: „${query}“ finds ${target} in the top 3`, async () => {
      const top = await topResults(page, browser.url(searchPage), query);
      hits.set(`${lang}:${query}`, { lang, found: top.slice(0, 3).includes(expected) });
      expect(top.slice(0, 3), `Treffer: ${top.join(', ')}`).toContain(expected);
    });
  }
});
