// Field types shared by all collections. Every field carries a German
// `.describe()` text: it is the editor documentation (guide, CMS hints, errors).
import { z } from 'astro/zod';
import type { FieldMeta } from './meta.ts';

/** Entry ids are file names: lower case, digits and hyphens ("netz-cafe"). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A reference to another entry by its id (= its file name without extension). */
export const entryId = (collection: NonNullable<FieldMeta['ref']>) =>
  z
    .string()
    .regex(ID_PATTERN, {
      message: `Kennung aus „${collection}“ erwartet: Dateiname ohne Endung, nur Kleinbuchstaben, Ziffern und Bindestriche`,
    })
    .meta({ ref: collection });

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YAML parsers turn unquoted 2024-01-08 into a Date at UTC midnight: its UTC parts are what the editor wrote. */
function dateToWallClock(value: Date): string {
  return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}T${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/;
export const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A calendar day in Werne, as "YYYY-MM-DD". */
export const localDate = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? dateToWallClock(value).slice(0, 10) : value.trim();
    const m = DATE_RE.exec(text);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: `„${text}“ ist kein Datum. Schreiben Sie JJJJ-MM-TT, z. B. 2026-12-24` });
      return z.NEVER;
    }
    if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      ctx.addIssue({ code: 'custom', message: `Den Tag „${text}“ gibt es nicht im Kalender. Bitte Datum prüfen` });
      return z.NEVER;
    }
    return text;
  })
  .meta({ input: 'date' });

/** A wall-clock date and time in Werne (Europe/Berlin), as "YYYY-MM-DDTHH:MM". */
export const localDateTime = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? dateToWallClock(value) : value.trim();
    const m = DATETIME_RE.exec(text);
    if (!m) {
      ctx.addIssue({
        code: 'custom',
        message: `„${text}“ ist kein Zeitpunkt. Schreiben Sie JJJJ-MM-TTTHH:MM in Anführungszeichen, z. B. "2026-09-19T14:00"`,
      });
      return z.NEVER;
    }
    if (!isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) || Number(m[4]) > 23 || Number(m[5]) > 59) {
      ctx.addIssue({ code: 'custom', message: `Den Zeitpunkt „${text}“ gibt es nicht. Bitte Datum und Uhrzeit prüfen` });
      return z.NEVER;
    }
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
  })
  .meta({ input: 'datetime' });

/** A time of day "HH:MM", 24-hour clock. */
export const timeOfDay = z
  .string()
  .regex(TIME_RE, { message: 'Uhrzeit als HH:MM im 24-Stunden-Format schreiben, z. B. "15:00" (in Anführungszeichen)' })
  .meta({ input: 'time' });

export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9](?:[0-9 /()-]*[0-9])?$/, {
    message: 'Telefonnummer nur mit Ziffern, Leerzeichen, „/“, „-“ oder „+“ schreiben, z. B. 02389 71570',
  })
  .refine((v) => v.replace(/\D/g, '').length >= 6, { message: 'Telefonnummer ist zu kurz: bitte mit Vorwahl angeben' })
  .meta({ input: 'phone', description: 'Telefonnummer mit Vorwahl, z. B. 02389 71570' });

export const email = z
  .email({ message: 'Keine gültige E-Mail-Adresse, z. B. familiennetz@werne.de' })
  .describe('E-Mail-Adresse');

/** Only https links: http leaks what families read, javascript: runs code. */
export const httpsUrl = z
  .url({ protocol: /^https$/, message: 'Link muss eine vollständige Adresse mit https:// sein' })
  .describe('Internetadresse, beginnt mit https://');

export const contact = z
  .strictObject({
    name: z.string().min(1).optional().describe('Ansprechperson in ihrer Rolle, z. B. „Bettina Stilter, Koordinatorin“'),
    phone: phone.optional(),
    email: email.optional(),
    website: httpsUrl.optional(),
  })
  .describe('Kontakt für dieses Angebot. Fehlt er, zeigt die Seite den Kontakt des Familiennetzes');

export const reviewed = localDate.describe(
  'Wann zuletzt geprüft (JJJJ-MM-TT). Erscheint als „Stand“ auf der Seite. Nach 12 Monaten bitte neu prüfen',
);

export const draft = z
  .boolean()
  .default(false)
  .describe('Entwurf: true = wird nicht veröffentlicht');

export const keywords = z
  .array(z.string().min(2))
  .default([])
  .describe('Suchwörter, die Familien eintippen, die aber nicht im Text stehen (z. B. „Papa“, „Tagesmutter“)');

export const cost = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('kostenlos') }),
    z.strictObject({ type: z.literal('spende'), text: z.string().optional().describe('z. B. „Kaffee gegen Spende“') }),
    z.strictObject({ type: z.literal('gebühr'), text: z.string().min(3).describe('Betrag und wofür, z. B. „5 € pro Treffen“') }),
    z.strictObject({ type: z.literal('unbekannt') }),
  ])
  .default({ type: 'unbekannt' })
  .describe('Kosten: kostenlos, spende (freiwillige Spende), gebühr (mit Text) oder unbekannt');

export const registration = z
  .strictObject({
    required: z
      .enum(['ja', 'nein', 'unbekannt'])
      .describe('Ist eine Anmeldung nötig? ja, nein oder unbekannt'),
    how: z.string().optional().describe('Wie man sich anmeldet, z. B. „telefonisch beim Familiennetz“'),
  })
  .default({ required: 'unbekannt' })
  .describe('Anmeldung');
