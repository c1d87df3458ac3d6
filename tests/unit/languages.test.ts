// Pages in every language: the URL table per language, the same page in another language, the
// alternates for search engines, editors' texts with their language, and facts written by Intl in
// the visitor's language (dates and times still in Europe/Berlin).
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LANGUAGE_CODES } from '../../src/i18n/languages.ts';
import { DICTIONARIES, t } from '../../src/i18n/index.ts';
import { localizePath, routesFor, switchLanguage } from '../../src/lib/routes.ts';
import { pageAlternates, withDefaultAlternate } from '../../src/lib/seo/alternates.ts';
import { formatDateTimeRange, formatWeekday, weekdayName } from '../../src/lib/dates/format.ts';
import { describeSchedule, weekdaysText } from '../../src/lib/text/schedule.ts';
import { costText, registrationText } from '../../src/lib/text/facts.ts';
import { audienceText, partnerKindText, topicText } from '../../src/lib/text/vocabulary.ts';
import { AUDIENCES, PARTNER_KINDS, TOPICS } from '../../src/schemas/vocabulary.ts';
import { langAttr, localList, localText, translatedField, translationState } from '../../src/lib/views/localized.ts';
import type { Schedule } from '../../src/schemas/schedule.ts';

describe('URLs per language', () => {
  it('puts every page and calendar file of a language below /<code>/, the shared outputs once', () => {
    const en = routesFor('/familie/', 'en');
    expect(en.home()).toBe('/familie/en/');
    expect(en.offer('netz-cafe')).toBe('/familie/en/angebote/netz-cafe/');
    expect(en.offerCalendar('netz-cafe')).toBe('/familie/en/angebote/netz-cafe/kalender.ics');
    expect(en.eventsFeed()).toBe('/familie/en/veranstaltungen/feed.xml');
    expect(en.page('impressum')).toBe('/familie/en/impressum/');
    for (const shared of [en.pagefind(), en.sitemap(), en.admin(), en.logo(), en.favicon(), en.hsds(), en.notFound()]) {
      expect(shared.startsWith('/familie/en/'), shared).toBe(false);
    }
    expect(routesFor('/familie/').offer('netz-cafe')).toBe('/familie/angebote/netz-cafe/');
  });

  it('rewrites a German path of the site to another language, leaving shared files, anchors and other hosts alone', () => {
    expect(localizePath('/angebote/babykorb/#zeiten', 'uk')).toBe('/uk/angebote/babykorb/#zeiten');
    expect(localizePath('/familie/angebote/babykorb/', 'ar', '/familie/')).toBe('/familie/ar/angebote/babykorb/');
    expect(localizePath('/logo.svg', 'tr')).toBe('/logo.svg');
    expect(localizePath('/daten/hsds/services.json', 'tr')).toBe('/daten/hsds/services.json');
    expect(localizePath('https://example.org/angebote/', 'en')).toBe('https://example.org/angebote/');
    expect(localizePath('//example.org/x/', 'en')).toBe('//example.org/x/');
    expect(localizePath('#oben', 'en')).toBe('#oben');
    expect(localizePath('/angebote/', '')).toBe('/angebote/');
  });

  it('leads from a page to the same page in another language, both ways and below a base path', () => {
    expect(switchLanguage('/angebote/netz-cafe/', '', 'ar')).toBe('/ar/angebote/netz-cafe/');
    expect(switchLanguage('/ar/angebote/netz-cafe/', 'ar', '')).toBe('/angebote/netz-cafe/');
    expect(switchLanguage('/familie/uk/partner/ksd/', 'uk', 'tr', '/familie/')).toBe('/familie/tr/partner/ksd/');
    expect(switchLanguage('/en/', 'en', '')).toBe('/');
    expect(switchLanguage('/', '', 'en')).toBe('/en/');
  });
});

describe('alternates for search engines', () => {
  it('names the page in every language and the default language as x-default', () => {
    const links = pageAlternates('/en/angebote/netz-cafe/', 'en', ['de', 'en', 'ar'], '/', 'https://example.org');
    expect(links).toEqual([
      { hreflang: 'de', href: 'https://example.org/angebote/netz-cafe/' },
      { hreflang: 'en', href: 'https://example.org/en/angebote/netz-cafe/' },
      { hreflang: 'ar', href: 'https://example.org/ar/angebote/netz-cafe/' },
      { hreflang: 'x-default', href: 'https://example.org/angebote/netz-cafe/' },
    ]);
  });

  it('has none on a site with one language', () => {
    expect(pageAlternates('/angebote/', 'de', ['de'], '/', 'https://example.org')).toEqual([]);
  });

  it('adds x-default to a sitemap entry that has alternates, and leaves others alone', () => {
    const item = { url: 'https://example.org/en/', links: [{ url: 'https://example.org/', lang: 'de' }, { url: 'https://example.org/en/', lang: 'en' }] };
    expect(withDefaultAlternate(item, 'de').links).toContainEqual({ url: 'https://example.org/', lang: 'x-default' });
    expect(withDefaultAlternate({ url: 'https://example.org/' }, 'de')).toEqual({ url: 'https://example.org/' });
  });
});

describe('editors’ texts in the visitor’s language', () => {
  const translation = { data: { reviewed: false, title: 'Net café', cost: { text: 'Coffee and biscuits' }, openQuestions: ['When?'], summary: ' ' } };

  it('takes a translated field where there is one, else the German text marked as German', () => {
    expect(localText('Netz-Café', translatedField(translation, 'title'), 'en', 'de')).toEqual({ text: 'Net café', lang: 'en' });
    expect(localText('Kaffee', translatedField(translation, 'cost.text'), 'en', 'de')).toEqual({ text: 'Coffee and biscuits', lang: 'en' });
    // An empty translated value does not hide the German text.
    expect(localText('Offenes Café', translatedField(translation, 'summary'), 'en', 'de')).toEqual({ text: 'Offenes Café', lang: 'de' });
    expect(localText('Netz-Café', undefined, 'uk', 'de')).toEqual({ text: 'Netz-Café', lang: 'de' });
    expect(localText('Netz-Café', 'Net café', 'de', 'de')).toEqual({ text: 'Netz-Café', lang: 'de' });
  });

  it('translates a list only as a whole', () => {
    expect(localList(['Wann?'], translatedField(translation, 'openQuestions'), 'en', 'de')).toEqual([{ text: 'When?', lang: 'en' }]);
    expect(localList(['Wann?', 'Wo?'], ['When?'], 'en', 'de')).toEqual([
      { text: 'Wann?', lang: 'de' },
      { text: 'Wo?', lang: 'de' },
    ]);
  });

  it('says whether the page shows German, an unchecked or a checked translation', () => {
    expect(translationState('de', 'de', undefined)).toBe('source');
    expect(translationState('en', 'de', undefined)).toBe('missing');
    expect(translationState('en', 'de', translation)).toBe('unreviewed');
    expect(translationState('en', 'de', { data: { reviewed: true } })).toBe('reviewed');
  });

  it('marks only text in another language than the page', () => {
    expect(langAttr({ lang: 'de' }, 'ar')).toBe('de');
    expect(langAttr({ lang: 'ar' }, 'ar')).toBeUndefined();
    expect(langAttr(undefined, 'ar')).toBeUndefined();
  });
});

describe('facts from data in every language', () => {
  // Thursday 3 December 2026, 15:00–17:00 in Berlin (winter time, UTC+1).
  const start = new Date('2026-12-03T14:00:00Z');
  const end = new Date('2026-12-03T16:00:00Z');

  it.each(LANGUAGE_CODES)('%s: names the weekday as Intl does for the language, in Berlin time', (lang) => {
    const expected = new Intl.DateTimeFormat(LANGUAGES[lang].locale, { weekday: 'long', timeZone: 'Europe/Berlin' }).format(start);
    expect(formatWeekday(start, lang)).toBe(expected);
    expect(weekdayName(4, lang)).toBe(expected);
    const range = formatDateTimeRange(start, end, lang);
    expect(range).toContain(expected);
    expect(range).toContain('15:00');
    expect(range).toContain('17:00');
  });

  it('writes the weekdays of the examples the issue names', () => {
    expect([formatWeekday(start, 'en'), formatWeekday(start, 'tr'), formatWeekday(start, 'ar'), formatWeekday(start, 'uk')]).toEqual([
      'Thursday',
      'Perşembe',
      'الخميس',
      'четвер',
    ]);
  });

  it('keeps Western digits in Arabic, as the phone numbers and times of the content', () => {
    expect(formatDateTimeRange(start, end, 'ar')).toMatch(/3/);
    expect(formatDateTimeRange(start, end, 'ar')).not.toMatch(/[\u0660-\u0669]/);
  });

  it('describes a schedule with the phrases and day names of the language', () => {
    const schedule = { rules: [{ repeat: 'wöchentlich', weekdays: ['Donnerstag'], interval: 1, start: '15:00', end: '17:00' }], onPublicHolidays: 'fällt aus' } as unknown as Schedule;
    for (const lang of LANGUAGE_CODES) {
      const [rule, holidays] = describeSchedule(schedule, { lang });
      expect(rule, lang).toBe(t(lang, 'schedule.weekly', { days: weekdayName(4, lang), times: t(lang, 'time.range', { start: '15:00', end: '17:00' }) }));
      expect(holidays, lang).toBe(t(lang, 'schedule.holidays.closed'));
    }
    expect(describeSchedule(schedule, { lang: 'de' })[0]).toBe('jeden Donnerstag, 15:00–17:00 Uhr');
    expect(weekdaysText(['Donnerstag', 'Montag'], 'en')).toBe('Monday and Thursday');
  });

  it('words cost and registration in the language, with the editors’ text where translated', () => {
    expect(costText({ type: 'kostenlos' }, 'tr')).toBe(DICTIONARIES.tr['cost.kostenlos']);
    expect(costText({ type: 'spende', text: 'Kaffee' }, 'en', 'Coffee')).toBe(`${DICTIONARIES.en['cost.spende']}: Coffee`);
    expect(registrationText({ required: 'ja', how: 'Telefonisch' } as never, true, 'uk', 'Телефоном')).toBe(`${DICTIONARIES.uk['registration.ja']} Телефоном`);
  });

  it('has a text in every language for every word of the closed lists', () => {
    for (const lang of LANGUAGE_CODES) {
      for (const topic of TOPICS) expect(topicText(topic, lang).length, `${lang} ${topic}`).toBeGreaterThan(2);
      for (const audience of AUDIENCES) expect(audienceText(audience, lang).length, `${lang} ${audience}`).toBeGreaterThan(2);
      for (const kind of PARTNER_KINDS) expect(partnerKindText(kind, lang).length, `${lang} ${kind}`).toBeGreaterThan(2);
    }
    // German shows the content's own words.
    expect(TOPICS.map((topic) => topicText(topic, 'de'))).toEqual([...TOPICS]);
    expect(AUDIENCES.map((audience) => audienceText(audience, 'de'))).toEqual([...AUDIENCES]);
  });
});
