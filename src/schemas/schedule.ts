// When a regular offer takes place. Times are wall-clock times in local time
// (Europe/Berlin). The dates module turns this into occurrences and
// iCalendar RRULEs, so every rule here must map onto RFC 5545.
import { z } from 'astro/zod';
import { WEEKDAYS } from '../lib/dates/weekdays.ts';
import { localDate, timeOfDay } from './fields.ts';

export const weekday = z.enum(WEEKDAYS, { message: `Wochentag ausschreiben: ${WEEKDAYS.join(', ')}` });

const slot = {
  start: timeOfDay.meta({ title: 'Beginn', description: 'Uhrzeit, z. B. "15:00"' }),
  end: timeOfDay.meta({ title: 'Ende', description: 'Uhrzeit, z. B. "17:00"' }),
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
  })
  .meta({ title: 'Regel' });
export type ScheduleRule = z.infer<typeof scheduleRule>;

export const closedPeriod = z
  .strictObject({
    from: localDate.meta({ title: 'Erster Tag', description: 'Erster geschlossener Tag (JJJJ-MM-TT)' }),
    to: localDate.optional().meta({ title: 'Letzter Tag', description: 'Letzter geschlossener Tag; leer = nur ein Tag' }),
    reason: z.string().optional().meta({ title: 'Grund', description: 'z. B. „Weihnachtspause“' }),
  })
  .superRefine((period, ctx) => {
    if (period.to && period.to < period.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `„to“ (${period.to}) liegt vor „from“ (${period.from})` });
    }
  })
  .meta({ title: 'Schließzeit' });
export type ClosedPeriod = z.infer<typeof closedPeriod>;

export const schedule = z
  .strictObject({
    rules: z.array(scheduleRule).default([]).meta({ title: 'Regeln', description: 'Regelmäßige Termine; mehrere Regeln sind möglich' }),
    validFrom: localDate.optional().meta({ title: 'Gilt ab', description: 'Ab diesem Tag (JJJJ-MM-TT); nötig bei „alle n Wochen“' }),
    validUntil: localDate.optional().meta({ title: 'Gilt bis', description: 'Bis einschließlich diesem Tag (JJJJ-MM-TT)' }),
    closed: z.array(closedPeriod).default([]).meta({ title: 'Geschlossen', description: 'Tage ohne Termin, z. B. Ferien oder Feiertage' }),
    byAppointment: z
      .string()
      .optional()
      .meta({
        title: 'Nach Vereinbarung',
        description: 'Statt fester Zeiten: Termine nach Vereinbarung, mit kurzem Text, wie man einen Termin bekommt',
        input: 'multiline',
      }),
    note: z.string().optional().meta({ title: 'Hinweis zu den Zeiten', description: 'z. B. „nicht in den Sommerferien“', input: 'multiline' }),
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
  .meta({ title: 'Zeiten', description: 'Wann das Angebot stattfindet. Weglassen, wenn die Zeiten nicht bekannt sind' });
export type Schedule = z.infer<typeof schedule>;
