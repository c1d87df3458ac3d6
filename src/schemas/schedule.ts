// When a regular offer takes place. Times are wall-clock times in local time
// (Europe/Berlin). The dates module turns this into occurrences and
// iCalendar RRULEs, so every rule here must map onto RFC 5545.
//
// A schedule is a list of periods: each repeating rule may carry its own validFrom/validUntil,
// so "from 7 January the café runs 14:30–16:30" is the old rule ending on 6 January and a new
// rule starting on the 7th. The schedule's own validFrom/validUntil bound all rules.
import { z } from 'astro/zod';
import { now } from '../lib/dates/now.ts';
import { type ClockGap, clockGaps, inGap, localDay } from '../lib/dates/zone.ts';
import { WEEKDAYS, type Weekday } from '../lib/dates/weekdays.ts';
import { localDate, singleLine, timeOfDay } from './fields.ts';

export const weekday = z.enum(WEEKDAYS, { message: `Wochentag ausschreiben: ${WEEKDAYS.join(', ')}` });

/** What happens on public holidays (and on 24 and 31 December). */
export const HOLIDAY_OPTIONS = ['findet statt', 'fällt aus', 'unbekannt'] as const;
export type HolidayOption = (typeof HOLIDAY_OPTIONS)[number];

const slot = {
  start: timeOfDay.meta({ title: 'Beginn', description: 'Uhrzeit, z. B. "15:00"' }),
  end: timeOfDay.meta({ title: 'Ende', description: 'Uhrzeit, z. B. "17:00"' }),
};

const period = {
  validFrom: localDate
    .optional()
    .meta({ title: 'Gilt ab', description: 'Erster Tag dieser Zeiten (JJJJ-MM-TT), z. B. wenn sich die Zeiten ändern. Leer = seit Beginn des Angebots' }),
  validUntil: localDate
    .optional()
    .meta({ title: 'Gilt bis', description: 'Letzter Tag dieser Zeiten (JJJJ-MM-TT), z. B. der Tag vor einer Zeitänderung. Leer = ohne Ende' }),
};

export const weeklyRule = z
  .strictObject({
    repeat: z.literal('wöchentlich').meta({ title: 'Wiederholung' }),
    weekdays: z
      .array(weekday.meta({ title: 'Wochentag' }))
      .min(1, { message: 'Mindestens einen Wochentag angeben' })
      .meta({ title: 'Wochentage', description: 'An welchen Tagen, z. B. Donnerstag' }),
    interval: z
      .number()
      .int()
      .min(1)
      .max(8)
      .default(1)
      .meta({ title: 'Wochenabstand', description: 'Alle wie viele Wochen? 1 = jede Woche, 2 = jede zweite Woche' }),
    ...slot,
    ...period,
  })
  .meta({ title: 'Wöchentlich', description: 'Jede Woche (oder alle n Wochen) an festen Wochentagen' });

export const monthlyRule = z
  .strictObject({
    repeat: z.literal('monatlich').meta({ title: 'Wiederholung' }),
    weekday: weekday.meta({ title: 'Wochentag', description: 'z. B. Montag' }),
    positions: z
      .array(
        z
          .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)])
          .meta({ title: 'Welcher im Monat', description: '1 = erster, 2 = zweiter, 3, 4, -1 = letzter' }),
      )
      .min(1)
      .meta({ title: 'Welche im Monat', description: '1 = erster, 2 = zweiter, 3, 4, -1 = letzter; z. B. 2 für „jeden 2. Montag“' }),
    ...slot,
    ...period,
  })
  .meta({ title: 'Monatlich', description: 'An einem bestimmten Wochentag im Monat, z. B. jeden 2. Montag' });

export const singleDateRule = z
  .strictObject({
    repeat: z.literal('einmalig').meta({ title: 'Wiederholung' }),
    date: localDate.meta({ title: 'Datum', description: 'JJJJ-MM-TT' }),
    ...slot,
  })
  .meta({ title: 'Einzeltermin', description: 'Ein einzelner Termin an einem Datum' });

export const scheduleRule = z
  .discriminatedUnion('repeat', [weeklyRule, monthlyRule, singleDateRule], {
    message: 'repeat muss „wöchentlich“, „monatlich“ oder „einmalig“ sein',
  })
  .superRefine((rule, ctx) => {
    if (rule.end <= rule.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `Ende ${rule.end} liegt nicht nach Beginn ${rule.start}` });
    }
    if (rule.repeat !== 'einmalig' && rule.validFrom && rule.validUntil && rule.validUntil < rule.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: `„validUntil“ (${rule.validUntil}) liegt vor „validFrom“ (${rule.validFrom})`,
      });
    }
  })
  .meta({ title: 'Regel' });
export type ScheduleRule = z.infer<typeof scheduleRule>;
export type RepeatingRule = Exclude<ScheduleRule, { repeat: 'einmalig' }>;

export const closedPeriod = z
  .strictObject({
    from: localDate.meta({ title: 'Erster Tag', description: 'Erster geschlossener Tag (JJJJ-MM-TT)' }),
    to: localDate.optional().meta({ title: 'Letzter Tag', description: 'Letzter geschlossener Tag; leer = nur ein Tag' }),
    reason: singleLine('Grund').optional().meta({ title: 'Grund', description: 'z. B. „Weihnachtspause“' }),
  })
  .superRefine((period, ctx) => {
    if (period.to && period.to < period.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `„to“ (${period.to}) liegt vor „from“ (${period.from})` });
    }
  })
  .meta({ title: 'Schließzeit' });
export type ClosedPeriod = z.infer<typeof closedPeriod>;

const ISO_WEEKDAY: Record<Weekday, number> = Object.fromEntries(WEEKDAYS.map((name, i) => [name, i + 1])) as Record<Weekday, number>;

/** Could this rule meet on the gap's day (weekday, position in the month, date)? Ignores "every n weeks". */
function meetsOn(rule: ScheduleRule, gap: ClockGap): boolean {
  if (rule.repeat === 'einmalig') return rule.date === gap.day;
  const [year, month, day] = gap.day.split('-').map(Number) as [number, number, number];
  const iso = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  if (rule.repeat === 'wöchentlich') return rule.weekdays.some((d) => ISO_WEEKDAY[d] === iso);
  if (ISO_WEEKDAY[rule.weekday] !== iso) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return rule.positions.some((p) => (p === -1 ? day + 7 > daysInMonth : Math.ceil(day / 7) === p));
}

/**
 * A day within [from, until] on which the rule's time does not exist (spring forward): the first
 * from today on, so the message names a day the editor recognises; else the first at all.
 */
function missingTimeDay(rule: ScheduleRule, time: string, from: string | undefined, until: string | undefined): ClockGap | undefined {
  const missing = clockGaps().filter((gap) => (!from || gap.day >= from) && (!until || gap.day <= until) && inGap(gap, time) && meetsOn(rule, gap));
  const today = localDay(now());
  return missing.find((gap) => gap.day >= today) ?? missing[0];
}

const DATE_TEXT = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayText = (day: string) => DATE_TEXT.format(new Date(`${day}T12:00:00Z`));

export const schedule = z
  .strictObject({
    rules: z
      .array(scheduleRule)
      .default([])
      .meta({
        title: 'Regeln',
        description: 'Regelmäßige Termine; mehrere Regeln sind möglich. Ändern sich die Zeiten, die alte Regel mit „Gilt bis“ beenden und eine neue mit „Gilt ab“ anlegen',
      }),
    validFrom: localDate.optional().meta({ title: 'Gilt ab', description: 'Ab diesem Tag (JJJJ-MM-TT); nötig bei „alle n Wochen“, wenn die Regel kein eigenes „Gilt ab“ hat' }),
    validUntil: localDate.optional().meta({ title: 'Gilt bis', description: 'Bis einschließlich diesem Tag (JJJJ-MM-TT)' }),
    closed: z.array(closedPeriod).default([]).meta({ title: 'Geschlossen', description: 'Tage ohne Termin, z. B. Ferien oder Brückentage' }),
    onPublicHolidays: z
      .enum(HOLIDAY_OPTIONS, { message: `An Feiertagen: ${HOLIDAY_OPTIONS.join(', ')}` })
      .default('unbekannt')
      .meta({
        title: 'An Feiertagen',
        description:
          'Findet das Angebot an gesetzlichen Feiertagen und am 24. und 31. Dezember statt? „findet statt“, „fällt aus“ oder „unbekannt“ (dann steht bei diesen Terminen „Feiertag – bitte nachfragen“)',
      }),
    byAppointment: z
      .string()
      .optional()
      .meta({
        title: 'Nach Vereinbarung',
        description: 'Statt fester Zeiten: Termine nach Vereinbarung, mit kurzem Text, wie man einen Termin bekommt',
        input: 'multiline',
      }),
    note: z.string().optional().meta({ title: 'Hinweis zu den Zeiten', description: 'z. B. „nicht in den Sommerferien“', input: 'multiline', translate: true }),
  })
  .superRefine((value, ctx) => {
    if (value.rules.length === 0 && !value.byAppointment) {
      ctx.addIssue({
        code: 'custom',
        path: ['rules'],
        message: 'Mindestens eine Regel angeben oder „byAppointment“ ausfüllen. Sind die Zeiten unbekannt, „schedule“ ganz weglassen',
      });
    }
    if (value.validFrom && value.validUntil && value.validUntil < value.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: `„validUntil“ (${value.validUntil}) liegt vor „validFrom“ (${value.validFrom})`,
      });
    }
    value.rules.forEach((rule, index) => {
      const from = rule.repeat === 'einmalig' ? undefined : [rule.validFrom, value.validFrom].filter(Boolean).sort().at(-1);
      const until = rule.repeat === 'einmalig' ? undefined : [rule.validUntil, value.validUntil].filter(Boolean).sort()[0];
      if (rule.repeat === 'wöchentlich' && rule.interval > 1 && !from) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'interval'],
          message: '„alle n Wochen“ braucht einen Starttag: bitte „validFrom“ (an der Regel oder am Zeitplan) mit dem Datum eines Termins angeben',
        });
      }
      if (from && until && until < from) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, rule.repeat !== 'einmalig' && rule.validUntil ? 'validUntil' : 'validFrom'],
          message: `Diese Regel gilt an keinem Tag (ab ${from} bis ${until}) — „validFrom“ und „validUntil“ der Regel und des Zeitplans angleichen oder die Regel löschen`,
        });
      }
      // Spring forward: a wall-clock time that does not exist on a day the rule meets would give
      // a page, structured data and calendar files that disagree. Refused, simplest for editors.
      for (const field of ['start', 'end'] as const) {
        const gap = missingTimeDay(rule, rule[field], from, until);
        if (!gap) continue;
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, field],
          message: `Die Uhrzeit ${rule[field]} gibt es am ${dayText(gap.day)} nicht: an dem Tag wird die Uhr um ${gap.from} Uhr auf ${gap.to} Uhr vorgestellt (Sommerzeit) — eine Uhrzeit vor ${gap.from} oder ab ${gap.to} Uhr wählen`,
        });
        break;
      }
    });
  })
  .meta({ title: 'Zeiten', description: 'Wann das Angebot stattfindet. Weglassen, wenn die Zeiten nicht bekannt sind' });
export type Schedule = z.infer<typeof schedule>;
