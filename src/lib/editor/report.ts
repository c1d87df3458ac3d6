// `npm run report`: what needs the editors' attention, beyond errors — stale
// entries, offers families cannot act on (no time, no contact), partners
// nobody links to, and the open questions written into the entries.
import type { CheckedEntry } from '../content/check.ts';
import { isPublished, isStale } from '../content/status.ts';

export interface ReportSection {
  title: string;
  /** Why it matters and what to do, one line. */
  hint: string;
  items: string[];
}

type Data = Record<string, unknown>;

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

export function buildReport(entries: readonly CheckedEntry[], today: string): ReportSection[] {
  const of = (collection: CheckedEntry['collection']) => entries.filter((e) => e.collection === collection);
  const offers = of('offers');
  const partners = of('partners');
  const events = of('events');
  const partnerData = new Map(partners.map((p) => [p.id, dataOf(p)]));
  // Offers that still matter to families: published and not ended (paused ones come back).
  const activeOffers = offers.filter((o) => dataOf(o)['status'] !== 'beendet' && isPublished(dataOf(o)));

  const stale = entries
    .filter((e) => {
      const reviewed = dataOf(e)['reviewed'];
      return typeof reviewed === 'string' && isStale(reviewed, today);
    })
    .map((e) => `${label(e)}: zuletzt geprüft ${String(dataOf(e)['reviewed'])}`);

  const noSchedule = activeOffers.filter((o) => !dataOf(o)['schedule']).map(label);
  const noContact = activeOffers
    .filter((o) => !dataOf(o)['contact'] && !hasPartnerContact(dataOf(o), partnerData))
    .map(label);
  const noPartner = offers.filter((o) => list(dataOf(o)['partners']).length === 0).map(label);
  const referenced = new Set([
    ...offers.flatMap((o) => list(dataOf(o)['partners'])),
    ...events.flatMap((e) => list(dataOf(e)['organisers'])),
  ]);
  const idlePartners = partners.filter((p) => !referenced.has(p.id)).map(label);
  const paused = offers.filter((o) => dataOf(o)['status'] === 'pausiert').map(label);
  const drafts = entries.filter((e) => !isPublished(dataOf(e))).map(label);
  const questions = entries.flatMap((e) => {
    const open = list(dataOf(e)['openQuestions']);
    return open.length ? [`${label(e)}:\n      - ${open.join('\n      - ')}`] : [];
  });

  return [
    { title: 'Lange nicht geprüft (über 12 Monate)', hint: 'Beim Anbieter nachfragen, dann „reviewed“ auf das Datum setzen', items: stale },
    { title: 'Angebote ohne Zeiten', hint: 'Familien wissen nicht, wann: „schedule“ ergänzen oder in „openQuestions“ notieren', items: noSchedule },
    { title: 'Angebote ohne Kontakt', hint: 'Weder „contact“ noch Telefon/E-Mail beim Partner: die Seite zeigt den Kontakt des Familiennetzes', items: noContact },
    { title: 'Angebote ohne Partner', hint: '„partners“ ergänzen', items: noPartner },
    { title: 'Partner ohne Angebote oder Veranstaltungen', hint: 'Ist der Partner noch dabei? Angebot anlegen oder Partner prüfen', items: idlePartners },
    { title: 'Pausierte Angebote', hint: 'Läuft es wieder? Dann „status: aktiv“', items: paused },
    { title: 'Entwürfe (nicht veröffentlicht)', hint: 'Fertig? Dann „draft: false“', items: drafts },
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
