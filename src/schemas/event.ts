// A dated event (Veranstaltung), e.g. the family festival on Weltkindertag.
// One Markdown file per event in content/events/; past events form the archive.
import { z } from 'astro/zod';
import { cost, draft, entryId, image, keywords, localDateTime, registration, reviewed, singleLine } from './fields.ts';
import { ID_PATTERN } from './patterns.ts';
import { EVENT_STATUSES } from './vocabulary.ts';

export const eventSchema = z
  .strictObject({
    title: singleLine('Titel').min(3).max(90).meta({ title: 'Titel', description: 'Name der Veranstaltung, z. B. „Familienfest zum Weltkindertag 2026“', translate: true }),
    summary: singleLine('Kurzbeschreibung')
      .min(20, { message: 'Zusammenfassung zu kurz: ein bis zwei ganze Sätze' })
      .max(220, { message: 'Zusammenfassung zu lang: höchstens 220 Zeichen' })
      .meta({ title: 'Kurzbeschreibung', description: 'Ein bis zwei Sätze für Listen und Suchmaschinen', input: 'multiline', translate: true }),
    start: localDateTime.meta({ title: 'Beginn', description: 'Datum und Uhrzeit in Ortszeit: "JJJJ-MM-TTTHH:MM", z. B. "2026-09-19T14:00"' }),
    end: localDateTime.meta({ title: 'Ende', description: 'Datum und Uhrzeit in Ortszeit: "JJJJ-MM-TTTHH:MM"' }),
    location: entryId('locations').optional().meta({ title: 'Ort', description: 'Wo die Veranstaltung stattfindet' }),
    organisers: z
      .array(entryId('partners').meta({ title: 'Partner' }))
      .min(1, { message: 'Mindestens einen Veranstalter angeben' })
      .meta({ title: 'Veranstalter', description: 'Wer einlädt: einer oder mehrere Partner' }),
    series: z
      .string()
      .regex(ID_PATTERN, { message: 'Reihe: nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „familienfest“' })
      .optional()
      .meta({
        title: 'Reihe',
        description:
          'Kennwort für Veranstaltungen, die wiederkehren, z. B. „familienfest“. Die Seite einer vergangenen Veranstaltung verweist dann auf die nächste derselben Reihe',
      }),
    cost,
    registration,
    status: z
      .enum(EVENT_STATUSES, { message: `Status: ${EVENT_STATUSES.join(', ')}` })
      .default('geplant')
      .meta({ title: 'Status', description: 'geplant, abgesagt oder verschoben' }),
    image: image.optional(),
    reviewed,
    keywords,
    draft,
  })
  .refine((e) => e.end > e.start, { message: 'Ende liegt nicht nach dem Beginn', path: ['end'] })
  .meta({ title: 'Veranstaltung' });

export type Event = z.infer<typeof eventSchema>;
