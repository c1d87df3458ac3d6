// The languages an offer is held in are written by editors as German words
// ("Deutsch", "Türkisch", "Arabisch"). A page in another language names them
// in its own language: the German name is matched to its ISO 639-1 code with
// the runtime's own language names (Intl.DisplayNames), and the code named
// again in the page's language. A word that names no known language (a
// dialect, "Gebärdensprache") is shown as written, marked as German.

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
let germanNames: Map<string, string> | undefined;

/** German language name (lower case) → ISO 639-1 code, from Intl's German names of every two-letter code. */
function codesByGermanName(): Map<string, string> {
  if (germanNames) return germanNames;
  const names = new Intl.DisplayNames('de', { type: 'language', fallback: 'none' });
  germanNames = new Map();
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      const name = names.of(code);
      if (name && name !== code) germanNames.set(name.toLocaleLowerCase('de'), code);
    }
  }
  return germanNames;
}

export interface LanguageName {
  text: string;
  /** The language `text` is in: the page's language, or German where the word was kept. */
  lang: string;
}

/** An editor's German language name, named in the page's language where Intl knows it. */
export function languageName(german: string, pageLang: string, sourceLang = 'de'): LanguageName {
  if (pageLang === sourceLang) return { text: german, lang: sourceLang };
  const code = codesByGermanName().get(german.trim().toLocaleLowerCase('de'));
  const text = code ? new Intl.DisplayNames(pageLang, { type: 'language', fallback: 'none' }).of(code) : undefined;
  return text ? { text, lang: pageLang } : { text: german, lang: sourceLang };
}
