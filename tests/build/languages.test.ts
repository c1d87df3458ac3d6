// Every page in every language of content/site.yaml: <html lang> and dir, the language switcher,
// hreflang alternates (x-default too) that lead to built pages, og:locale, the sitemap's
// alternates, calendar files and feeds in the language of the pages that link them, German text
// marked as German with a note where a translation is missing, and the legal pages' summaries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, isLanguageCode, type LanguageCode } from '../../src/i18n/languages.ts';
import { DICTIONARIES, t } from '../../src/i18n/index.ts';
import { LEGAL_PAGES, routesFor, switchLanguage } from '../../src/lib/routes.ts';
import { builtDeployment, fileForPath, htmlPages, pageLanguage, readOutput, readPage, sitemapPaths } from '../support/dist.ts';
import { audienceText } from '../../src/lib/text/vocabulary.ts';
import { alliance, offers, offersWithDates, site, translationOf, translations } from '../support/content.ts';
import { posterPaths } from '../support/paper.ts';
import { languageName } from '../../src/lib/text/language-names.ts';

const { routes, base, site: SITE } = builtDeployment();
const languages = site.languages as LanguageCode[];
const [source] = languages as [LanguageCode, ...LanguageCode[]];
const others = languages.slice(1);
// The notices (…/aushang/) have no alternates and are not in the sitemap: noindex (tests/build/paper.test.ts).
const posters = new Set(posterPaths());
const pages = htmlPages().filter((path) => path !== routes.notFound() && !posters.has(path));
const segment = (lang: LanguageCode) => (lang === source ? '' : lang);

describe('pages in every language', () => {
  it('offers more than one language, so every check below has something to check', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  it('builds every page in every language: the same paths below /<code>/', () => {
    const bySource = pages.filter((path) => pageLanguage(path) === source);
    expect(bySource.length).toBeGreaterThan(20);
    for (const lang of others) {
      const translated = bySource.map((path) => switchLanguage(path, '', lang, base));
      expect(pages.filter((path) => pageLanguage(path) === lang).sort(), lang).toEqual(translated.sort());
    }
  });

  it.each(pages)('%s: lang, dir, alternates, og:locale and the language switcher agree', (path) => {
    const $ = readPage(path);
    const lang = $('html').attr('lang') ?? '';
    expect(isLanguageCode(lang) && languages.includes(lang), lang).toBe(true);
    const code = lang as LanguageCode;
    expect($('html').attr('dir')).toBe(LANGUAGES[code].dir);
    // hreflang alternates: one per language and x-default, each a built page in that language.
    const alternates = $('head link[rel="alternate"][hreflang]')
      .map((_, el) => ({ hreflang: $(el).attr('hreflang')!, href: $(el).attr('href')! }))
      .get();
    expect(alternates.map((a) => a.hreflang)).toEqual([...languages, 'x-default']);
    for (const alternate of alternates) {
      const target = new URL(alternate.href);
      expect(target.origin).toBe(SITE.origin);
      const expectedLang = alternate.hreflang === 'x-default' ? source : alternate.hreflang;
      expect(pageLanguage(target.pathname), alternate.href).toBe(expectedLang);
      expect(target.pathname).toBe(switchLanguage(path, segment(code), segment(expectedLang as LanguageCode), base));
    }
    expect(alternates.find((a) => a.hreflang === lang)?.href).toBe($('link[rel="canonical"]').attr('href'));
    // og:locale and its alternates.
    expect($('meta[property="og:locale"]').attr('content')).toBe(LANGUAGES[code].ogLocale);
    expect($('meta[property="og:locale:alternate"]').map((_, el) => $(el).attr('content')).get().sort()).toEqual(
      languages.filter((l) => l !== code).map((l) => LANGUAGES[l].ogLocale).sort(),
    );
    // The switcher: each language named in itself, with hreflang and lang, leading to this page in it.
    const links = $('nav.language-switcher a');
    expect(links.map((_, el) => $(el).attr('hreflang')).get()).toEqual(languages);
    links.each((_, el) => {
      const other = $(el).attr('hreflang') as LanguageCode;
      expect($(el).attr('lang')).toBe(other);
      expect($(el).text().trim()).toBe(LANGUAGES[other].name);
      expect($(el).attr('href')).toBe(switchLanguage(path, segment(code), segment(other), base));
      expect($(el).attr('aria-current')).toBe(other === code ? 'true' : undefined);
    });
    // JSON-LD names the page's language.
    const inLanguage = $('script[type="application/ld+json"]')
      .map((_, el) => (JSON.parse($(el).text()) as { inLanguage?: string }).inLanguage)
      .get();
    expect(inLanguage).toContain(lang);
  });

  it('lists every page of every language in the sitemap, each with its alternates and x-default', () => {
    const sitemap = readFileSync(fileForPath(routes.href('sitemap-0.xml')), 'utf8');
    const urls = [...sitemap.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
    expect(sitemapPaths()).toEqual(pages);
    for (const url of urls) {
      const hreflangs = [...url.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]).sort();
      expect(hreflangs, url.slice(0, 80)).toEqual([...languages, 'x-default'].sort());
    }
    const robots = readFileSync(fileForPath(routes.href('robots.txt')), 'utf8');
    for (const lang of languages) expect(robots).toContain(`Allow: ${routesFor(base, segment(lang)).home()}`);
  });

  it('the 404 page, one for all languages, leads to each language’s home page', () => {
    const $ = readPage(routes.notFound());
    expect($('nav.language-switcher a').map((_, el) => $(el).attr('href')).get()).toEqual(languages.map((l) => routesFor(base, segment(l)).home()));
  });
});

describe('facts and files in the visitor’s language', () => {
  it.each(others)('%s: calendar files and the RSS feed are in the language of the pages that link them', (lang) => {
    const local = routesFor(base, lang);
    const feed = readOutput(fileForPath(local.feed()));
    expect(feed).toContain(`X-WR-CALNAME:${t(lang, 'events.title')} – ${site.name}`);
    expect(feed).toContain(`${SITE.origin}${local.events()}`);
    const offer = offersWithDates[0]!;
    const $ = readPage(local.offer(offer.id));
    expect($(`a[href="${local.offerCalendar(offer.id)}"]`).length).toBeGreaterThan(0);
    const ics = readOutput(fileForPath(local.offerCalendar(offer.id)));
    expect(ics).toContain(`URL:${SITE.origin}${local.offer(offer.id)}`);
    // The place as the page names it: from the place's translation where there is one.
    const placeName = offer.data.location ? translations.find((t) => t.collection === 'locations' && t.id === offer.data.location && t.lang === lang)?.data?.['name'] : undefined;
    if (typeof placeName === 'string') expect(ics.replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1')).toContain(`LOCATION:${placeName}`);
    const rss = readFileSync(fileForPath(local.eventsFeed()), 'utf8');
    expect(rss).toContain(`<language>${lang}</language>`);
    expect(rss).toContain(`<title>${t(lang, 'feed.title', { name: site.name })}</title>`);
  });

  it.each(others)('%s: an offer without a translation shows the German text marked lang="%s" and one line with the phone number', (lang) => {
    for (const offer of offers) {
      const $ = readPage(routesFor(base, lang).offer(offer.id));
      const translation = translationOf('offers', offer.id, lang);
      const note = $('[data-translation]');
      if (!translation) {
        expect($('h1').attr('lang'), offer.id).toBe(source);
        expect($('h1').text()).toBe(offer.data.title);
        expect(note.attr('data-translation'), offer.id).toBe('missing');
        expect(note.attr('lang')).toBe(lang);
        if (alliance.partner.phone) expect(note.find('a[href^="tel:"]').length, offer.id).toBe(1);
        expect($('.prose').attr('lang'), offer.id).toBe(source);
      } else {
        expect($('h1').attr('lang'), offer.id).toBeUndefined();
        expect(note.attr('data-translation'), offer.id).toBe(translation.reviewed ? undefined : 'unreviewed');
      }
    }
  });

  it.each(others)('%s: an offer page names its place in the place’s translation and its languages in the page’s language', (lang) => {
    let translatedPlaces = 0;
    for (const offer of offers) {
      const $ = readPage(routesFor(base, lang).offer(offer.id));
      const location = offer.data.location;
      const placeText = location ? translations.find((t) => t.collection === 'locations' && t.id === location && t.lang === lang)?.data : undefined;
      const name = $('address > span').first();
      if (placeText?.['name'] && name.length) {
        expect(name.text(), offer.id).toBe(placeText['name']);
        expect(name.attr('lang'), offer.id).toBeUndefined();
        translatedPlaces++;
      } else if (location && name.length && !placeText) {
        expect(name.attr('lang'), offer.id).toBe(source);
      }
      const label = $('dt').filter((_, el) => $(el).clone().children().remove().end().text().trim() === t(lang, 'offer.languages'));
      const written = label.next('dd');
      if (offer.data.languages) expect(written.length, offer.id).toBe(1);
      for (const german of offer.data.languages ?? []) {
        const expected = languageName(german, lang, source);
        expect(written.text(), offer.id).toContain(expected.text);
      }
    }
    expect(translatedPlaces).toBeGreaterThan(0);
  });

  it('the default language shows no translation note', () => {
    for (const offer of offers) expect(readPage(routes.offer(offer.id))('[data-translation]').length, offer.id).toBe(0);
  });

  it.each(others)('%s: the legal pages are a short summary that links to the binding text', (lang) => {
    for (const [id, name] of Object.entries(LEGAL_PAGES)) {
      const path = routesFor(base, lang).page(id);
      const $ = readPage(path);
      expect($('h1').text(), path).toBe(t(lang, `legal.${name}.title`));
      expect($('main').text()).toContain(t(lang, `legal.${name}.summary`));
      const link = $(`main a[href="${routes.page(id)}"]`);
      expect(link.attr('hreflang'), path).toBe(source);
      expect(link.text()).toBe(t(lang, 'legal.toGerman'));
    }
  });

  it.each(others)('%s: topics and audiences of an offer appear in the language, not as the German words', (lang) => {
    for (const offer of offers) {
      const $ = readPage(routesFor(base, lang).offer(offer.id));
      const forWhom = $('dl.facts dd').first().text().trim();
      expect(forWhom, offer.id).toBe(offer.data.audiences.map((a) => audienceText(a, lang)).join(', '));
    }
  });
});

describe('no interface text of the default language on another language’s page', () => {
  // Every text of the default language's dictionary, with the {placeholders} cut out, that the
  // other language says differently: such a text on an /en/ page is interface text left untranslated
  // (the tests above look at chosen facts; this looks at every page). German the page marks as
  // German (lang="de": a missing translation) and what nobody sees ([hidden]: search keywords) are
  // left out.
  const parts = (text: string) => text.split(/\{\w+\}/).map((part) => part.trim()).filter(Boolean);
  const sourceTexts = (lang: LanguageCode) => {
    const own = Object.values(DICTIONARIES[lang]).join('\n');
    const texts = Object.values(DICTIONARIES[source]).flatMap(parts).filter((part) => /\p{L}/u.test(part) && !own.includes(part));
    return {
      // A whole text or label of its own ("Kinderbetreuung" as a fact, a value in structured data).
      exact: new Set(texts),
      // A phrase of two words or more inside a longer text ("bitte nachfragen").
      phrases: [...new Set(texts.filter((part) => /\p{L}+\s+\p{L}+/u.test(part) && part.length >= 12))],
    };
  };

  it.each(others)('%s: every page says its own words, in the text, its labels and its structured data', (lang) => {
    const { exact, phrases } = sourceTexts(lang);
    const found: string[] = [];
    for (const path of pages.filter((p) => pageLanguage(p) === lang)) {
      const $ = readPage(path);
      const marked = (el: Parameters<typeof $>[0]) => $(el).closest('[hidden], script, style, template').length > 0 || $(el).closest('[lang]').attr('lang') === source;
      const said: string[] = [];
      $('body *')
        .contents()
        .each((_, node) => {
          if (node.type !== 'text' || marked(node.parent as never)) return;
          said.push(($(node).text() ?? '').replace(/\s+/g, ' ').trim());
        });
      $('[aria-label], [alt], [placeholder], [title]').each((_, el) => {
        if ($(el).closest('[lang]').attr('lang') === source) return;
        for (const name of ['aria-label', 'alt', 'placeholder', 'title']) {
          const value = $(el).attr(name);
          if (value) said.push(value.trim());
        }
      });
      $('script[type="application/ld+json"]').each((_, el) => {
        JSON.stringify(JSON.parse($(el).text()), (_key, value: unknown) => {
          if (typeof value === 'string') said.push(value.trim());
          return value;
        });
      });
      for (const text of said.filter(Boolean)) {
        // A German term in brackets beside its translation ("Easy Read (Leichte Sprache)") is meant.
        const hit = exact.has(text) ? text : phrases.find((phrase) => text.includes(phrase) && !text.includes(`(${phrase})`));
        if (hit) found.push(`${path}: „${hit}“ in „${text.slice(0, 80)}“`);
      }
    }
    expect([...new Set(found)].slice(0, 20), `${found.length} Stellen`).toEqual([]);
  });
});

describe('right to left', () => {
  const rtl = languages.filter((lang) => LANGUAGES[lang].dir === 'rtl');
  it.each(rtl)('%s pages carry dir="rtl"; the others dir="ltr"', (lang) => {
    const $ = readPage(routesFor(base, lang).home());
    expect($('html').attr('dir')).toBe('rtl');
    expect(readPage(routes.home())('html').attr('dir')).toBe('ltr');
  });

  it('uses logical CSS properties only: no left/right margins, paddings, borders or positions', () => {
    const css = ['global.css', 'paper.css'].map((name) => readFileSync(new URL(`../../src/styles/${name}`, import.meta.url), 'utf8')).join('\n').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css.match(/(margin|padding|border)-(left|right)\b|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)/gm) ?? []).toEqual([]);
  });
});
