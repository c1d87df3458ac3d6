import { describe, expect, it } from 'vitest';
import { checkBody, imageProblem, linkProblem } from '../../src/lib/content/body.ts';

const messages = (markdown: string) => checkBody(markdown, 1).map((p) => `${p.line}: ${p.message.split(' — ')[0]}`);

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
  it('keeps images on this site', () => {
    expect(imageProblem('/bilder/fest.jpg')).toBeUndefined();
    expect(imageProblem('https://example.org/a.jpg')).toContain('anderen Server');
  });
});

describe('checkBody', () => {
  it('passes plain Markdown and the allowed HTML', () => {
    const text = 'Text mit **fett** und <abbr title="Familienbildungsstätte">FBS</abbr>.\n\n<details open><summary>Mehr</summary>\n\nInhalt\n\n</details>\n\nH<sub>2</sub>O<br>\n';
    expect(checkBody(text, 1)).toEqual([]);
  });
  it('reports entity-encoded javascript: in an HTML link, as the browser would decode it', () => {
    expect(messages('<a href="jav&#x61;script:alert(1)">x</a>\n')).toEqual(['1: Link „javascript:alert(1)“ würde Code ausführen und ist verboten']);
  });
  it('reports dangerous link references and image references', () => {
    const text = 'Ein [Link][a] und ein ![Bild][b].\n\n[a]: javascript:alert(1)\n[b]: https://example.org/b.png\n';
    expect(messages(text)).toEqual([
      '3: Link „javascript:alert(1)“ würde Code ausführen und ist verboten',
      '4: Bild „https://example.org/b.png“ liegt auf einem anderen Server und würde Daten der Besucher dorthin senden',
    ]);
  });
  it('reports event handlers, styles and unknown attributes on allowed elements', () => {
    expect(messages('<abbr onmouseover="x()" style="color:red" class="a">A</abbr>\n')).toEqual([
      '1: Attribut „onmouseover“ an <abbr> würde Code ausführen',
      '1: Attribut „style“ an <abbr> ist nicht erlaubt',
      '1: Attribut „class“ an <abbr> ist nicht erlaubt',
    ]);
  });
  it('reports script, iframe, style, object and svg, each with the line in the file', () => {
    const text = 'A\n\n<script src="/x.js"></script>\n\n<iframe></iframe>\n\n<style>p{}</style>\n\n<object data="x"></object>\n\n<svg onload="x()"></svg>\n';
    expect(checkBody(text, 10).map((p) => p.line)).toEqual([12, 14, 16, 18, 20, 20]);
  });
  it('does not take code examples for HTML', () => {
    expect(checkBody('Schreiben Sie `<script>` nicht.\n\n```\n<iframe>\n```\n', 1)).toEqual([]);
  });
});
