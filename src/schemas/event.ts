// A dated event (Veranstaltung), e.g. the family festival on Weltkindertag.
// One Markdown file per event in content/events/; past events form the archive.
import { z } from 'astro/zod';
import { cost, draft, entryId, keywords, localDateTime, registration, reviewed } from './fields.ts';
import { EVENT_STATUSES } from './vocabulary.ts';

export const eventSchema = z
  .strictObject({
    title: z.string().min(3).max(90).describe('Titel, z. B. „Familienfest zum Weltkindertag 2026“'),
    summary: z
      .string()
      .min(20, { message: 'Zusammenfassung zu kurz: ein bis zwei ganze Sätze' })
      .max(220, { message: 'Zusammenfassung zu lang: höchstens 220 Zeichen' })
      .describe('Ein bis zwei Sätze für Listen und Suchmaschinen'),
    start: localDateTime.describe('Beginn in Werner Ortszeit: "JJJJ-MM-TTTHH:MM", z. B. "2026-09-19T14:00"'),
    end: localDateTime.describe('Ende in Werner Ortszeit: "JJJJ-MM-TTTHH:MM"'),
    location: entryId('locations').optional().describe('Ort aus content/locations/'),
    organisers: z
      .array(entryId('partners'))
      .min(1, { message: 'Mindestens einen Veranstalter angeben' })
      .describe('Veranstalter: Kennungen aus content/partners/'),
    cost,
    registration,
    status: z
      .enum(EVENT_STATUSES, { message: `Status: ${EVENT_STATUSES.join(', ')}` })
      .default('geplant')
      .describe('geplant, abgesagt oder verschoben'),
    reviewed,
    keywords,
    draft,
  })
  .refine((e) => e.end > e.start, { message: 'Ende liegt nicht nach dem Beginn', path: ['end'] })
  .describe('Veranstaltung');

export type Event = z.infer<typeof eventSchema>;
