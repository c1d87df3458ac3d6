// An offer (Angebot): something families can use, modelled on the Open
// Referral HSDS "service". One Markdown file per offer in content/offers/.
import { z } from 'astro/zod';
import { contact, cost, draft, entryId, image, keywords, localDate, registration, reviewed, singleLine } from './fields.ts';
import { schedule } from './schedule.ts';
import { OFFER_STATUSES, audience, topic } from './vocabulary.ts';

export const offerSchema = z
  .strictObject({
    title: singleLine('Titel').min(3).max(80).meta({ title: 'Titel', description: 'Name des Angebots, wie Familien es kennen, z. B. „Elterncafé“', translate: true }),
    summary: singleLine('Kurzbeschreibung')
      .min(20, { message: 'Zusammenfassung zu kurz: ein bis zwei ganze Sätze' })
      .max(220, { message: 'Zusammenfassung zu lang: höchstens 220 Zeichen (ein bis zwei Sätze)' })
      .meta({
        title: 'Kurzbeschreibung',
        translate: true,
        description: 'Ein bis zwei Sätze: was es ist und für wen. Erscheint in Listen und bei Suchmaschinen',
        input: 'multiline',
      }),
    topics: z
      .array(topic.meta({ title: 'Thema' }))
      .min(1, { message: 'Mindestens ein Thema angeben' })
      .meta({ title: 'Themen', description: 'Unter welchen Themen Familien das Angebot finden (eines oder mehrere)' }),
    audiences: z
      .array(audience.meta({ title: 'Zielgruppe' }))
      .min(1, { message: 'Mindestens eine Zielgruppe angeben' })
      .meta({ title: 'Zielgruppen', description: 'Für wen das Angebot ist' }),
    ageRange: z
      .strictObject({
        from: z.number().int().min(0).max(99).optional().meta({ title: 'Alter von', description: 'Alter des Kindes ab (Jahre)' }),
        to: z.number().int().min(0).max(99).optional().meta({ title: 'Alter bis', description: 'Alter des Kindes bis (Jahre)' }),
      })
      .refine((r) => r.from === undefined || r.to === undefined || r.from <= r.to, {
        message: '„from“ ist größer als „to“',
        path: ['to'],
      })
      .optional()
      .meta({ title: 'Alter der Kinder', description: 'Für Kinder welchen Alters, in Jahren, z. B. von 0 bis 3' }),
    partners: z
      .array(entryId('partners').meta({ title: 'Partner' }))
      .min(1, { message: 'Mindestens einen Partner (Träger) angeben' })
      .meta({ title: 'Träger', description: 'Wer das Angebot macht: einer oder mehrere Partner' }),
    location: entryId('locations')
      .optional()
      .meta({ title: 'Ort', description: 'Wo das Angebot stattfindet. Weglassen, wenn der Ort nicht bekannt ist' }),
    schedule: schedule.optional(),
    registration,
    cost,
    languages: z
      .array(singleLine('Sprache').min(2).meta({ title: 'Sprache' }))
      .min(1)
      .optional()
      .meta({ title: 'Sprachen', description: 'Sprachen, in denen beraten oder gesprochen wird. Weglassen, wenn es nicht bekannt ist' }),
    contact: contact.optional(),
    status: z
      .enum(OFFER_STATUSES, { message: `Status: ${OFFER_STATUSES.join(', ')}` })
      .default('aktiv')
      .meta({ title: 'Status', description: 'aktiv, pausiert (macht gerade Pause) oder beendet (gibt es nicht mehr)' }),
    notice: z
      .strictObject({
        text: z.string().min(5).meta({ title: 'Hinweistext', description: 'Kurz und klar, z. B. „Heute fällt das Café aus.“', input: 'multiline', translate: true }),
        until: localDate.optional().meta({ title: 'Gültig bis', description: 'Bis wann der Hinweis gilt (JJJJ-MM-TT); danach verschwindet er' }),
      })
      .optional()
      .meta({ title: 'Aktueller Hinweis', description: 'Ein vorübergehender Hinweis oben auf der Seite' }),
    openQuestions: z
      .array(singleLine('Frage').min(3).meta({ title: 'Frage' }))
      .default([])
      .meta({
        title: 'Offene Fragen',
        translate: true,
        description: 'Was noch nicht bekannt ist (z. B. „Wochentag und Uhrzeit“). Die Seite bittet dann, nachzufragen',
      }),
    image: image.optional(),
    reviewed,
    keywords,
    draft,
  })
  .meta({ title: 'Angebot' });

export type Offer = z.infer<typeof offerSchema>;
