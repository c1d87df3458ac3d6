// The search page of every language finds an offer by a word of that language
// (midwife, ebe, акушерка, قابلة …): the word is taken from the content - a word
// of an offer's translated title that its German text does not have (no kept
// German name) and no other offer of that language has in its title or summary
// - and must bring that offer's page in the language into the top 3. Pagefind keeps one index per <html lang>: a German page cannot
// answer an English search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowser } from '../support/browser.ts';
import { offers, site, translations } from '../support/content.ts';
import { builtDeployment } from '../support/dist.ts';
import { topResults } from '../support/search.ts';
import { t } from '../../src/i18n/index.ts';
import type { LanguageCode } from '../../src/i18n/languages.ts';

const { routes } = builtDeployment();
const browser = useBrowser();
let context: BrowserContext;
let page: Page;

const WORD = /[\p{L}\p{M}]{5,}/gu;

/** An offer with a translation, and a word of its translated title no other offer of the language uses. */
function probe(lang: string): { id: string; word: string } | undefined {
  const own = translations.filter((t) => t.lang === lang && t.collection === 'offers' && offers.some((o) => o.id === t.id));
  const text = (t: (typeof own)[number]) => `${String(t.data?.['title'] ?? '')} ${String(t.data?.['summary'] ?? '')}`.toLocaleLowerCase(lang);
  for (const translation of own) {
    // A word of the language: not a German name the translation keeps (Babykorb, Netz-Café).
    const german = offers.find((o) => o.id === translation.id);
    const germanText = `${german?.data.title ?? ''} ${german?.data.summary ?? ''} ${german?.entry.file.body ?? ''}`.toLowerCase();
    const words = String(translation.data?.['title'] ?? '').match(WORD) ?? [];
    const word = words.find(
      (w) => !germanText.includes(w.toLowerCase()) && own.every((other) => other === translation || !text(other).includes(w.toLocaleLowerCase(lang))),
    );
    if (word) return { id: translation.id, word };
  }
  return undefined;
}

beforeAll(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(() => context?.close());

describe('search in every language', () => {
  for (const lang of site.languages.slice(1)) {
    it(`${lang}: the search page finds an offer by a word of its ${lang} title`, async () => {
      const sample = probe(lang);
      expect(sample, `Kein übersetztes Angebot in „${lang}“ mit einem eigenen Wort im Titel`).toBeDefined();
      console.log(`${lang}: „${sample!.word}“ → /${lang}/angebote/${sample!.id}/`);
      const top = await topResults(page, browser.url(routes.href(`/${lang}/suche/`)), sample!.word);
      expect(top.slice(0, 3), `„${sample!.word}“ → ${top.join(', ')}`).toContain(routes.href(`/${lang}/angebote/${sample!.id}/`));
      // The excerpts show the entry's text, not the line about an unchecked or missing translation.
      const excerpts = await page.locator('#suchergebnisse li p').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const key of ['translation.unreviewed', 'translation.missingNoPhone'] as const) {
        const note = t(lang as LanguageCode, key).slice(0, 20);
        for (const excerpt of excerpts) expect(excerpt, excerpt).not.toContain(note);
      }
    });
  }
});
