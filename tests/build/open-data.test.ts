// The open data of the built site: /daten/ (linked from every footer), the HSDS 3.0 export of every
// published offer (each valid against the official schema), the RSS feed of coming events and the
// calendar feed, both announced in the head of every page.
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { hsdsIds } from '../../src/lib/open-data/hsds.ts';
import { LICENCES } from '../../src/lib/open-data/licences.ts';
import { builtDeployment, fileForPath, htmlPages, readPage, routesOfPage } from '../support/dist.ts';
import { offers, site } from '../support/content.ts';
import { validateHsdsService } from '../support/hsds.ts';

const { routes } = builtDeployment();
const services = JSON.parse(readFileSync(fileForPath(routes.hsds()), 'utf8')) as Record<string, unknown>[];

describe('open data', () => {
  it('exports every published offer once, as a valid HSDS 3.0 service with its stable id', () => {
    const id = hsdsIds(site.url);
    expect(services.map((s) => s['id']).sort()).toEqual(offers.map((o) => id('service', o.id)).sort());
    for (const service of services) expect(validateHsdsService(service), String(service['name'])).toEqual([]);
  });

  it('explains the data and its licence on /daten/, linked from the footer of every page', () => {
    const $ = readPage(routes.openData());
    expect($(`main a[href="${routes.hsds()}"]`)).toHaveLength(1);
    expect($(`main a[href="${routes.eventsFeed()}"]`)).toHaveLength(1);
    expect($('main a[rel="license"]').attr('href')).toBe(LICENCES[site.openData.licence].url);
    for (const path of htmlPages()) expect(readPage(path)(`footer a[href="${routesOfPage(path).openData()}"]`), path).toHaveLength(1);
  });

  it('announces the RSS feed of events and the calendar feed in the head of every page', () => {
    for (const path of htmlPages()) {
      const $ = readPage(path);
      // Feed and calendar in the language of the page that announces them.
      expect($(`head link[rel="alternate"][type="application/rss+xml"]`).attr('href'), path).toBe(routesOfPage(path).eventsFeed());
      expect($(`head link[rel="alternate"][type="text/calendar"]`).attr('href'), path).toBe(routesOfPage(path).feed());
    }
  });

  it('writes an RSS 2.0 feed named after the site, with only events that are not over', () => {
    const feed = load(readFileSync(fileForPath(routes.eventsFeed()), 'utf8'), { xml: true });
    expect(feed('rss').attr('version')).toBe('2.0');
    expect(feed('channel > title').text()).toContain(site.name);
    const coming = readPage(routes.events())('#demnaechst').parent().find('a').map((_, el) => new URL(el.attribs['href']!, builtDeployment().site).href).get();
    for (const link of feed('item > link').map((_, el) => feed(el).text()).get()) expect(coming).toContain(link);
  });
});
