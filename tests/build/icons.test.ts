// Icons stand beside their words, never instead of them: every fact of an
// offer or event page and every topic of the offers list has a Lucide icon,
// inlined (no request), hidden from screen readers, next to visible text.
import { describe, expect, it } from 'vitest';
import type { CheerioAPI } from 'cheerio';
import { TOPIC_ICONS } from '../../src/lib/icons.ts';
import { TOPICS } from '../../src/schemas/vocabulary.ts';
import { builtDeployment, readPage, sitemapPaths } from '../support/dist.ts';
import { topicGroups } from '../support/content.ts';

const { routes } = builtDeployment();
const entryPages = sitemapPaths().filter((path) => /\/(angebote|veranstaltungen)\/[^/]+\/$/.test(path) && readPage(path)('dl.facts').length > 0);

/** The labels that have no hidden inline SVG, or no text of their own beside it. */
function bare($: CheerioAPI, selector: string): string[] {
  return $(selector)
    .toArray()
    .filter((el) => {
      const svg = $(el).children('svg');
      return svg.length !== 1 || svg.attr('aria-hidden') !== 'true' || svg.attr('focusable') !== 'false' || $(el).text().trim().length < 2;
    })
    .map((el) => $(el).text().trim() || $.html(el));
}

describe('icons beside their words', () => {
  it('every fact label of every offer and event page, in every language', () => {
    expect(entryPages.length).toBeGreaterThan(0);
    const missing = entryPages.flatMap((path) => bare(readPage(path), 'dl.facts > dt').map((label) => `${path}: ${label}`));
    expect(missing).toEqual([]);
  });

  it('every topic heading of the offers list', () => {
    const $ = readPage(routes.offers());
    expect($('main h2.heading-with-icon').length).toBe(topicGroups.length);
    expect(bare($, 'main h2.heading-with-icon')).toEqual([]);
  });

  it('every topic of the vocabulary has an icon', () => {
    for (const topic of TOPICS) expect(TOPIC_ICONS[topic], topic).toBeTruthy();
  });
});
