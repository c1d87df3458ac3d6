// When a regular offer takes place. Times are wall-clock times in Werne
// (Europe/Berlin). The dates module turns this into occurrences and
// iCalendar RRULEs, so every rule here must map onto RFC 5545.
import { z } from 'astro/zod';
import { WEEKDAYS } from '../lib/dates/weekdays.ts';
import { localDate, timeOfDay } from './fields.ts';

export const weekday = z.enum(WEEKDAYS, { message: `Wochentag ausschreiben: ${WEEKDAYS.join(', ')}` });

const slot = {
  start: timeOfDay.describe('Beginn, z. B. "15:00"'),
  end: timeOfDay.describe('Ende, z. B. "17:00"'),
};

export const weeklyRule = z.strictObject({
  repeat: z.literal('wöchentlich').describe('wöchentlich: jede Woche (oder alle n Wochen) an festen Wochentagen'),
  weekdays: z.array(weekday).min(1, { message: 'Mindestens einen Wochentag angeben' }).describe('Wochentage, z. B. [Donnerstag]'),
  interval: z.number().int().min(1).max(8).default(1).describe('Alle wie viele Wochen? 1 = jede Woche, 2 = jede zweite Woche'),
  ...slot,
});

export const monthlyRule = z.strictObject({
  repeat: z.literal('monatlich').describe('monatlich: an einem bestimmten Wochentag im Monat'),
  weekday: weekday.describe('Wochentag, z. B. Montag'),
  positions: z
    .array(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]))
    .min(1)
    .describe('Welcher im Monat: 1 = erster, 2 = zweiter, 3, 4, -1 = letzter. z. B. [2] für „jeden 2. Montag“'),
  ...slot,
});

export const singleDateRule = z.strictObject({
  repeat: z.literal('einmalig').describe('einmalig: ein einzelner Termin an einem Datum'),
  date: localDate.describe('Datum (JJJJ-MM-TT)'),
  ...slot,
});

export const scheduleRule = z
  .discriminatedUnion('repeat', [weeklyRule, monthlyRule, singleDateRule], {
    message: 'repeat muss „wöchentlich“, „monatlich“ oder „einmalig“ sein',
  })
  .superRefine((rule, ctx) => {
    if (rule.end <= rule.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `Ende ${rule.end} liegt nicht nach Beginn ${rule.start}` });
    }
  });
export type ScheduleRule = z.infer<typeof scheduleRule>;

export const closedPeriod = z
  .strictObject({
    from: localDate.describe('Erster geschlossener Tag (JJJJ-MM-TT)'),
    to: localDate.optional().describe('Letzter geschlossener Tag; leer = nur ein Tag'),
    reason: z.string().optional().describe('Grund, z. B. „Weihnachtspause“'),
  })
  .superRefine((period, ctx) => {
    if (period.to && period.to < period.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `„to“ (${period.to}) liegt vor „from“ (${period.from})` });
    }
  });
export type ClosedPeriod = z.infer<typeof closedPeriod>;

export const schedule = z
  .strictObject({
    rules: z.array(scheduleRule).default([]).describe('Regelmäßige Termine; mehrere Regeln sind möglich'),
    validFrom: localDate.optional().describe('Gilt ab diesem Tag (JJJJ-MM-TT); nötig bei „alle n Wochen“'),
    validUntil: localDate.optional().describe('Gilt bis einschließlich diesem Tag (JJJJ-MM-TT)'),
    closed: z.array(closedPeriod).default([]).describe('Tage ohne Termin, z. B. Ferien oder Feiertage'),
    byAppointment: z
      .string()
      .optional()
      .describe('Statt fester Zeiten: Termine nach Vereinbarung, mit kurzem Text, wie man einen Termin bekommt'),
    note: z.string().optional().describe('Kurzer Hinweis zu den Zeiten, z. B. „nicht in den Sommerferien“'),
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
      if (rule.repeat === 'wöchentlich' && rule.interval > 1 && !value.validFrom) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules', index, 'interval'],
          message: '„alle n Wochen“ braucht einen Starttag: bitte „validFrom“ mit dem Datum eines Termins angeben',
        });
      }
    });
  })
  .describe('Wann das Angebot stattfindet. Weglassen, wenn die Zeiten nicht bekannt sind');
export type Schedule = z.infer<typeof schedule>;
