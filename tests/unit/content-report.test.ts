import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { buildReport, formatReport } from '../../src/lib/editor/report.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');

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

  it('lists stale entries, offers without time or contact, idle partners and open questions', () => {
    expect(sections.get('Lange nicht geprüft (über 12 Monate)')).toEqual([expect.stringContaining('Hebammensprechstunde')]);
    expect(sections.get('Angebote ohne Zeiten')).toEqual([expect.stringContaining('Hebammensprechstunde')]);
    expect(sections.get('Angebote ohne Kontakt')).toEqual([expect.stringContaining('Hebammensprechstunde')]);
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
