// A place where offers and events happen. One YAML file per place in
// content/locations/.
import { z } from 'astro/zod';
import { reviewed } from './fields.ts';
import { POSTCODE_PATTERN } from './patterns.ts';

export const address = z.strictObject({
  street: z.string().min(3).meta({ title: 'Straße und Hausnummer', description: 'z. B. „Musterstraße 1“' }),
  postcode: z
    .string()
    .regex(POSTCODE_PATTERN, { message: 'Postleitzahl hat fünf Ziffern, z. B. 12345' })
    .meta({ title: 'Postleitzahl', description: 'Fünf Ziffern' }),
  town: z.string().min(2).meta({ title: 'Stadt oder Gemeinde', description: 'z. B. „Musterstadt“' }),
});

const yesNoUnknown = z.enum(['ja', 'nein', 'unbekannt']).default('unbekannt');

export const locationSchema = z
  .strictObject({
    name: z.string().min(2).meta({ title: 'Name des Ortes', description: 'Wie Familien den Ort kennen, z. B. „Familienzentrum am Markt“' }),
    ...address.shape,
    hideStreet: z
      .boolean()
      .default(false)
      .meta({
        title: 'Adresse geschützt',
        description: 'Für geschützte Orte: die Straße wird nicht veröffentlicht, die Seite nennt nur den Ort und den Kontakt',
      }),
    accessibility: z
      .strictObject({
        stepFree: yesNoUnknown.meta({ title: 'Stufenloser Zugang', description: 'ja, nein oder unbekannt' }),
        accessibleToilet: yesNoUnknown.meta({ title: 'Barrierefreie Toilette', description: 'ja, nein oder unbekannt' }),
        pramParking: yesNoUnknown.meta({ title: 'Platz für Kinderwagen', description: 'ja, nein oder unbekannt' }),
        notes: z.string().optional().meta({ title: 'Weitere Hinweise', description: 'z. B. „Klingel an der Seitentür“', input: 'multiline' }),
      })
      .default({ stepFree: 'unbekannt', accessibleToilet: 'unbekannt', pramParking: 'unbekannt' })
      .meta({ title: 'Barrierefreiheit', description: 'Wie gut der Ort zugänglich ist' }),
    directions: z.string().optional().meta({ title: 'Anfahrt', description: 'Wie man hinkommt: Bus, Fußweg, Parken', input: 'multiline' }),
    reviewed,
  })
  .meta({ title: 'Ort' });

export type Location = z.infer<typeof locationSchema>;
