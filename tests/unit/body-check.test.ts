import { describe, expect, it } from 'vitest';
import { checkRenderedBody, imageProblem, linkProblem } from '../../src/lib/content/body.ts';
import { markdownRenderer } from '../../src/lib/content/markdown.ts';

const render = await markdownRenderer('/');
/** The body as the content check sees it: rendered by the site's renderer, then checked. */
async function checkBody(markdown: string, firstLine: number) {
  return checkRenderedBody((await render(markdown)).html, markdown, firstLine);
}
const messages = async (markdown: string) => (await checkBody(markdown, 1)).map((p) => `${p.line}: ${p.message.split(' — ')[0]}`);

describe('links', () => {
  it.each(['https://www.werne.de', 'mailto:b.Stilter@werne.de', 'tel:+49238971570', '/angebote/netz-cafe/', '#kontakt', '../partner/'])(
    'allows %s',
    (url) => expect(linkProblem(url)).toBeUndefined(),
  );
  it.each([
    ['javascript:alert(1)', 'würde Code ausführen'],
    ['JaVaScRiPt:alert(1)', 'würde Code ausführen'],
    ['java\tscript:alert(1)', 'würde Code ausführen'],
    ['data:text/html,<script>', 'würde Code ausführen'],
    ['http://example.org', 'unverschlüsselt'],
    ['//example.org', 'ohne https'],
    ['ftp://example.org', 'Link-Art „ftp:“ ist nicht erlaubt'],
  ])('refuses %s', (url, message) => expect(linkProblem(url)).toContain(message));
  it('keeps images on this site, with a path from the site root', () => {
    expect(imageProblem('/bilder/fest.jpg')).toBeUndefined();
    expect(imageProblem('https://example.org/a.jpg')).toContain('anderen Server');
    expect(imageProblem('fest.jpg')).toContain('ohne Pfad ab der Website');
  });
});

describe('checkRenderedBody', () => {
  it('passes plain Markdown, GFM tables and strikethrough, and the allowed HTML', async () => {
    const text =
      'Text mit **fett**, ~~alt~~ und <abbr title="Familienbildungsstätte">FBS</abbr>.\n\n| Tag | Zeit |\n| --- | --- |\n| Mo | 9 Uhr |\n\n<details open><summary>Mehr</summary>\n\nInhalt\n\n</details>\n\nH<sub>2</sub>O<br>\n\n## Abschnitt\n';
    expect(await checkBody(text, 1)).toEqual([]);
  });
  it('reports entity-encoded javascript: in an HTML link, as the browser would decode it', async () => {
    expect(await messages('<a href="jav&#x61;script:alert(1)">x</a>\n')).toEqual(['1: Link „javascript:alert(1)“ würde Code ausführen und ist verboten']);
  });
  it('reports dangerous link references and image references at their definitions', async () => {
    const text = 'Ein [Link][a] und ein ![Bild][b].\n\n[a]: javascript:alert(1)\n[b]: https://example.org/b.png\n';
    expect(await messages(text)).toEqual([
      '3: Link „javascript:alert(1)“ würde Code ausführen und ist verboten',
      '4: Bild „https://example.org/b.png“ liegt auf einem anderen Server und würde Daten der Besucher dorthin senden',
    ]);
  });
  it('reports event handlers, styles and unknown attributes on allowed elements', async () => {
    expect(await messages('<abbr onmouseover="x()" style="color:red" class="a">A</abbr>\n')).toEqual([
      '1: Attribut „onmouseover“ an <abbr> würde Code ausführen',
      '1: Attribut „style“ an <abbr> ist nicht erlaubt',
      '1: Attribut „class“ an <abbr> ist nicht erlaubt',
    ]);
  });
  it('reports script, iframe, style, object and svg, each with the line in the file', async () => {
    const text = 'A\n\n<script src="/x.js"></script>\n\n<iframe></iframe>\n\n<style>p{}</style>\n\n<object data="x"></object>\n\n<svg onload="x()"></svg>\n';
    expect((await checkBody(text, 10)).map((p) => p.line)).toEqual([12, 14, 16, 18, 20, 20]);
  });
  it('does not take code examples for HTML', async () => {
    expect(await checkBody('Schreiben Sie `<script>` nicht.\n\n```\n<iframe>\n```\n', 1)).toEqual([]);
  });
  it('checks raw HTML as one piece, as the browser joins it: an attribute left open hides nothing', async () => {
    // Each piece alone is harmless markup; joined, the second one's image runs code.
    const text = '<details title="\n\n<abbr title=\'"><img src=x onerror=alert(1)>\'>x</abbr>\n';
    const found = await messages(text);
    expect(found).toContain('3: Attribut „onerror“ an <img> würde Code ausführen');
  });
  it('sees the links GFM makes of bare addresses: www.… becomes an http:// link', async () => {
    expect(await messages('Erster Absatz.\n\nMehr unter www.example.org und http://example.com/a.\n')).toEqual([
      '3: Link „http://www.example.org“ ist unverschlüsselt (http)',
      '3: Link „http://example.com/a“ ist unverschlüsselt (http)',
    ]);
  });
  it('names GFM features the site cannot show: footnotes, task lists, aligned columns', async () => {
    const text = 'Satz.[^1]\n\n- [ ] offen\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n[^1]: Note.\n';
    expect(await messages(text)).toEqual([
      '1: Fußnoten („[^1]“) sind auf der Website nicht möglich',
      '3: Ankreuz-Listen („- [ ]“) sind auf der Website nicht möglich',
      '6: Ausrichtung von Tabellenspalten („:--“) ist nicht möglich',
    ]);
  });
  it('names an unfinished tag even when a ">" stands inside its open attribute', async () => {
    expect(await messages('Text.\n\n<details title="a>b\n')).toEqual(['1: Ein HTML-Tag endet nicht (fehlendes „>“ oder Anführungszeichen)']);
  });
  it('accepts HTML that closes what it opens, around Markdown', async () => {
    expect(await checkBody('<details><summary>Mehr</summary>\n\n- eins\n- zwei\n\n</details>\n\nH<sub>2</sub>O <abbr title="x">A</abbr><br>\n', 1)).toEqual([]);
  });
  it('lets a link show its own address or number in any usual spelling', async () => {
    expect(
      await checkBody('[02389&nbsp;71570](tel:+49238971570), [+49 2389 71570](tel:02389-71570), [werne.de](https://www.werne.de/x), [https://www.werne.de](https://werne.de), [B.Stilter@werne.de](mailto:b.stilter@werne.de?subject=Frage), [2026](/veranstaltungen/)\n', 1),
    ).toEqual([]);
  });
  it('refuses an image path relative to the file', async () => {
    expect(await messages('![Fest](fest.jpg)\n')).toEqual(['1: Bild „fest.jpg“ ohne Pfad ab der Website']);
  });
});
