// A search result shows the entry's own summary as its excerpt, in every
// language, also when the word the family typed is only among the page's
// hidden search words (keywords and synonyms). Pagefind would cut its excerpt
// from that hidden word list ("gebrauchte Kleidung · Babykleidung · …"); the
// words must stay findable all the same. Queries come from the content.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { foldWord } from '../../src/lib/search/fold.ts';
import { useBrowser } from '../support/browser.ts';
import { offers, site, translations } from '../support/content.ts';
import { builtDeployment } from '../support/dist.ts';
import { topResults } from '../support/search.ts';

const { routes } = builtDeployment();
const browser = useBrowser();
let context: BrowserContext;
let page: Page;

const ONE_WORD = /^[\p{L}\p{M}]{5,}$/u;

/** An offer of the language and one of its keywords that its title, summary and text do not contain. */
function hiddenWordProbe(lang: string): { id: string; word: string; summary: string } | undefined {
  const source = site.languages[0];
  for (const offer of offers) {
    const translation = lang === source ? undefined : translations.find((t) => t.lang === lang && t.collection === 'offers' && t.id === offer.id);
    if (lang !== source && !translation) continue;
    const data = (translation?.data ?? offer.data) as { title?: string; summary?: string; keywords?: string[] };
    const body = translation ? translation.file.body : offer.entry.file.body;
    const shown = foldWord(`${data.title ?? offer.data.title} ${data.summary ?? offer.data.summary} ${body}`, lang);
    const word = (data.keywords ?? []).find((k) => ONE_WORD.test(k) && !shown.includes(foldWord(k, lang)));
    if (word) return { id: offer.id, word, summary: data.summary ?? offer.data.summary };
  }
  return undefined;
}

beforeAll(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(() => context?.close());

describe('search excerpts', () => {
  for (const lang of site.languages) {
    it(`${lang}: a word found only among an offer's hidden search words shows the offer's summary, not the word list`, async () => {
      const probe = hiddenWordProbe(lang);
      expect(probe, `Kein Angebot in „${lang}“ mit einem Suchwort, das nicht in seinem Text steht`).toBeDefined();
      const { id, word, summary } = probe!;
      const prefix = lang === site.languages[0] ? '' : `/${lang}`;
      const found = await topResults(page, browser.url(routes.href(`${prefix}/suche/`)), word);
      const offerPath = routes.href(`${prefix}/angebote/${id}/`);
      // Still findable by the hidden word …
      expect(found, `„${word}“ → ${found.join(', ')}`).toContain(offerPath);
      // … and its result shows the summary, as written.
      const items = page.locator('#suchergebnisse > li');
      const excerpts = await items.evaluateAll((lis) =>
        lis.map((li) => ({
          path: new URL(li.querySelector('a')!.href).pathname,
          text: li.querySelector('.search-result__excerpt')?.textContent ?? '',
        })),
      );
      expect(excerpts.find((e) => e.path === offerPath)?.text).toBe(summary);
      // No result shows a list of search words (they are joined with " · " in the index).
      for (const excerpt of excerpts) expect(excerpt.text, excerpt.path).not.toContain(' · ');
    });
  }

  it('marks the typed word where the summary has it', async () => {
    const offer = offers.find((o) => /[\p{L}]{6,}/u.test(o.data.summary))!;
    const word = offer.data.summary.match(/[\p{L}]{6,}/u)![0];
    await topResults(page, browser.url(routes.search()), word);
    const marks = await page.locator(`#suchergebnisse > li:has(a[href$="/angebote/${offer.id}/"]) .search-result__excerpt mark`).allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain(word.toLowerCase());
  });
});
