// The legally required pages of a public body's site in NRW stay in place
// with their required parts, and every page links to them.
import { describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../support/dist.ts';

const text = (path: string) => readPage(path)('main').text().replace(/\s+/g, ' ');
const headings = (path: string) => readPage(path)('main h2').map((_, el) => readPage(path)(el).text()).get().join(' | ');

describe('legal and public-sector pages', () => {
  it('Impressum names the provider under § 5 DDG, its address, representative and contact', () => {
    const main = text('/impressum/');
    expect(main).toContain('§ 5 Digitale-Dienste-Gesetz');
    expect(main).toContain('Konrad-Adenauer-Platz 1');
    expect(main).toMatch(/vertreten durch/);
    expect(main).toMatch(/Telefon/);
    expect(main).toMatch(/E-Mail/);
    expect(headings('/impressum/')).toMatch(/Aufsichtsbehörde/);
  });

  it('Datenschutzerklärung says what is and is not collected, and covers hosting logs and rights', () => {
    const main = text('/datenschutz/');
    expect(main).toMatch(/keine Cookies/);
    expect(main).toMatch(/kein Tracking/);
    expect(headings('/datenschutz/')).toMatch(/Server-Protokolle.*Was diese Website nicht tut.*Ihre Rechte/);
    expect(main).toMatch(/Art\. 77 DSGVO/);
  });

  it('Erklärung zur Barrierefreiheit has state, gaps, feedback and the enforcement procedure', () => {
    const main = text('/barrierefreiheit/');
    expect(main).toMatch(/BITV NRW/);
    expect(main).toMatch(/§ 10b/);
    expect(headings('/barrierefreiheit/')).toMatch(/Wie barrierefrei.*Was ist noch nicht barrierefrei.*Barrieren melden.*Ombudsstelle/);
    expect(readPage('/barrierefreiheit/')('main a[href^="mailto:"]').length).toBeGreaterThan(0);
    expect(main).toMatch(/Gebärdensprache/);
  });

  it('Leichte Sprache explains the site and mentions Deutsche Gebärdensprache', () => {
    const main = text('/leichte-sprache/');
    expect(main).toMatch(/Deutscher Gebärden-Sprache/);
    expect(headings('/leichte-sprache/')).toMatch(/So benutzen Sie diese Internet-Seite/);
  });

  it('marks every detail the city must still fill in the same way, so none is missed', () => {
    for (const path of ['/impressum/', '/datenschutz/', '/barrierefreiheit/']) {
      expect(text(path), path).toMatch(/\[Von der Stadt zu (ergänzen|bestätigen)/);
      // An opened placeholder is always closed, so a search for "[Von der Stadt" finds whole notes.
      const open = (text(path).match(/\[Von der Stadt/g) ?? []).length;
      const notes = (text(path).match(/\[Von der Stadt[^\]]*\]/g) ?? []).length;
      expect(notes, path).toBe(open);
    }
  });

  it('links to all four pages from the footer of every page', () => {
    for (const path of htmlPages()) {
      const $ = readPage(path);
      for (const target of ['/impressum/', '/datenschutz/', '/barrierefreiheit/', '/leichte-sprache/']) {
        expect($(`footer a[href="${target}"]`).length, `${path} → ${target}`).toBe(1);
      }
    }
  });
});
