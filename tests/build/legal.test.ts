// The legally required pages of a public body's site in NRW stay in place
// with their required parts, and every page links to them. What the city
// writes into them (names, addresses) is content and is not pinned here.
import { describe, expect, it } from 'vitest';
import { builtDeployment, htmlPages, readPage, routesOfPage } from '../support/dist.ts';
import { switchLanguage } from '../../src/lib/routes.ts';

const { routes } = builtDeployment();
const IMPRINT = routes.page('impressum');
const PRIVACY = routes.page('datenschutz');
const ACCESSIBILITY = routes.page('barrierefreiheit');
const EASY_LANGUAGE = routes.page('leichte-sprache');

const text = (path: string) => readPage(path)('main').text().replace(/\s+/g, ' ');
const headings = (path: string) => readPage(path)('main h2').map((_, el) => readPage(path)(el).text()).get().join(' | ');

describe('legal and public-sector pages', () => {
  it('Impressum names the provider under § 5 DDG, a postal address, representative and contact', () => {
    const main = text(IMPRINT);
    expect(main).toContain('§ 5 Digitale-Dienste-Gesetz');
    expect(main).toMatch(/\b\d{5} \p{Lu}/u);
    expect(main).toMatch(/vertreten durch/);
    expect(main).toMatch(/Telefon/);
    expect(main).toMatch(/E-Mail/);
    expect(headings(IMPRINT)).toMatch(/Aufsichtsbehörde/);
  });

  it('Datenschutzerklärung says what is and is not collected, and covers hosting logs and rights', () => {
    const main = text(PRIVACY);
    expect(main).toMatch(/keine Cookies/);
    expect(main).toMatch(/kein Tracking/);
    expect(headings(PRIVACY)).toMatch(/Server-Protokolle.*Was diese Website nicht tut.*Ihre Rechte/);
    expect(main).toMatch(/Art\. 77 DSGVO/);
  });

  it('Erklärung zur Barrierefreiheit has state, gaps, feedback and the enforcement procedure', () => {
    const main = text(ACCESSIBILITY);
    expect(main).toMatch(/BITV NRW/);
    expect(main).toMatch(/§ 10b/);
    expect(headings(ACCESSIBILITY)).toMatch(/Wie barrierefrei.*Was ist noch nicht barrierefrei.*Barrieren melden.*Ombudsstelle/);
    expect(readPage(ACCESSIBILITY)('main a[href^="mailto:"]').length).toBeGreaterThan(0);
    expect(main).toMatch(/Gebärdensprache/);
  });

  it('Leichte Sprache explains the site and mentions Deutsche Gebärdensprache', () => {
    const main = text(EASY_LANGUAGE);
    expect(main).toMatch(/Gebärden-Sprache|Gebärdensprache/);
    expect(headings(EASY_LANGUAGE)).toMatch(/So benutzen Sie diese Internet-Seite/);
  });

  it('closes every note the city still has to fill in, so a search for "[Von der Stadt" finds whole notes', () => {
    for (const path of [IMPRINT, PRIVACY, ACCESSIBILITY]) {
      const open = (text(path).match(/\[Von der Stadt/g) ?? []).length;
      const notes = (text(path).match(/\[Von der Stadt[^\]]*\]/g) ?? []).length;
      expect(notes, path).toBe(open);
    }
  });

  it('links to all four pages from the footer of every page', () => {
    for (const path of htmlPages()) {
      const $ = readPage(path);
      // In every language the footer leads to that language's page (for the legal pages: a summary linking to the binding text).
      const local = routesOfPage(path);
      for (const target of [IMPRINT, PRIVACY, ACCESSIBILITY, EASY_LANGUAGE].map((p) => switchLanguage(p, '', local.lang, local.base))) {
        expect($(`footer a[href="${target}"]`).length, `${path} → ${target}`).toBe(1);
      }
    }
  });
});
