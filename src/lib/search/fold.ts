// Word folding shared by the build (index words) and the browser (queries).
// Kept free of schema imports so the search page does not ship zod.

/**
 * Lower case, umlauts and ß kept, accents on vowels folded so "Cafe" and "Café" meet. Other
 * languages fold what families leave out or type another way, on both sides (page words and
 * queries), so the two meet:
 * - tr: Turkish lower case (İ → i, I → ı, never "i̇"), then ı ş ğ ç ö ü as on a German keyboard
 *   (i s g c o u): "iletisim" meets "İletişim", "bosanma" meets "boşanma";
 * - uk: apostrophes (' ’ ʼ) left out: "сімя" meets "сім'я";
 * - ar: vowel marks and the stretching stroke left out, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي:
 *   "قابله" meets "قابلة", "اطفال" meets "أطفال".
 */
export function foldWord(word: string, lang = 'de'): string {
  let folded = (lang === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase())
    .normalize('NFD')
    .replace(/([aeiouy])[\u0301\u0300\u0302]/g, '$1')
    .normalize('NFC');
  if (lang === 'tr') folded = folded.replace(/\u0307/g, '').replace(/[ışğçöü]/g, (c) => TURKISH[c] ?? c);
  else if (lang === 'uk') folded = folded.replace(APOSTROPHES, '');
  else if (lang === 'ar') folded = folded.replace(ARABIC_MARKS, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي');
  return folded;
}

const TURKISH: Record<string, string> = { ı: 'i', ş: 's', ğ: 'g', ç: 'c', ö: 'o', ü: 'u' };
const APOSTROPHES = /['’ʼ`]/g;
// Fathatan … sukun, superscript alef, tatweel.
const ARABIC_MARKS = /[\u064B-\u0652\u0670\u0640]/g;

/** A text prepared for splitting into words: a Ukrainian word keeps its apostrophe inside (сім'я is one word), Arabic loses its vowel marks. */
export function joinWordParts(text: string, lang = 'de'): string {
  if (lang === 'uk') return text.replace(/(\p{L})['’ʼ`](\p{L})/gu, '$1$2');
  if (lang === 'ar') return text.replace(ARABIC_MARKS, '');
  return text;
}
