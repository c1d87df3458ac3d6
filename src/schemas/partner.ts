// A partner organisation of the alliance. One YAML file per partner in
// content/partners/. Its page lists its offers and events automatically.
import { z } from 'astro/zod';
import { draft, email, entryId, httpsUrl, keywords, phone, reviewed } from './fields.ts';
import { address } from './location.ts';
import { partnerKind } from './vocabulary.ts';

export const partnerSchema = z
  .strictObject({
    name: z.string().min(2).describe('Voller Name, z. B. „Katholischer Sozialdienst e. V. (KSD)“'),
    shortName: z.string().optional().describe('Kurzname für Listen, z. B. „KSD“'),
    description: z
      .string()
      .min(20, { message: 'Beschreibung zu kurz: ein bis zwei ganze Sätze' })
      .max(400, { message: 'Beschreibung zu lang: höchstens 400 Zeichen' })
      .describe('Ein bis zwei Sätze: wer das ist und was er für Familien tut'),
    kind: partnerKind.describe('Art des Partners'),
    location: entryId('locations').optional().describe('Ort aus content/locations/ (oder stattdessen „address“)'),
    address: address.optional().describe('Anschrift, falls es keinen Ort in content/locations/ gibt'),
    contactPerson: z.string().optional().describe('Ansprechperson in ihrer öffentlichen Rolle'),
    phone: phone.optional(),
    email: email.optional(),
    website: httpsUrl.optional(),
    since: z.number().int().min(2009).max(2100).optional().describe('Partner des Familiennetzes seit (Jahr)'),
    openQuestions: z.array(z.string().min(3)).default([]).describe('Was noch nicht bekannt ist (für die Redaktion)'),
    reviewed,
    keywords,
    draft,
  })
  .refine((p) => !(p.location && p.address), {
    message: 'Entweder „location“ oder „address“ angeben, nicht beides',
    path: ['address'],
  })
  .describe('Partner');

export type Partner = z.infer<typeof partnerSchema>;
