import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { buildReport, formatReport } from '../../src/lib/editor/report.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');
const REPORT = resolve(import.meta.dirname, '../fixtures/report');

describe('content report', async () => {
  const root = mkdtempSync(join(tmpdir(), 'report-'));
  cpSync(VALID, root, { recursive: true });
  writeFileSync(
    join(root, 'offers/hebammensprechstunde.md'),
    '---\ntitle: Hebammensprechstunde\nsummary: Eine Hebamme berät Schwangere und junge Eltern im Familiennetz.\ntopics: [Gesundheit]\naudiences: [Schwangere]\npartners: [ksd]\nstatus: pausiert\nopenQuestions:\n  - Wochentag und Uhrzeit\n  - Wer die Sprechstunde anbietet\nreviewed: 2024-03-01\n---\n',
  );
  writeFileSync(join(root, 'partners/verein.yaml'), 'name: Ein Verein\ndescription: Ein Verein, der noch kein Angebot eingetragen hat.\nkind: Verein\nreviewed: 2026-01-10\n');
  const { entries } = await checkSite(root);
  const sections = new Map(buildReport(entries, '2026-05-01').map((s) => [s.title, s.items]));

  it('lists stale entries, idle partners, paused offers and open questions, each gap once', () => {
    expect(sections.get('Lange nicht geprüft (über 12 Monate)')).toEqual([expect.stringContaining('Hebammensprechstunde')]);
    // Paused, and its open questions ask for the time already: listed as paused and as open question, not as a gap again.
    expect(sections.get('Angebote ohne Zeiten')).toEqual([]);
    expect(sections.get('Angebote ohne Kontakt')).toEqual([]);
    expect(sections.get('Angebote ohne Partner')).toEqual([]);
    expect(sections.get('Partner ohne Angebote oder Veranstaltungen')).toEqual([expect.stringContaining('Ein Verein')]);
    expect(sections.get('Pausierte Angebote')).toEqual([expect.stringContaining('Hebammensprechstunde')]);
    expect(sections.get('Offene Fragen')?.[0]).toContain('- Wochentag und Uhrzeit\n      - Wer die Sprechstunde anbietet');
  });

  it('does not count an offer as without contact when its partner has a phone', () => {
    expect(sections.get('Angebote ohne Kontakt')?.some((item) => item.includes('Netz-Café'))).toBe(false);
  });

  it('prints a count per section', () => {
    const text = formatReport(buildReport(entries, '2026-05-01'), entries.length, '2026-05-01');
    expect(text).toMatch(/^Inhaltsbericht vom 2026-05-01: 8 Einträge/);
    expect(text).toContain('Offene Fragen: 1');
  });
});

describe('content report: what is due, what ran out, what is broken (issue 16)', async () => {
  const now = new Date('2026-05-01T12:00:00Z');
  const { entries, problems } = await checkSite(REPORT, { now });
  const sections = buildReport(entries, '2026-05-01', problems, now);
  const items = new Map(sections.map((s) => [s.title, s.items]));

  it('puts what is due next first, with its day', () => {
    expect(sections[0]?.title).toBe('Als Nächstes fällig (42 Tage)');
    expect(sections[0]?.items).toEqual(['2026-05-20: Babykorb (tests/fixtures/report/offers/babykorb.md) neu prüfen (geprüft 2025-05-20)']);
  });

  it('lists a future "reviewed", an expired notice, an event with no next date and a broken link', () => {
    expect(items.get('„reviewed“ in der Zukunft')).toEqual([expect.stringMatching(/^Elterncafé .*: 2027-01-01$/)]);
    expect(items.get('Abgelaufene Hinweise')).toEqual([expect.stringMatching(/^Babykorb .*: Hinweis bis 2026-04-20$/)]);
    // Herbstfest 2025 has a successor in its series; Frühlingsfest 2026 has none.
    expect(items.get('Veranstaltungen vorbei, keine nächste')).toEqual([expect.stringMatching(/^Frühlingsfest 2026 .*: vorbei seit 2026-04-12$/)]);
    expect(items.get('Kaputte Links und Bilder')).toEqual([expect.stringMatching(/offers\/babykorb\.md:18: Link „\/angebote\/gibts-nicht\/“ führt zu keiner Seite dieser Website$/)]);
  });

  it('lists a draft once, with what is missing and its placeholders, and in no other section', () => {
    expect(items.get('Entwürfe (nicht veröffentlicht)')).toEqual([
      'Neues Angebot (tests/fixtures/report/offers/entwurf.md): noch auszufüllen: Themen; Platzhalter: Platzhalter „Bitte ersetzen“',
    ]);
    const elsewhere = sections.filter((s) => !s.title.startsWith('Entwürfe')).flatMap((s) => s.items);
    expect(elsewhere.some((item) => item.includes('entwurf.md'))).toBe(false);
  });

  it('names each gap of an entry once: a stale entry is not also "due", a time asked in the open questions is not also "ohne Zeiten"', () => {
    expect(items.get('Lange nicht geprüft (über 12 Monate)')).toEqual([expect.stringContaining('Treff (')]);
    expect(sections[0]?.items.some((i) => i.includes('treff.md'))).toBe(false);
    expect(items.get('Angebote ohne Zeiten')).toEqual([expect.stringContaining('Treff (')]);
    expect(items.get('Offene Fragen')).toEqual([expect.stringContaining('Elterncafé')]);
  });
});
