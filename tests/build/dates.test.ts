// Dates in the built site: calendar files, structured data, data-ends for the stale-page script,
// the Diese-Woche page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { holidaysFor } from '../../src/lib/dates/holidays.ts';
import { uidDomainOf } from '../../src/lib/dates/ical.ts';
import { DAYS_BUILT, DAYS_SHOWN } from '../../src/lib/dates/week.ts';
import { builtDeployment, fileForPath, htmlPages, readPage } from '../support/dist.ts';
import { offers, offersWithDates as scheduled, published, site as settings } from '../support/content.ts';

const t = translator('de');

const UID_DOMAIN = uidDomainOf(settings.url);

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const { routes, site } = builtDeployment();
const events = published('events');

function readCalendar(path: string): ICAL.Component {
  const file = fileForPath(path);
  expect(existsSync(file), `${path} fehlt`).toBe(true);
  return new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
}
/** The UIDs of the series and single dates (changed instances of a series share their series' UID). */
const uids = (calendar: ICAL.Component) =>
  calendar
    .getAllSubcomponents('vevent')
    .filter((v) => !v.hasProperty('recurrence-id'))
    .map((v) => String(v.getFirstPropertyValue('uid')));

function jsonLd(path: string): Record<string, unknown>[] {
  const $ = readPage(path);
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as Record<string, unknown>);
}

describe('calendar files', () => {
  it('the content has regular offers with dates and events to test with', () => {
    expect(scheduled.length).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
  });

  it('exist for every running offer with a schedule, parse with ical.js and are linked from its page', () => {
    for (const offer of scheduled) {
      const calendar = readCalendar(routes.offerCalendar(offer.id));
      expect(calendar.name).toBe('vcalendar');
      expect(uids(calendar), offer.id).toHaveLength(offer.data.schedule!.rules.length);
      for (const uid of uids(calendar)) expect(uid).toMatch(new RegExp(`^offer-${offer.id}(-\\d+)?@${UID_DOMAIN.replace(/\./g, '\\.')}$`));
      const $ = readPage(routes.offer(offer.id));
      expect($(`main a[href="${routes.offerCalendar(offer.id)}"]`).text(), offer.id).toBe(t('calendar.add'));
    }
  });

  it('exist for every event, parse with ical.js, carry a Berlin start and are linked from its page', () => {
    for (const event of events) {
      const calendar = readCalendar(routes.eventCalendar(event.id));
      const [vevent] = calendar.getAllSubcomponents('vevent');
      expect(String(vevent!.getFirstPropertyValue('uid'))).toBe(`event-${event.id}@${UID_DOMAIN}`);
      expect(vevent!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Berlin');
      const $ = readPage(routes.event(event.id));
      expect($(`main a[href="${routes.eventCalendar(event.id)}"]`).length, event.id).toBe(1);
    }
  });

  it('the feed holds exactly the UIDs of all offer and event files', () => {
    const feed = uids(readCalendar(routes.feed()));
    const single = [
      ...scheduled.flatMap((o) => uids(readCalendar(routes.offerCalendar(o.id)))),
      ...events.map((e) => `event-${e.id}@${UID_DOMAIN}`),
    ];
    expect(new Set(feed).size).toBe(feed.length);
    expect([...feed].sort()).toEqual([...single].sort());
  });

  it('the Termine page offers the feed as webcal: subscription and as https file for the calendar app', () => {
    const $ = readPage(routes.events());
    const feed = new URL(routes.feed(), site);
    expect($(`main a[href="webcal://${feed.host}${feed.pathname}"]`).text()).toBe(t('calendar.subscribe'));
    expect($(`main a[href="${routes.feed()}"]`).attr('type')).toBe('text/calendar');
  });

  it('no calendar link anywhere has a download attribute (the phone opens the calendar app)', () => {
    let links = 0;
    for (const path of htmlPages()) {
      readPage(path)('a[href$=".ics"], a[href^="webcal:"]').each((_, el) => {
        links++;
        expect(el.attribs['download'], `${path} ${el.attribs['href']}`).toBeUndefined();
      });
    }
    expect(links).toBeGreaterThan(scheduled.length + events.length);
  });

  it('every offer with dates has a webcal: subscription of its own file, and a line for Android', () => {
    for (const offer of scheduled) {
      const $ = readPage(routes.offer(offer.id));
      const webcal = $('main a[href^="webcal:"]').attr('href');
      expect(webcal, offer.id).toBeDefined();
      const parsed = new URL(webcal!);
      const file = new URL(routes.offerCalendar(offer.id), site);
      expect([parsed.protocol, parsed.host, parsed.pathname]).toEqual(['webcal:', file.host, file.pathname]);
      expect($('main .calendar-link').text()).toContain(t('calendar.android'));
      expect($('main .calendar-link code').text()).toBe(file.href);
    }
  });

  it('calendar files name their validity and the holiday rule in the description', () => {
    for (const offer of scheduled) {
      const [series] = readCalendar(routes.offerCalendar(offer.id)).getAllSubcomponents('vevent');
      const description = String(series!.getFirstPropertyValue('description'));
      const from = offer.data.schedule!.validFrom;
      if (from) expect(description, offer.id).toMatch(/^Gilt (ab|vom) /m);
      expect(description, offer.id).toMatch(/Feiertag/);
    }
  });

  it('offers without a schedule or not running get no calendar file', () => {
    for (const offer of offers.filter((o) => !scheduled.includes(o))) {
      expect(existsSync(fileForPath(routes.offerCalendar(offer.id))), offer.id).toBe(false);
    }
  });
});

describe('structured data for dates', () => {
  it('every event page has Event JSON-LD with start and end carrying an offset', () => {
    for (const event of events) {
      const ld = jsonLd(routes.event(event.id)).find((d) => d['@type'] === 'Event');
      expect(ld, event.id).toBeDefined();
      expect(ld!['startDate']).toMatch(ISO_WITH_OFFSET);
      expect(ld!['endDate']).toMatch(ISO_WITH_OFFSET);
      expect(ld!['eventStatus']).toMatch(/^https:\/\/schema\.org\/Event/);
    }
  });

  it('every running offer with a schedule is a GovernmentService with hoursAvailable', () => {
    for (const offer of scheduled) {
      const ld = jsonLd(routes.offer(offer.id)).find((d) => d['@type'] === 'GovernmentService');
      const hours = ld?.['hoursAvailable'] as Record<string, unknown>[] | undefined;
      expect(hours?.length, offer.id).toBeGreaterThan(0);
      for (const spec of hours!) {
        expect(spec['@type']).toBe('OpeningHoursSpecification');
        expect(spec['opens']).toMatch(/^\d{2}:\d{2}$/);
      }
    }
  });
});

describe('dates in the pages', () => {
  const pages = htmlPages();
  const script = (path: string) =>
    readPage(path)('script[type="module"][src]')
      .toArray()
      .map((el) => el.attribs['src'] ?? '')
      .find((src) => /\/_astro\/DateScript\.[^/]+\.js$/.test(src));

  it('every data-ends and data-after value is ISO 8601 with offset', () => {
    let count = 0;
    for (const path of pages) {
      const $ = readPage(path);
      $('[data-ends], [data-after], [data-day-from], [data-day-until]').each((_, el) => {
        for (const name of ['data-ends', 'data-after', 'data-day-from', 'data-day-until']) {
          const value = el.attribs[name];
          if (value === undefined) continue;
          expect(value, `${path} ${name}`).toMatch(ISO_WITH_OFFSET);
          count++;
        }
      });
    }
    expect(count).toBeGreaterThan(20);
  });

  it('the hiding script is an external module under 2 KB, loaded exactly on the pages that carry dates', () => {
    const withDates = pages.filter((path) => readPage(path)('[data-ends], [data-after]').length > 0);
    const withScript = pages.filter((path) => script(path) !== undefined);
    expect(withDates).toEqual(expect.arrayContaining([routes.home(), routes.week(), routes.events(), ...scheduled.map((o) => routes.offer(o.id))]));
    expect(withScript).toEqual(withDates);
    const src = script(routes.home())!;
    expect(statSync(fileForPath(src)).size).toBeLessThan(2048);
    for (const path of pages) {
      const inline = readPage(path)('script:not([src]):not([type="application/ld+json"])');
      expect(inline.length, `${path}: inline script`).toBe(0);
    }
  });

  it('the home page groups its dates by day: three days shown, later ones hidden as spares', () => {
    const $ = readPage(routes.home());
    const groups = $('[data-date-list] [data-date-group]');
    const visible = groups.filter((_, el) => el.attribs['hidden'] === undefined);
    expect($('[data-date-list]').attr('data-max')).toBe('3');
    expect(visible.length).toBeLessThanOrEqual(3);
    expect(groups.toArray().slice(0, visible.length)).toEqual(visible.toArray());
    const days = groups.toArray().map((group) => $(group).find('h3 time').attr('datetime'));
    expect(new Set(days).size).toBe(days.length); // one heading per day
    for (const group of groups.toArray()) {
      const day = $(group).find('h3 time').attr('datetime')!;
      const items = $(group).find('li[data-ends]');
      expect(items.length).toBeGreaterThan(0);
      // Below a day's heading only times, no repeated date.
      items.each((_, li) => expect($(li).find('time').attr('datetime')!.slice(0, 10)).toBe(day));
    }
  });

  it('a regular date on a holiday its offer does not decide is marked "bitte nachfragen"', () => {
    const holiday = holidaysFor();
    const marks = { marked: 0, plain: 0 };
    for (const path of [routes.home(), routes.events(), ...scheduled.map((o) => routes.offer(o.id))]) {
      const $ = readPage(path);
      $('li[data-ends]').each((_, li) => {
        const href = $(li).find('a').attr('href') ?? path;
        const offer = scheduled.find((o) => href === routes.offer(o.id));
        if (!offer) return;
        const day = $(li).find('time').attr('datetime')!.slice(0, 10);
        const ask = holiday(day) !== undefined && offer.data.schedule!.onPublicHolidays === 'unbekannt';
        expect($(li).find('.date-holiday').length, `${path} ${offer.id} ${day}`).toBe(ask ? 1 : 0);
        marks[ask ? 'marked' : 'plain']++;
      });
    }
    expect(marks.plain).toBeGreaterThan(0);
  });

  it('offer pages print the schedule note once and show four next dates, with spares', () => {
    for (const offer of scheduled) {
      const $ = readPage(routes.offer(offer.id));
      const note = offer.data.schedule?.note;
      if (note) expect($('main').text().split(note).length - 1, offer.id).toBe(1);
      const items = $('#naechste-termine').parent().find('li[data-ends]');
      expect(items.filter((_, el) => el.attribs['hidden'] === undefined).length, offer.id).toBe(4);
      expect(items.length, offer.id).toBeGreaterThan(4);
    }
  });
});

describe('the page of the next seven days', () => {
  const $ = readPage(routes.week());
  const days = $('[data-week] [data-week-day]').toArray();
  const shown = days.filter((d) => d.attribs['hidden'] === undefined);

  it('is built two weeks deep from the build day, day after day without gaps', () => {
    expect(days).toHaveLength(DAYS_BUILT);
    for (let i = 1; i < days.length; i++) expect(days[i]!.attribs['data-day-from']).toBe(days[i - 1]!.attribs['data-day-until']);
    expect($('[data-week]').attr('data-shown')).toBe(String(DAYS_SHOWN));
  });

  it('shows the seven days from the build day without JavaScript, the first marked "Heute"', () => {
    expect(shown).toEqual(days.slice(0, DAYS_SHOWN));
    expect($(days[0]).find('[data-today]').attr('hidden')).toBeUndefined();
    expect($('[data-today]:not([hidden])')).toHaveLength(1);
  });

  it('lists a day with dates under its own heading; days without dates share one line', () => {
    for (const day of days) {
      if (day.tagName === 'section') {
        expect($(day).find('h2 time').length).toBe(1);
        expect($(day).find('li[data-ends]').length + $(day).children('p').length).toBeGreaterThan(0);
      } else {
        expect($(day).closest('[data-week-group]').text()).toContain(t('week.nothingOn'));
      }
    }
    // No two lines of empty days follow each other.
    const kinds = $('[data-week]').children().toArray().map((el) => (el.tagName === 'section' ? 'day' : 'empty'));
    expect(kinds.join(',')).not.toMatch(/empty,empty/);
  });

  it('is linked from the home page and the Termine page', () => {
    expect(readPage(routes.home())(`main a[href="${routes.week()}"]`).length).toBe(1);
    expect(readPage(routes.events())(`main a[href="${routes.week()}"]`).length).toBe(1);
  });
});
