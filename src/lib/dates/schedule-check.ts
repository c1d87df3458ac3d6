// Warnings about a schedule that is valid but probably not what the editor meant: the text names
// times the schedule does not have ("von 15 bis 17 Uhr" while the rule says 14:30–16:30, after a
// change of times was entered in the schedule only), or a closed day on which the offer does not
// meet anyway (a typo in the date, so the real closed day would still be listed).
// The content check (content/check.ts) reports them with file, line and field.
import { Temporal } from 'temporal-polyfill';
import type { Schedule } from '../../schemas/schedule.ts';
import { closedRange, rulePeriod, ruleStartsOnDays } from './schedule.ts';

export interface ScheduleWarning {
  /** Field path in the entry, e.g. ["schedule", "closed", 0, "from"]; ["body"] for the text. */
  path: (string | number)[];
  /** Line in the file, when the warning is about the text. */
  line?: number;
  message: string;
}

// "15 bis 17 Uhr", "von 15:00 bis 16:30 Uhr", "15.00–17.00 Uhr", "15 - 17 Uhr".
const RANGE = /(?<![\d.:])(\d{1,2})(?:[:.](\d{2}))?\s*(?:Uhr\s*)?(?:bis|–|-)\s*(\d{1,2})(?:[:.](\d{2}))?\s*Uhr/g;

function clock(hours: string, minutes: string | undefined): string | undefined {
  const h = Number(hours);
  const m = Number(minutes ?? '0');
  if (h > 24 || m > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Time ranges the text names, with the line (1-based, within the text) each stands on. */
export function timeRangesIn(text: string): { start: string; end: string; line: number; match: string }[] {
  const result: { start: string; end: string; line: number; match: string }[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const m of lineText.matchAll(RANGE)) {
      const start = clock(m[1]!, m[2]);
      const end = clock(m[3]!, m[4]);
      if (start && end && start < end) result.push({ start, end, line: index + 1, match: m[0] });
    }
  });
  return result;
}

const show = (time: string) => time.replace(/^0/, '');

/**
 * Warnings for one schedule. `body` is the entry's Markdown with the file line it starts on;
 * `today` ("2026-11-29") leaves out rules that have ended, so text naming the old times warns.
 */
export function scheduleWarnings(schedule: Schedule, body?: { text: string; startLine: number }, today?: string): ScheduleWarning[] {
  const warnings: ScheduleWarning[] = [];
  const rules = schedule.rules ?? [];
  if (rules.length === 0) return warnings;

  if (body) {
    const current = rules.filter((rule) => !today || (rulePeriod(schedule, rule).until ?? today) >= today);
    const slots = new Set(current.map((rule) => `${rule.start}-${rule.end}`));
    const named = [...new Set(current.map((rule) => `${show(rule.start)}–${show(rule.end)} Uhr`))].join(', ');
    for (const range of timeRangesIn(body.text)) {
      if (slots.has(`${range.start}-${range.end}`)) continue;
      warnings.push({
        path: ['body'],
        line: body.startLine + range.line - 1,
        message: `Der Text nennt „${range.match}“, die Zeiten unter „schedule“ sind ${named} — Text oder Zeiten angleichen (bei einer geplanten Änderung die neue Regel mit „validFrom“ anlegen)`,
      });
    }
  }

  (schedule.closed ?? []).forEach((period, index) => {
    const [from, to] = closedRange(period);
    const meets = rules.some((rule) => ruleStartsOnDays(schedule, rule, Temporal.PlainDate.from(from), Temporal.PlainDate.from(to)).length > 0);
    if (meets) return;
    warnings.push({
      path: ['schedule', 'closed', index, 'from'],
      message:
        from === to
          ? `Am ${from} findet laut „schedule.rules“ ohnehin kein Termin statt — Datum prüfen (Tippfehler?), sonst den Eintrag löschen`
          : `Vom ${from} bis ${to} findet laut „schedule.rules“ ohnehin kein Termin statt — Daten prüfen (Tippfehler?), sonst den Eintrag löschen`,
    });
  });
  return warnings;
}
