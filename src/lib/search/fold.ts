// Word folding shared by the build (index words) and the browser (queries).
// Kept free of schema imports so the search page does not ship zod.

/** Lower case, umlauts and ß kept, accents on vowels folded so "Cafe" and "Café" meet. */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/([aeiouy])[\u0301\u0300\u0302]/g, '$1')
    .normalize('NFC');
}
