// The settings of content/site.yaml on the built pages: name, tagline, logo, icon, colours,
// language, the parent body and the office hours.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { translator } from '../../src/i18n/index.ts';
import { CSS_VARIABLES, THEME_COLOURS } from '../../src/lib/theme/palette.ts';
import { builtDeployment, fileForPath, htmlPages, readPage } from '../support/dist.ts';
import { alliance, site as settings, siteAssets } from '../support/content.ts';

const t = translator('de');

const { routes } = builtDeployment();
const home = readPage(routes.home());

describe('the site settings on the built pages', () => {
  it('serve the logo and the icon exactly as checked', () => {
    expect(readFileSync(fileForPath(routes.logo()), 'utf8')).toBe(siteAssets.logo.svg);
    expect(readFileSync(fileForPath(routes.favicon()), 'utf8')).toBe(siteAssets.icon.svg);
  });

  it('show name, tagline and logo in the header of every page, the logo with its size reserved', () => {
    for (const path of htmlPages()) {
      const $ = readPage(path);
      const brand = $('header .site-brand');
      expect(brand.text().replace(/\s+/g, ' ').trim(), path).toBe(`${settings.name} ${settings.tagline}`);
      const logo = brand.find('img');
      expect(logo.attr('src'), path).toBe(routes.logo());
      expect(logo.attr('alt'), path).toBe('');
      const [width, height] = [Number(logo.attr('width')), Number(logo.attr('height'))];
      expect(width / height, path).toBeCloseTo(siteAssets.logo.width / siteAssets.logo.height, 1);
      expect($('link[rel="icon"]').attr('href'), path).toBe(routes.favicon());
    }
  });

  it('put the colours into the stylesheet every page loads', () => {
    const sheets = home('link[rel="stylesheet"]').map((_, el) => home(el).attr('href')).get();
    const css = sheets.map((href) => readFileSync(fileForPath(href), 'utf8')).join('\n');
    for (const colour of THEME_COLOURS) expect(css, colour).toContain(`${CSS_VARIABLES[colour]}:${settings.theme[colour]}`);
    expect(home('meta[name="theme-color"]').attr('content')).toBe(settings.theme.primary);
  });

  it('speak the first language of the settings', () => {
    const language = settings.languages[0]!;
    expect(home('html').attr('lang')).toBe(language);
    expect(home('html').attr('dir')).toBe(LANGUAGES[language].dir);
    expect(home('meta[property="og:locale"]').attr('content')).toBe(LANGUAGES[language].ogLocale);
  });

  it('name the parent body in the footer and state the office hours, or how to ask for them', () => {
    const footer = home('footer');
    expect(footer.text()).toContain(settings.operator.name);
    if (settings.operator.url) expect(footer.find(`a[href="${settings.operator.url}"]`).text()).toBe(settings.operator.name);
    const hours = footer.find('.office-hours').text();
    if (alliance.partner.openingHours) expect(hours).toContain(t('footer.officeHours'));
    else expect(hours).toBe(t('footer.officeHoursUnknown'));
  });

  it('give the home page the name and welcome of the settings', () => {
    expect(home('meta[name="description"]').attr('content')).toContain(settings.name);
    expect(home('main .lead').first().text().trim()).toBe(settings.intro.trim());
    expect(home('h1').text()).toBe(settings.name);
  });
});
