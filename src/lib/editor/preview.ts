// What the CMS's preview shows for an entry being edited: the page's heading,
// notices, lead sentence and facts ("Für wen", "Wann", "Wo" …), worded by the
// same functions and interface texts as the site's pages. The CMS hands over
// the draft with the defaults of config.yml filled in (as it will save it);
// while the draft is still incomplete, each fact shows what it can.
// Runs in the browser (bundled into /admin/preview.js) and in unit tests.
import { translator } from '../../i18n/index.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { formatDateTimeRange } from '../dates/format.ts';
import { localDateTimeToDate, localDay } from '../dates/zone.ts';
import { ageText, costText, freshness, registrationText } from '../text/facts.ts';
import { describeSchedule } from '../text/schedule.ts';

// The editors' tools speak German.
const t = translator('de');

export interface PreviewFact {
  label: string;
  lines: string[];
}

export interface PreviewPage {
  title: string;
  notices: string[];
  lead?: string;
  facts: PreviewFact[];
}

export interface PreviewContext {
  /** The name (or title) of another entry, as the CMS knows it; undefined while unknown. */
  nameOf(collection: CollectionName, id: string): string | undefined;
  now: Date;
}

/** Collections with a page-like preview; the others keep Sveltia's field list (in the site's styles). */
export const PREVIEW_COLLECTIONS = ['offers', 'events', 'partners', 'pages'] as const satisfies readonly CollectionName[];

type Data = Record<string, unknown>;

/** A fact whose wording fails on an incomplete draft is shown as not yet complete, not as an error. */
function fact(label: string, lines: () => (string | undefined)[]): PreviewFact {
  try {
    return { label, lines: lines().filter((l): l is string => Boolean(l)) };
  } catch {
    return { label, lines: ['…'] };
  }
}

function names(ctx: PreviewContext, collection: CollectionName, ids: unknown): string[] {
  const list = Array.isArray(ids) ? ids : typeof ids === 'string' && ids ? [ids] : [];
  return list.map((id) => ctx.nameOf(collection, String(id)) ?? String(id));
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function offer(d: Data, ctx: PreviewContext): PreviewPage {
  const status = d['status'];
  const notice = d['notice'] as { text?: string } | undefined;
  return {
    title: text(d['title']) ?? '',
    notices: [status === 'pausiert' || status === 'beendet' ? t(`offer.status.${status}`) : undefined, text(notice?.text)].filter(
      (n): n is string => Boolean(n),
    ),
    ...(text(d['summary']) ? { lead: text(d['summary']) } : {}),
    facts: [
      fact(t('offer.forWhom'), () => [(d['audiences'] as string[] | undefined)?.join(', ')]),
      fact(t('offer.ages'), () => [ageText(d['ageRange'] as never, 'de')]),
      fact(t('offer.when'), () => (d['schedule'] ? describeSchedule(d['schedule'] as never, { lang: 'de', from: ctx.now }) : [t('offer.whenUnknown')])),
      fact(t('offer.where'), () => names(ctx, 'locations', d['location']).concat(d['location'] ? [] : [t('offer.whereUnknown')])),
      fact(t('offer.cost'), () => [d['cost'] ? costText(d['cost'] as never, 'de') : undefined]),
      // "Just come by" only with a time and a place, as on the offer page.
      fact(t('offer.registration'), () => [
        d['registration'] ? registrationText(d['registration'] as never, Boolean(d['location'] && (d['schedule'] as { rules?: unknown[] } | undefined)?.rules?.length), 'de') : undefined,
      ]),
      fact(t('offer.languages'), () => [(d['languages'] as string[] | undefined)?.join(', ')]),
      fact(t('offer.runBy'), () => [names(ctx, 'partners', d['partners']).join(', ')]),
      fact(t('offer.reviewed'), () => [text(d['reviewed']) ? freshness(String(d['reviewed']), localDay(ctx.now), 'de').text : undefined]),
    ].filter((f) => f.lines.length > 0),
  };
}

function event(d: Data, ctx: PreviewContext): PreviewPage {
  const status = d['status'];
  return {
    title: text(d['title']) ?? '',
    notices: status === 'abgesagt' || status === 'verschoben' ? [t(`event.status.${status}`)] : [],
    ...(text(d['summary']) ? { lead: text(d['summary']) } : {}),
    facts: [
      fact(t('event.when'), () => [
        text(d['start']) && text(d['end']) ? formatDateTimeRange(localDateTimeToDate(String(d['start'])), localDateTimeToDate(String(d['end'])), 'de') : undefined,
      ]),
      fact(t('event.where'), () => names(ctx, 'locations', d['location']).concat(d['location'] ? [] : [t('offer.whereUnknown')])),
      fact(t('offer.cost'), () => [d['cost'] ? costText(d['cost'] as never, 'de') : undefined]),
      fact(t('offer.registration'), () => [d['registration'] ? registrationText(d['registration'] as never, Boolean(d['location']), 'de') : undefined]),
      fact(t('event.organisers'), () => [names(ctx, 'partners', d['organisers']).join(', ')]),
    ].filter((f) => f.lines.length > 0),
  };
}

function partner(d: Data, ctx: PreviewContext): PreviewPage {
  const address = d['address'] as { street?: string; postcode?: string; town?: string } | undefined;
  return {
    title: text(d['name']) ?? '',
    notices: [],
    ...(text(d['description']) ? { lead: text(d['description']) } : {}),
    facts: [
      fact(t('contact.address'), () =>
        d['location'] ? names(ctx, 'locations', d['location']) : [address ? [address.street, [address.postcode, address.town].filter(Boolean).join(' ')].filter(Boolean).join(', ') : undefined],
      ),
      fact(t('contact.person'), () => [text(d['contactPerson'])]),
      fact(t('contact.phone'), () => [text(d['phone'])]),
      fact(t('contact.email'), () => [text(d['email'])]),
      fact(t('contact.website'), () => [text(d['website'])]),
      fact(t('partner.since'), () => [d['since'] === undefined ? undefined : String(d['since'])]),
    ].filter((f) => f.lines.length > 0),
  };
}

function page(d: Data): PreviewPage {
  return { title: text(d['title']) ?? '', notices: [], facts: [] };
}

/**
 * The draft as it will be saved: the CMS keeps fields left empty as '' or null while editing and
 * leaves them out on save (output.omit_empty_optional_fields). The site's wording expects them absent
 * (an empty "bis" of a closed period would otherwise end it before it begins).
 */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== '' && v !== null && v !== undefined)
      .map(([k, v]) => [k, withoutEmpty(v)]),
  );
}

/** The preview of an entry of one of PREVIEW_COLLECTIONS. */
export function previewOf(collection: (typeof PREVIEW_COLLECTIONS)[number], draft: unknown, ctx: PreviewContext): PreviewPage {
  const data = typeof draft === 'object' && draft !== null ? (withoutEmpty(draft) as Data) : {};
  switch (collection) {
    case 'offers':
      return offer(data, ctx);
    case 'events':
      return event(data, ctx);
    case 'partners':
      return partner(data, ctx);
    case 'pages':
      return page(data);
  }
}
