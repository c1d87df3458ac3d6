// Logo and icon come from content and are served from the site's own address: plain drawings only.
import { describe, expect, it } from 'vitest';
import { MAX_SVG_BYTES, checkSvg } from '../../src/lib/content/svg.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const messages = (text: string) => checkSvg(text).problems.map((p) => `${p.line}: ${p.message}`);

describe('checkSvg', () => {
  it('accepts a plain drawing and reads its size from the viewBox', () => {
    const result = checkSvg(`<?xml version="1.0"?>\n<svg ${NS} viewBox="0 0 120 40"><title>Logo</title><path d="M0 0h10v10z" fill="#0a6560"/><use href="#a"/></svg>`);
    expect(result.problems).toEqual([]);
    expect(result.size).toEqual({ width: 120, height: 40 });
  });

  it('refuses what runs code, with the line', () => {
    const found = messages(`<svg ${NS} viewBox="0 0 10 10">\n<script>alert(1)</script>\n<rect onload="x()"/>\n<a href="javascript:alert(1)"><text>x</text></a>\n<set attributeName="href" to="javascript:x"/>\n<foreignObject/>\n</svg>`);
    expect(found).toEqual([
      expect.stringMatching(/^2: Element <script> ist im Logo nicht erlaubt — /),
      expect.stringMatching(/^3: Attribut „onload“ an <rect> würde Code ausführen — /),
      expect.stringMatching(/^4: Verweis „javascript:alert\(1\)“ an <a> lädt eine andere Datei — /),
      expect.stringMatching(/^5: Element <set> ist im Logo nicht erlaubt/),
      expect.stringMatching(/^6: Element <foreignObject> ist im Logo nicht erlaubt/),
    ]);
  });

  it('refuses what loads from elsewhere: links, images, fonts and styles from another file', () => {
    const found = messages(
      `<svg ${NS} viewBox="0 0 10 10">\n<image xlink:href="https://example.org/a.png"/>\n<style>@import url(https://example.org/a.css);</style>\n<rect style="fill:url(https://example.org/p.svg#x)"/>\n<rect style="fill:url(#grad)"/>\n<image href="data:image/png;base64,iVBORw0KGgo="/>\n</svg>`,
    );
    expect(found).toEqual([
      expect.stringMatching(/^2: Verweis „https:\/\/example.org\/a.png“ an <image> lädt eine andere Datei/),
      expect.stringMatching(/^3: Stilangaben laden eine andere Datei/),
      expect.stringMatching(/^4: Stil an <rect> lädt eine andere Datei/),
    ]);
  });

  it('asks for the namespace and a viewBox, without which no browser shows or scales it as an image', () => {
    expect(messages('<svg viewBox="0 0 10 10"></svg>')).toEqual([expect.stringMatching(/fehlt xmlns=/)]);
    expect(messages(`<svg ${NS} width="10" height="10"></svg>`)).toEqual([expect.stringMatching(/fehlt ein gültiges viewBox/)]);
    expect(messages(`<svg ${NS} viewBox="0 0 0 10"></svg>`)).toEqual([expect.stringMatching(/fehlt ein gültiges viewBox/)]);
  });

  it('refuses what is no SVG, or too large to be a logo', () => {
    expect(messages('<html><body>Logo</body></html>')).toEqual([expect.stringMatching(/^1: Keine SVG-Datei/)]);
    expect(messages('Nur Text')).toEqual([expect.stringMatching(/Keine SVG-Datei/)]);
    const big = `<svg ${NS} viewBox="0 0 10 10"><!--${'x'.repeat(MAX_SVG_BYTES)}--></svg>`;
    expect(messages(big)).toEqual([expect.stringMatching(/größer als 100 KB/)]);
  });
});
