import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { searchTermsPlan } from '../../src/lib/search/additions.ts';
import { foldWord } from '../../src/lib/search/fold.ts';
import { KIND_BOOST, correctedQuery, foldedQuery, meaningfulQuery } from '../../src/lib/search/query.ts';
import { expandSearchTerms, knownTerms } from '../../src/lib/search/terms.ts';
import { ar } from '../../src/i18n/ar.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { tr } from '../../src/i18n/tr.ts';
import { uk } from '../../src/i18n/uk.ts';

describe('folding per language: page words and queries meet', () => {
  it('Turkish: İ and I as Turkish lower case, ş ğ ç ö ü ı as typed on a German keyboard', () => {
    expect(foldWord('İletişim', 'tr')).toBe('iletisim');
    expect(foldWord('iletişim', 'tr')).toBe('iletisim');
    expect(foldWord('BOŞANMA', 'tr')).toBe('bosanma');
    expect(foldWord('kreş', 'tr')).toBe(foldWord('kres', 'tr'));
  });

  it('Ukrainian: with or without the apostrophe', () => {
    expect(foldWord("сім'я", 'uk')).toBe('сімя');
    expect(foldWord('сім’я', 'uk')).toBe('сімя');
  });

  it('Arabic: without vowel marks and hamza, ة as ه, ى as ي', () => {
    expect(foldWord('قابلة', 'ar')).toBe(foldWord('قابله', 'ar'));
    expect(foldWord('أطفال', 'ar')).toBe(foldWord('اطفال', 'ar'));
    expect(foldWord('مُستشفى', 'ar')).toBe('مستشفي');
  });

  it('German stays as it was (umlauts kept, accents folded)', () => {
    expect(foldWord('Väter')).toBe('väter');
    expect(foldWord('Café')).toBe('cafe');
  });
});

describe('queries per language', () => {
  it('drop the filler words of their language', () => {
    expect(meaningfulQuery('help for my pregnant daughter', 'en')).toBe('help pregnant daughter');
    expect(meaningfulQuery('hamile için yardım', 'tr')).toBe('hamile yardım');
    expect(meaningfulQuery('допомога для вагітних', 'uk')).toBe('допомога вагітних');
    expect(meaningfulQuery('مساعدة في البيت', 'ar')).toBe('مساعدة البيت');
    expect(meaningfulQuery('Streit mit meinem Mann')).toBe('Streit Mann');
  });

  it('are tried folded when they find nothing as typed', () => {
    expect(foldedQuery('boşanma danışmanlığı', 'tr')).toBe('bosanma danismanligi');
    expect(foldedQuery("сім'я", 'uk')).toBe('сімя');
    expect(foldedQuery('bosanma', 'tr')).toBeUndefined();
    expect(foldedQuery('Väter', 'de')).toBeUndefined();
  });

  it('get a typo hint from the words of their language', () => {
    const terms = knownTerms(['Вагітність і пологи', 'вагітна'], 'uk');
    expect(correctedQuery('вагитна', terms, undefined, 'uk')).toBe('вагітна');
    expect(correctedQuery('midwiffe', knownTerms(['Open midwife consultation'], 'en'), undefined, 'en')).toBe('midwife');
  });
});

describe('the hidden search words of a page in another language', () => {
  it('hold the folded forms Pagefind cannot make itself', () => {
    const { added } = expandSearchTerms({ text: 'İletişim\nBoşanma danışmanlığı', keywords: [] }, [], new Set(), 'tr');
    expect(added).toEqual(expect.arrayContaining(['iletisim', 'iletişim', 'bosanma', 'danismanligi']));
    expect(expandSearchTerms({ text: "Сім'я", keywords: [] }, [], new Set(), 'uk').added).toContain('сімя');
  });

  it("use that language's synonyms, not the German compound parts", () => {
    const plan = searchTermsPlan(
      [{ collection: 'offers', id: 'x', data: { title: 'Open midwife consultation', summary: 'A midwife answers questions.', topics: [], audiences: [], cost: { type: 'unbekannt' }, registration: { required: 'unbekannt' } }, body: '' }],
      [{ term: 'midwife', words: ['Hebamme', 'birth'] }],
      'en',
    );
    const terms = plan.termsFor({ collection: 'offers', id: 'x', data: { title: 'Open midwife consultation', summary: 'A midwife answers questions.', topics: [], audiences: [], cost: { type: 'unbekannt' }, registration: { required: 'unbekannt' } }, body: '' });
    expect(terms.words).toEqual(expect.arrayContaining(['Hebamme', 'birth']));
    expect(plan.knownTerms()).toEqual(expect.arrayContaining(['midwife', 'consultation']));
  });
});

describe('result order in every language', () => {
  it('lifts offers by the kind as each language names it', () => {
    for (const dictionary of [de, en, tr, ar, uk]) expect(KIND_BOOST[dictionary['kind.offer']], dictionary['kind.offer']).toBe(1.5);
  });
});

describe('synonym lists and search samples per language, in the one check', async () => {
  const root = mkdtempSync(join(tmpdir(), 'search-languages-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(resolve(import.meta.dirname, '../fixtures/translations'), root, { recursive: true });
  writeFileSync(join(root, 'synonyms.en.yaml'), '- term: midwife\n  words: [Hebamme, birth]\n');
  writeFileSync(join(root, 'synonyms.fr.yaml'), '- term: sage-femme\n  words: [Hebamme]\n');
  writeFileSync(join(root, 'synonyms.ar.yaml'), '- term: قابلة\n  words: []\n');
  writeFileSync(join(root, 'search-queries.yaml'), '- lang: en\n  query: coffee\n  expect: /angebote/netz-cafe/\n- lang: fr\n  query: café\n  expect: /angebote/netz-cafe/\n');
  const content = await checkSite(root, { now: new Date('2026-05-01T12:00:00Z'), base: '/' });
  const about = (name: string) => content.problems.filter((p) => p.file.endsWith(name) && p.severity === 'error').map((p) => `${p.line} ${p.field} ${p.message}`);

  it("loads each offered language's list", () => {
    expect(content.lists.languageSynonyms['en']).toEqual([{ term: 'midwife', words: ['Hebamme', 'birth'] }]);
  });

  it('refuses a list for a language the site does not offer, and checks the others like the main list', () => {
    expect(about('synonyms.fr.yaml')).toEqual([expect.stringContaining('„synonyms.fr.yaml“ ist die Synonymliste der Sprache „fr“, die die Website nicht anbietet')]);
    expect(about('synonyms.ar.yaml')).toEqual([expect.stringContaining('0.words')]);
  });

  it('refuses a search sample in a language the site does not offer', () => {
    expect(about('search-queries.yaml')).toEqual([expect.stringContaining('4 1.lang Die Website bietet die Sprache „fr“ nicht an')]);
  });
});
