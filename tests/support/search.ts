// Drives the search page like a visitor: the query comes in through the URL
// (as from a bookmark), and the result links are read once the status says
// the search is done.
import type { Page } from 'playwright-core';

/** The paths of the results for a query; `searchPage` is the search page's full address. */
export async function topResults(page: Page, searchPage: string, query: string): Promise<string[]> {
  await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('#suchstatus')?.textContent ?? '';
    return /Treffer|Nichts gefunden/.test(status);
  });
  return page.locator('#suchergebnisse li a').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}
