// A partner organisation of the alliance. One YAML file per partner in
// content/partners/. Its page lists its offers and events automatically.
import { z } from 'astro/zod';
import { draft, email, entryId, httpsUrl, image, keywords, phone, reviewed, singleLine, timeOfDay } from './fields.ts';
import { partnerAddress } from './location.ts';
import { weekday } from './schedule.ts';
import { partnerKind } from './vocabulary.ts';

export const partnerSchema = z
  .strictObject({
    name: singleLine('Name').min(2).meta({ title: 'Name', description: 'Voller Name, z. B. „Musterverein für Familien e. V.“', translate: true }),
    shortName: singleLine('Kurzname').optional().meta({ title: 'Kurzname', description: 'Für Listen, z. B. „MfF“' }),
    description: z
      .string()
      .min(20, { message: 'Beschreibung zu kurz: ein bis zwei ganze Sätze' })
      .max(400, { message: 'Beschreibung zu lang: höchstens 400 Zeichen' })
      .meta({ title: 'Beschreibung', description: 'Ein bis zwei Sätze: wer das ist und was er für Familien tut', input: 'multiline', translate: true }),
    kind: partnerKind.meta({ title: 'Art des Partners', description: 'Was für eine Einrichtung der Partner ist' }),
    location: entryId('locations').optional().meta({ title: 'Ort', description: 'Wo der Partner zu finden ist (oder stattdessen eine Anschrift)' }),
    address: partnerAddress
      .optional()
      .meta({ title: 'Anschrift', description: 'Nur wenn es den Ort nicht als eigenen Eintrag gibt; mit „hideStreet: true“ wird nur die Stadt veröffentlicht' }),
    contactPerson: singleLine('Ansprechperson').optional().meta({ title: 'Ansprechperson', description: 'Name in der öffentlichen Rolle', translate: true }),
    phone: phone.optional(),
    email: email.optional(),
    website: httpsUrl.optional(),
    openingHours: z
      .array(
        z
          .strictObject({
            weekdays: z.array(weekday.meta({ title: 'Wochentag' })).min(1).meta({ title: 'Wochentage', description: 'An welchen Tagen, z. B. Montag, Donnerstag' }),
            start: timeOfDay.meta({ title: 'Von', description: 'Uhrzeit, z. B. "09:00"' }),
            end: timeOfDay.meta({ title: 'Bis', description: 'Uhrzeit, z. B. "12:00"' }),
          })
          .refine((slot) => slot.end > slot.start, { message: '„end“ liegt nicht nach „start“', path: ['end'] })
          .meta({ title: 'Zeitraum' }),
      )
      .min(1)
      .optional()
      .meta({
        title: 'Öffnungszeiten',
        description: 'Wann jemand da oder am Telefon ist. Weglassen, wenn es nicht bekannt ist: die Seite bittet dann, vorher anzurufen',
      }),
    since: z.number().int().min(2009).max(2100).optional().meta({ title: 'Partner seit', description: 'Jahr, z. B. 2015' }),
    openQuestions: z
      .array(singleLine('Frage').min(3).meta({ title: 'Frage' }))
      .default([])
      .meta({ title: 'Offene Fragen', description: 'Was noch nicht bekannt ist (für die Redaktion)' }),
    image: image.optional(),
    reviewed,
    keywords,
    draft,
  })
  .refine((p) => !(p.location && p.address), {
    message: 'Entweder „location“ oder „address“ angeben, nicht beides',
    path: ['address'],
  })
  .meta({ title: 'Partner' });

export type Partner = z.infer<typeof partnerSchema>;
