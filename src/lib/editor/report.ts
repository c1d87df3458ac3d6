// `npm run report`: what needs the editors' attention, beyond errors — what is
// due next, stale entries, offers families cannot act on (no time, no
// contact), unfinished drafts, notices that ran out, events that ended with no
// next date, broken links, partners nobody links to, and the open questions
// written into the entries. Each gap of an entry is listed once, in the
// section that says what to do about it.
//
// To add a section, append a ReportSection to the list buildReport() returns
// (or build your own list); formatReport() prints any list of sections.
import type { CheckedEntry, Problem } from '../content/check.ts';
import { placeholderFinds } from '../content/drafts.ts';
import { isPast, isPublished, isStale, STALE_AFTER_MONTHS } from '../content/status.ts';
import { localNoon } from '../dates/zone.ts';

export interface ReportSection {
  title: string;
  /** Why it matters and what to do, one line. */
  hint: string;
  items: string[];
}

type Data = Record<string, unknown>;

/** How far ahead "what is due next" looks, in days. */
export const DUE_WITHIN_DAYS = 42;

function dataOf(entry: CheckedEntry): Data {
  return (entry.data ?? (entry.file.data as Data | undefined) ?? {}) as Data;
}

function label(entry: CheckedEntry): string {
  const data = dataOf(entry);
  const name = typeof data['title'] === 'string' ? data['title'] : typeof data['name'] === 'string' ? data['name'] : entry.id;
  return `${name} (${entry.file.file})`;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function hasPartnerContact(offer: Data, partners: Map<string, Data>): boolean {
  return list(offer['partners']).some((id) => {
    const partner = partners.get(id);
    return Boolean(partner && (partner['phone'] || partner['email']));
  });
}

/** Drafts and unfinished entries: listed once, under "Entwürfe", with what is missing. */
function isUnfinished(entry: CheckedEntry): boolean {
  return !isPublished(dataOf(entry)) || Boolean(entry.incomplete);
}

function addDays(day: string, days: number): string {
  const date = localNoon(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An offer's open questions already ask for its days and times. */
function asksForTime(data: Data): boolean {
  return list(data['openQuestions']).some((q) => /wochentag|uhrzeit|zeiten|termin|wann/i.test(q));
}

export function buildReport(entries: readonly CheckedEntry[], today: string, problems: readonly Problem[] = [], now: Date = localNoon(today)): ReportSection[] {
  const finished = entries.filter((e) => !isUnfinished(e));
  const of = (collection: CheckedEntry['collection']) => finished.filter((e) => e.collection === collection);
  const offers = of('offers');
  const partners = of('partners');
  const events = of('events');
  const partnerData = new Map(partners.map((p) => [p.id, dataOf(p)]));
  // Offers that still matter to families and run now (paused ones are listed as paused, ended ones not at all).
  const runningOffers = offers.filter((o) => (dataOf(o)['status'] ?? 'aktiv') === 'aktiv');

  const reviewed = (e: CheckedEntry): string | undefined => {
    const value = dataOf(e)['reviewed'];
    return typeof value === 'string' ? value : undefined;
  };
  const stale = finished.filter((e) => reviewed(e) && isStale(reviewed(e)!, today));
  const future = finished.filter((e) => reviewed(e) && reviewed(e)! > today);

  // What is due next, soonest first: reviews that turn stale, notices that end, events that come.
  const horizon = addDays(today, DUE_WITHIN_DAYS);
  const due: [day: string, text: string][] = [];
  for (const e of finished) {
    const day = reviewed(e);
    if (day && !stale.includes(e) && !future.includes(e)) {
      const dueDay = addMonths(day, STALE_AFTER_MONTHS);
      if (dueDay <= horizon) due.push([dueDay, `${dueDay}: ${label(e)} neu prüfen (geprüft ${day})`]);
    }
    const notice = dataOf(e)['notice'] as { text?: string; until?: string } | undefined;
    if (notice?.until && notice.until >= today && notice.until <= horizon) due.push([notice.until, `${notice.until}: Hinweis bei ${label(e)} endet — löschen oder verlängern`]);
  }
  for (const e of events) {
    const start = dataOf(e)['start'];
    if (typeof start === 'string' && start.slice(0, 10) >= today && start.slice(0, 10) <= horizon && dataOf(e)['status'] !== 'abgesagt') {
      due.push([start.slice(0, 10), `${start.slice(0, 10)}: ${label(e)} findet statt — Angaben noch einmal bestätigen`]);
    }
  }
  due.sort((a, b) => a[0].localeCompare(b[0]));

  const noSchedule = runningOffers.filter((o) => !dataOf(o)['schedule'] && !asksForTime(dataOf(o))).map(label);
  const noContact = runningOffers.filter((o) => !dataOf(o)['contact'] && !hasPartnerContact(dataOf(o), partnerData)).map(label);
  const noPartner = offers.filter((o) => list(dataOf(o)['partners']).length === 0).map(label);
  const referenced = new Set([...offers.flatMap((o) => list(dataOf(o)['partners'])), ...events.flatMap((e) => list(dataOf(e)['organisers']))]);
  const idlePartners = partners.filter((p) => !referenced.has(p.id)).map(label);
  const paused = offers.filter((o) => dataOf(o)['status'] === 'pausiert').map(label);

  const expiredNotices = finished.flatMap((e) => {
    const notice = dataOf(e)['notice'] as { until?: string } | undefined;
    return notice?.until && notice.until < today ? [`${label(e)}: Hinweis bis ${notice.until}`] : [];
  });

  // Events that ended with no later event of the same series (a one-off counts as its own series), last 12 months.
  const yearAgo = addMonths(today, -12);
  const seriesOf = (e: CheckedEntry): string => (typeof dataOf(e)['series'] === 'string' ? (dataOf(e)['series'] as string) : `#${e.id}`);
  const ended = events.filter((e) => {
    const data = dataOf(e) as { start?: string; end?: string };
    if (!data.end || !isPast({ end: data.end }, now) || data.end.slice(0, 10) < yearAgo) return false;
    return !events.some((other) => other !== e && seriesOf(other) === seriesOf(e) && String(dataOf(other)['start'] ?? '') > String(data.start ?? ''));
  });
  const noFollowUp = ended.map((e) => `${label(e)}: vorbei seit ${String(dataOf(e)['end']).slice(0, 10)}`);

  const drafts = entries.filter(isUnfinished).map((e) => {
    const missing = e.incomplete?.length ? `noch auszufüllen: ${e.incomplete.join(', ')}` : '';
    const placeholders = [...new Set(placeholderFinds(e.file.data, e.file.body).map((f) => f.what))];
    const parts = [missing, placeholders.length ? `Platzhalter: ${placeholders.join(', ')}` : ''].filter(Boolean);
    return parts.length ? `${label(e)}: ${parts.join('; ')}` : label(e);
  });

  const brokenLinks = problems
    .filter((p) => p.field === 'Text' && /^(Link|Bild) „/.test(p.message))
    .map((p) => `${p.file}:${p.line}: ${p.message.split(' — ')[0]}`);

  const questions = finished.flatMap((e) => {
    const open = list(dataOf(e)['openQuestions']);
    return open.length ? [`${label(e)}:\n      - ${open.join('\n      - ')}`] : [];
  });

  return [
    { title: `Als Nächstes fällig (${DUE_WITHIN_DAYS} Tage)`, hint: 'Der Reihe nach erledigen: nachfragen, dann „reviewed“ setzen, Hinweise löschen', items: due.map(([, text]) => text) },
    { title: 'Lange nicht geprüft (über 12 Monate)', hint: 'Beim Anbieter nachfragen, dann „reviewed“ auf das Datum setzen', items: stale.map((e) => `${label(e)}: zuletzt geprüft ${reviewed(e)}`) },
    { title: '„reviewed“ in der Zukunft', hint: 'Den Tag eintragen, an dem die Angaben wirklich geprüft wurden (höchstens heute)', items: future.map((e) => `${label(e)}: ${reviewed(e)}`) },
    { title: 'Kaputte Links und Bilder', hint: 'Die Seite wird so nicht gebaut: Adresse korrigieren (Details mit „npm run check“)', items: brokenLinks },
    { title: 'Abgelaufene Hinweise', hint: 'Die Seite zeigt sie nicht mehr: „notice“ löschen', items: expiredNotices },
    { title: 'Veranstaltungen vorbei, keine nächste', hint: 'Gibt es einen neuen Termin? Neue Veranstaltung anlegen (mit derselben „series“)', items: noFollowUp },
    { title: 'Angebote ohne Zeiten', hint: 'Familien wissen nicht, wann: „schedule“ ergänzen oder in „openQuestions“ notieren', items: noSchedule },
    { title: 'Angebote ohne Kontakt', hint: 'Weder „contact“ noch Telefon/E-Mail beim Partner: die Seite zeigt den zentralen Kontakt', items: noContact },
    { title: 'Angebote ohne Partner', hint: '„partners“ ergänzen', items: noPartner },
    { title: 'Partner ohne Angebote oder Veranstaltungen', hint: 'Ist der Partner noch dabei? Angebot anlegen oder Partner prüfen', items: idlePartners },
    { title: 'Pausierte Angebote', hint: 'Läuft es wieder? Dann „status: aktiv“', items: paused },
    { title: 'Entwürfe (nicht veröffentlicht)', hint: 'Ausfüllen, Platzhalter ersetzen, dann „draft: false“', items: drafts },
    { title: 'Offene Fragen', hint: 'Beim Anbieter klären und die Antwort eintragen', items: questions },
  ];
}

export function formatReport(sections: readonly ReportSection[], entryCount: number, today: string): string {
  const lines = [`Inhaltsbericht vom ${today}: ${entryCount} Einträge`, ''];
  for (const section of sections) {
    lines.push(`${section.title}: ${section.items.length}`);
    if (section.items.length) {
      lines.push(`  → ${section.hint}`);
      for (const item of section.items) lines.push(`    - ${item}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
