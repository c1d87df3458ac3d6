// Drives the search page like a visitor: the query comes in through the URL
// (as from a bookmark), and the result links are read once the status says
// the search is done.
import type { Page } from 'playwright-core';

/** The paths of the results for a query; `searchPage` is the search page's full address. */
export async function topResults(page: Page, searchPage: string, query: string): Promise<string[]> {
  await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  // The list says which query it answers (search-page.ts): the same in every language.
  await page.waitForFunction((typed) => document.querySelector<HTMLElement>('#suchergebnisse')?.dataset['query'] === typed.trim(), query);
  return page.locator('#suchergebnisse li a').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}
