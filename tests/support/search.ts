// Drives the search page like a visitor: the query comes in through the URL
// (as from a bookmark), and the result links are read once the status says
// the search is done.
import type { Page } from 'playwright-core';

export async function topResults(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/suche/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('#suchstatus')?.textContent ?? '';
    return /Treffer|Nichts gefunden/.test(status);
  });
  return page.locator('#suchergebnisse li a').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}
