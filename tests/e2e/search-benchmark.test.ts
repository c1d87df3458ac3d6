// The query benchmark: realistic family queries from content/search-queries.yaml,
// each typed into the real search page in Chromium against the built index.
// Every query must bring its page into the top 3.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { checkSite } from '../../src/lib/content/check.ts';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { topResults } from '../support/search.ts';

const queries = (await checkSite(contentRoot())).lists.searchQueries;
const browser = useBrowser();
let context: BrowserContext;
beforeAll(async () => {
  context = await browser.newContext();
});
let page: Page;
const hits = new Map<string, boolean>();

beforeAll(async () => {
  page = await context.newPage();
});

afterAll(() => {
  const found = [...hits.values()].filter(Boolean).length;
  console.log(`Suchprobe: ${found}/${hits.size} Anfragen mit der erwarteten Seite unter den ersten 3`);
});

describe('search benchmark (content/search-queries.yaml)', () => {
  it('has at least 30 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
  });

  for (const { query, expect: target } of queries) {
    it(`„${query}“ finds ${target} in the top 3`, async () => {
      const top = await topResults(page, browser.origin, query);
      hits.set(query, top.slice(0, 3).includes(target));
      expect(top.slice(0, 3), `Treffer: ${top.join(', ')}`).toContain(target);
    });
  }
});
