// Names for URLs, anchors, filter values and new file names from German words
// ("Schwangerschaft & Geburt" → "schwangerschaft-geburt", "Café für Väter" →
// "cafe-fuer-vaeter"), stable across builds. An "&" is only a separator, so the
// topic filters' addresses stay as they are.
import slugifyText from '@sindresorhus/slugify';

export function slugify(text: string): string {
  return slugifyText(text, { decamelize: false, customReplacements: [['&', ' ']] });
}
