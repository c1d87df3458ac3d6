// The query benchmark: realistic family queries from content/search-queries.yaml,
// each typed into the real search page in Chromium against the built index.
// Every query must bring its page into the top 3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { searchQueries as queries } from '../support/content.ts';
import { builtDeployment } from '../support/dist.ts';
import { topResults } from '../support/search.ts';

const { routes } = builtDeployment();
const browser = useBrowser();
let context: BrowserContext;
let page: Page;
const hits = new Map<string, boolean>();

beforeAll(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});

afterAll(() => {
  const found = [...hits.values()].filter(Boolean).length;
  console.log(`Suchprobe: ${found}/${hits.size} Anfragen mit der erwarteten Seite unter den ersten 3`);
});

describe('search benchmark (content/search-queries.yaml)', () => {
  it('has queries to run', () => {
    expect(queries.length).toBeGreaterThan(0);
  });

  for (const { query, expect: target } of queries) {
    // The file names pages as the site's own paths ("/angebote/babykorb/"); the build may live below a base path.
    const expected = routes.href(target);
    it(`„${query}“ finds ${target} in the top 3`, async () => {
      const top = await topResults(page, browser.url(routes.search()), query);
      hits.set(query, top.slice(0, 3).includes(expected));
      expect(top.slice(0, 3), `Treffer: ${top.join(', ')}`).toContain(expected);
    });
  }
});
