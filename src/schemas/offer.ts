// An offer (Angebot): something families can use, modelled on the Open
// Referral HSDS "service". One Markdown file per offer in content/offers/.
import { z } from 'astro/zod';
import { contact, cost, draft, entryId, keywords, localDate, registration, reviewed } from './fields.ts';
import { schedule } from './schedule.ts';
import { OFFER_STATUSES, audience, topic } from './vocabulary.ts';

export const offerSchema = z
  .strictObject({
    title: z.string().min(3).max(80).describe('Name des Angebots, wie Familien es kennen, z. B. „Netz-Café“'),
    summary: z
      .string()
      .min(20, { message: 'Zusammenfassung zu kurz: ein bis zwei ganze Sätze' })
      .max(220, { message: 'Zusammenfassung zu lang: höchstens 220 Zeichen (ein bis zwei Sätze)' })
      .describe('Ein bis zwei Sätze: was es ist und für wen. Erscheint in Listen und bei Suchmaschinen'),
    topics: z.array(topic).min(1, { message: 'Mindestens ein Thema angeben' }).describe('Themen (Liste siehe Redaktionsleitfaden)'),
    audiences: z.array(audience).min(1, { message: 'Mindestens eine Zielgruppe angeben' }).describe('Für wen das Angebot ist'),
    ageRange: z
      .strictObject({
        from: z.number().int().min(0).max(99).optional().describe('Alter des Kindes ab (Jahre)'),
        to: z.number().int().min(0).max(99).optional().describe('Alter des Kindes bis (Jahre)'),
      })
      .refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, {
        message: '„from“ ist größer als „to“',
        path: ['to'],
      })
      .optional()
      .describe('Alter der Kinder in Jahren, z. B. from: 0, to: 3'),
    partners: z
      .array(entryId('partners'))
      .min(1, { message: 'Mindestens einen Partner (Träger) angeben' })
      .describe('Wer das Angebot macht: Kennungen aus content/partners/'),
    location: entryId('locations').optional().describe('Ort: Kennung aus content/locations/. Weglassen, wenn unbekannt'),
    schedule: schedule.optional(),
    registration,
    cost,
    languages: z.array(z.string().min(2)).default(['Deutsch']).describe('Sprachen, in denen beraten oder gesprochen wird'),
    contact: contact.optional(),
    status: z
      .enum(OFFER_STATUSES, { message: `Status: ${OFFER_STATUSES.join(', ')}` })
      .default('aktiv')
      .describe('aktiv, pausiert (macht Pause) oder beendet (gibt es nicht mehr)'),
    notice: z
      .strictObject({
        text: z.string().min(5).describe('Kurzer Hinweis, z. B. „Heute fällt das Café aus.“'),
        until: localDate.optional().describe('Bis wann der Hinweis gilt (JJJJ-MM-TT); danach verschwindet er'),
      })
      .optional()
      .describe('Vorübergehender Hinweis, oben auf der Seite'),
    openQuestions: z
      .array(z.string().min(3))
      .default([])
      .describe('Was noch nicht bekannt ist (z. B. „Wochentag und Uhrzeit“). Die Seite bittet dann, nachzufragen'),
    reviewed,
    keywords,
    draft,
  })
  .describe('Angebot');

export type Offer = z.infer<typeof offerSchema>;
