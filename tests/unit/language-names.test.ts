import { describe, expect, it } from 'vitest';
import { languageName } from '../../src/lib/text/language-names.ts';

describe('languageName', () => {
  it('names a German language name in the page language, as Intl does', () => {
    for (const [code, lang] of [['de', 'en'], ['tr', 'tr'], ['ar', 'ar'], ['uk', 'uk'], ['ru', 'en'], ['pl', 'ar']] as const) {
      const german = new Intl.DisplayNames('de', { type: 'language' }).of(code)!;
      const expected = new Intl.DisplayNames(lang, { type: 'language' }).of(code)!;
      expect(languageName(german, lang)).toEqual({ text: expected, lang });
      expect(expected).not.toBe(german);
    }
  });

  it('turns "Deutsch" into the word of the page language, not the German one', () => {
    expect(languageName('Deutsch', 'en').text).not.toBe('Deutsch');
    expect(languageName('deutsch ', 'tr').lang).toBe('tr');
  });

  it('keeps the German page and unknown words as written, marked as German', () => {
    expect(languageName('Deutsch', 'de')).toEqual({ text: 'Deutsch', lang: 'de' });
    expect(languageName('Deutsche Gebärdensprache (DGS)', 'en')).toEqual({ text: 'Deutsche Gebärdensprache (DGS)', lang: 'de' });
  });
});
