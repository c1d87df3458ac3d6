// Pictograms beside the headings of a page in Leichte Sprache: the editor
// names a heading (as written in the text) and a pictogram word; the page
// gets the icon inlined at the start of that heading, the heading's text right
// beside it. The content check reports a named heading the text does not have.
import type { Pictogram } from '../../schemas/vocabulary.ts';

export interface PagePictogram {
  heading: string;
  pictogram: Pictogram;
}

export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The pictogram entries (by index) whose heading the body does not have. */
export function missingHeadings(headings: readonly BodyHeading[], pictograms: readonly PagePictogram[]): number[] {
  const texts = new Set(headings.map((h) => normalise(h.text)));
  return pictograms.flatMap((p, index) => (texts.has(normalise(p.heading)) ? [] : [index]));
}

/** The rendered body with each named heading starting with its icon (`svgOf` gives the inline SVG of a pictogram). */
export function withPictograms(
  html: string,
  headings: readonly BodyHeading[],
  pictograms: readonly PagePictogram[],
  svgOf: (pictogram: Pictogram) => string,
): string {
  let result = html;
  for (const { heading, pictogram } of pictograms) {
    const target = headings.find((h) => normalise(h.text) === normalise(heading));
    if (!target) continue;
    const open = new RegExp(`<h${target.depth} id="${target.slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`);
    result = result.replace(open, (tag) => `${tag.slice(0, -1)} class="with-pictogram">${svgOf(pictogram)} `);
  }
  return result;
}
