// Pictograms beside the headings of a page in Leichte Sprache.
import { describe, expect, it } from 'vitest';
import { PICTOGRAM_ICONS, iconSvg } from '../../src/lib/icons.ts';
import { missingHeadings, withPictograms } from '../../src/lib/text/pictograms.ts';
import { PICTOGRAMS } from '../../src/schemas/vocabulary.ts';

const headings = [
  { depth: 2, slug: 'wer-wir-sind', text: 'Wer wir sind' },
  { depth: 3, slug: 'die-suche', text: 'Die Suche' },
];
const html = '<h2 id="wer-wir-sind">Wer wir sind</h2><p>Text</p><h3 id="die-suche">Die Suche</h3><p>Mehr</p>';
const svgOf = (p: string) => `<svg data-p="${p}"></svg>`;

describe('pictograms in a page body', () => {
  it('put the icon at the start of the named heading, its text right beside it', () => {
    const out = withPictograms(html, headings, [{ heading: 'Die  Suche', pictogram: 'suche' }], svgOf);
    expect(out).toContain('<h3 id="die-suche" class="with-pictogram"><svg data-p="suche"></svg> Die Suche</h3>');
    expect(out).toContain('<h2 id="wer-wir-sind">Wer wir sind</h2>');
  });

  it('leave the body as it is without pictograms', () => {
    expect(withPictograms(html, headings, [], svgOf)).toBe(html);
  });

  it('report the entries whose heading the text does not have', () => {
    expect(missingHeadings(headings, [{ heading: 'Wer wir sind', pictogram: 'familie' }, { heading: 'Wo wir sind', pictogram: 'ort' }])).toEqual([1]);
  });

  it('every pictogram word has an icon of the set, hidden from screen readers', () => {
    for (const word of PICTOGRAMS) expect(iconSvg(PICTOGRAM_ICONS[word])).toMatch(/^<svg [^>]*aria-hidden="true"/);
  });
});
