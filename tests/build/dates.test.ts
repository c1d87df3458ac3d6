// Dates in the built site: calendar files, structured data, data-ends for the stale-page script,
// the Diese-Woche page.
import { existsSync, readFileSync, statSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/de.ts';
import { UID_DOMAIN } from '../../src/lib/dates/ical.ts';
import { builtDeployment, fileForPath, htmlPages, readPage } from '../support/dist.ts';
import { offers, offersWithDates as scheduled, published } from '../support/content.ts';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
const { routes, site } = builtDeployment();
const events = published('events');

function readCalendar(path: string): ICAL.Component {
  const file = fileForPath(path);
  expect(existsSync(file), `${path} fehlt`).toBe(true);
  return new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
}
const uids = (calendar: ICAL.Component) => calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('uid')));

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
      for (const uid of uids(calendar)) expect(uid).toMatch(new RegExp(`^offer-${offer.id}(-\\d+)?@`));
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

  it('the Termine page offers the feed as webcal: subscription and as https download', () => {
    const $ = readPage(routes.events());
    const feed = new URL(routes.feed(), site);
    expect($(`main a[href="webcal://${feed.host}${feed.pathname}"]`).text()).toBe(t('calendar.subscribe'));
    expect($(`main a[href="${routes.feed()}"]`).attr('download')).toBeDefined();
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

  it('the home page shows at most six dates and keeps later ones hidden as spares', () => {
    const $ = readPage(routes.home());
    const items = $('[data-date-list] li[data-ends]');
    const visible = items.filter((_, el) => el.attribs['hidden'] === undefined);
    expect(visible.length).toBeLessThanOrEqual(6);
    expect($('[data-date-list]').attr('data-max')).toBe('6');
    // Visible ones come first, so without JavaScript the list reads as of the build.
    expect(items.toArray().slice(0, visible.length)).toEqual(visible.toArray());
    if (visible.length === 6) expect(items.length).toBeGreaterThan(6);
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

describe('the Diese-Woche page', () => {
  const $ = readPage(routes.week());
  const days = $('[data-day-from]').toArray();

  it('has seven days, Monday to Sunday, each day ending where the next begins', () => {
    expect(days).toHaveLength(7);
    expect($(days[0]).find('h2').text()).toMatch(/^Montag, /);
    expect($(days[6]).find('h2').text()).toMatch(/^Sonntag, /);
    for (let i = 1; i < 7; i++) expect(days[i]!.attribs['data-day-from']).toBe(days[i - 1]!.attribs['data-day-until']);
  });

  it('marks exactly one day "Heute", and every day lists dates or says there are none', () => {
    const today = days.filter((d) => $(d).find('[data-today]:not([hidden])').length === 1);
    expect(today).toHaveLength(1);
    expect($(today[0]).find('[data-today]').text()).toBe(t('week.today'));
    for (const day of days) {
      const listed = $(day).find('li[data-ends]').length;
      const said = $(day).children('p').text().trim();
      expect(listed > 0 || said.length > 10, $(day).find('h2').text()).toBe(true);
    }
  });

  it('is linked from the home page and the Termine page', () => {
    expect(readPage(routes.home())(`main a[href="${routes.week()}"]`).length).toBe(1);
    expect(readPage(routes.events())(`main a[href="${routes.week()}"]`).length).toBe(1);
  });
});
