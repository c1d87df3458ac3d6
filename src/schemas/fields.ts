// Field types shared by all collections. Every field declares a German label
// (title) and a hint for editors (description) with `.meta()`: they are the
// editor documentation of the CMS, the guide, the file templates and the
// content check's messages (src/lib/content/fields.ts reads them).
import { z } from 'astro/zod';
import { clockGaps, existsLocally } from '../lib/dates/zone.ts';
import type { FieldMeta } from './meta.ts';
import { HTTPS_PATTERN, ID_PATTERN, IMAGE_PATH_PATTERN, PHONE_PATTERN, TIME_PATTERN } from './patterns.ts';

// Control characters (C0 with tab, CR and LF; DEL; C1), the Unicode line and paragraph
// separators, and the legacy direction embeddings and overrides (U+202A–U+202E). In a one-line
// field they have no honest use: a line break in a title becomes a new line in a calendar file (a
// forged event, METHOD:CANCEL) or a header, and an override shows "Treff gnirts" as "Treff string"
// in search results and calendar apps. Direction isolates (U+2066–U+2069) stay allowed for
// right-to-left languages.
const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E]/;

/** True when the text holds a line break or another control character. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

/**
 * A text of one line (titles, names, summaries, list items): refuses line breaks, tabs and
 * other control characters with a message naming the field. Chain limits and `.meta()` as usual.
 */
export function singleLine(label: string) {
  return z.string().refine((text) => !hasControlCharacter(text), {
    message: `„${label}“ muss in einer Zeile stehen: Zeilenumbrüche, Tabulatoren und andere Steuerzeichen sind nicht erlaubt — den Text in eine Zeile schreiben (in Anführungszeichen kein \\n)`,
  });
}

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

/** A calendar day in local time, as "YYYY-MM-DD". */
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

/** A wall-clock date and time in local time (Europe/Berlin), as "YYYY-MM-DDTHH:MM". */
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
    const local = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}`;
    if (!existsLocally(local)) {
      // Spring forward: pages, structured data and calendar files would each resolve it differently.
      const day = local.slice(0, 10);
      const gap = clockGaps().find((g) => g.day === day) ?? { from: '02:00', to: '03:00' };
      ctx.addIssue({
        code: 'custom',
        message: `Die Uhrzeit ${m[4]}:${m[5]} gibt es am ${day} nicht: an dem Tag wird die Uhr um ${gap.from} Uhr auf ${gap.to} Uhr vorgestellt (Sommerzeit) — eine Uhrzeit vor ${gap.from} oder ab ${gap.to} Uhr wählen`,
      });
      return z.NEVER;
    }
    return local;
  })
  .meta({ input: 'datetime' });

/** A time of day "HH:MM", 24-hour clock. */
export const timeOfDay = z
  .string()
  .regex(TIME_PATTERN, { message: 'Uhrzeit als HH:MM im 24-Stunden-Format schreiben, z. B. "15:00" (in Anführungszeichen)' })
  .meta({ input: 'time' });

export const phone = z
  .string()
  .trim()
  .regex(PHONE_PATTERN, {
    message: 'Telefonnummer nur mit Ziffern, Leerzeichen, „/“, „-“ oder „+“ schreiben, z. B. 0123 456789',
  })
  .refine((v) => v.replace(/\D/g, '').length >= 6, { message: 'Telefonnummer ist zu kurz: bitte mit Vorwahl angeben' })
  .meta({ input: 'phone', title: 'Telefon', description: 'Telefonnummer mit Vorwahl, z. B. 0123 456789' });

export const email = z
  .email({ message: 'Keine gültige E-Mail-Adresse, z. B. name@example.org' })
  .meta({ title: 'E-Mail', description: 'E-Mail-Adresse, z. B. name@example.org' });

/** Only https links: http leaks what families read, javascript: runs code. */
export const httpsUrl = z
  .url({ protocol: /^https$/, message: 'Link muss eine vollständige Adresse mit https:// sein' })
  .regex(HTTPS_PATTERN, { message: 'Link muss eine vollständige Adresse mit https:// sein' })
  .meta({ title: 'Internetseite', description: 'Vollständige Adresse, beginnt mit https://', input: 'url' });

export const contact = z
  .strictObject({
    name: singleLine('Ansprechperson').min(1).optional().meta({ title: 'Ansprechperson', description: 'Name und Rolle, z. B. „Vorname Nachname, Koordinatorin“', translate: true }),
    phone: phone.optional(),
    email: email.optional(),
    website: httpsUrl.optional(),
  })
  .meta({ title: 'Kontakt', description: 'Kontakt für dieses Angebot. Fehlt er, zeigt die Seite den zentralen Kontakt' });

/**
 * A photo of an offer, event, partner or page: a file in the content's photo folder (content/fotos/,
 * where the CMS's photo field uploads to), what it shows for people who cannot see it (required: the page is read aloud too),
 * and who took it under which licence (shown below the photo). The content check makes sure the
 * file is there and is a picture; the site shows it resized and compressed.
 */
export const image = z
  .strictObject({
    src: z
      .string()
      .regex(IMAGE_PATH_PATTERN, {
        message: 'Foto als „/fotos/name.jpg“ angeben: ein JPG-, PNG-, WebP- oder AVIF-Bild im Ordner „fotos“ des Inhalts, im Namen nur Buchstaben ohne Umlaute, Ziffern, Punkt, Bindestrich und Unterstrich — im Redaktionssystem hochladen',
      })
      .meta({ title: 'Bilddatei', description: 'Das Foto, im Redaktionssystem hochgeladen (JPG, PNG, WebP oder AVIF), z. B. „/fotos/elterncafe.jpg“', input: 'image' }),
    alt: singleLine('Bildbeschreibung')
      .min(10, { message: 'Bildbeschreibung zu kurz — in einem Satz sagen, was auf dem Foto zu sehen ist (mindestens 10 Zeichen)' })
      .max(250, { message: 'Bildbeschreibung zu lang — höchstens 250 Zeichen; Einzelheiten gehören in den Text' })
      .meta({
        title: 'Bildbeschreibung',
        description: 'Was auf dem Foto zu sehen ist, in einem Satz, für Menschen, die es nicht sehen (Alternativtext), z. B. „Kinder bauen in der Spiellandschaft einen Turm“',
        translate: true,
      }),
    photographer: singleLine('Foto von')
      .min(2)
      .max(100)
      .meta({ title: 'Foto von', description: 'Wer das Foto gemacht hat, wie er oder sie genannt werden möchte, z. B. „Vorname Nachname“ oder den Namen der Stadtverwaltung' }),
    licence: singleLine('Lizenz')
      .min(2)
      .max(120)
      .meta({ title: 'Lizenz', description: 'Unter welcher Lizenz oder mit welchem Recht die Seite das Foto zeigt, z. B. „CC BY 4.0“ oder „mit Erlaubnis der Fotografin“' }),
    licenceUrl: httpsUrl.optional().meta({ title: 'Link zur Lizenz', description: 'Vollständige Adresse des Lizenztexts, beginnt mit https://', input: 'url' }),
  })
  .meta({ title: 'Foto', description: 'Ein Foto zum Eintrag, mit Beschreibung, Fotograf und Lizenz. Ohne Foto ist die Seite genauso vollständig' });

export const reviewed = localDate.meta({
  title: 'Geprüft am',
  description: 'Wann die Angaben zuletzt geprüft wurden (JJJJ-MM-TT). Erscheint als „Stand“ auf der Seite; nach 12 Monaten bitte neu prüfen',
});

export const draft = z
  .boolean()
  .default(false)
  .meta({ title: 'Entwurf', description: 'Ein Entwurf wird nicht veröffentlicht. Erst ausschalten, wenn alles stimmt' });

export const keywords = z
  .array(singleLine('Suchwort').min(2).meta({ title: 'Suchwort' }))
  .default([])
  .meta({ title: 'Suchwörter', description: 'Wörter, die Familien in die Suche eintippen, die aber nicht im Text stehen (z. B. „Papa“, „Tagesmutter“)', translate: true });

export const cost = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('kostenlos').meta({ title: 'Art' }) }).meta({ title: 'kostenlos' }),
    z
      .strictObject({
        type: z.literal('spende').meta({ title: 'Art' }),
        text: singleLine('Hinweis').optional().meta({ title: 'Hinweis', description: 'z. B. „Kaffee gegen Spende“', translate: true }),
      })
      .meta({ title: 'gegen Spende' }),
    z
      .strictObject({
        type: z.literal('gebühr').meta({ title: 'Art' }),
        text: singleLine('Betrag').min(3).meta({ title: 'Betrag', description: 'Betrag und wofür, z. B. „5 € pro Treffen“', translate: true }),
      })
      .meta({ title: 'Gebühr' }),
    z.strictObject({ type: z.literal('unbekannt').meta({ title: 'Art' }) }).meta({ title: 'nicht bekannt' }),
  ])
  .default({ type: 'unbekannt' })
  .meta({ title: 'Kosten', description: 'Was die Teilnahme kostet: kostenlos, gegen Spende, eine Gebühr (mit Betrag) oder nicht bekannt' });

export const registration = z
  .strictObject({
    required: z
      .enum(['ja', 'nein', 'unbekannt'])
      .meta({ title: 'Anmeldung nötig', description: 'Muss man sich vorher anmelden: ja, nein oder unbekannt' }),
    how: z
      .string()
      .optional()
      .meta({ title: 'So meldet man sich an', description: 'z. B. „telefonisch oder per E-Mail beim Träger“', input: 'multiline', translate: true }),
  })
  .default({ required: 'unbekannt' })
  .meta({ title: 'Anmeldung', description: 'Ob und wie man sich anmeldet' });
