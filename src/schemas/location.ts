// A place where offers and events happen. One YAML file per place in
// content/locations/.
import { z } from 'astro/zod';
import { reviewed } from './fields.ts';

export const address = z.strictObject({
  street: z.string().min(3).describe('Straße und Hausnummer, z. B. „Am Neutor 5“'),
  postcode: z.string().regex(/^\d{5}$/, { message: 'Postleitzahl hat fünf Ziffern, z. B. 59368' }).describe('Postleitzahl'),
  town: z.string().min(2).describe('Ort, z. B. „Werne“'),
});

const yesNoUnknown = z.enum(['ja', 'nein', 'unbekannt']).default('unbekannt');

export const locationSchema = z
  .strictObject({
    name: z.string().min(2).describe('Name des Ortes, z. B. „Familiennetz Werne (ehemals Löwenburg)“'),
    ...address.shape,
    hideStreet: z
      .boolean()
      .default(false)
      .describe('true = Straße nicht veröffentlichen (geschützter Ort); die Seite nennt dann nur den Ort und den Kontakt'),
    accessibility: z
      .strictObject({
        stepFree: yesNoUnknown.describe('Stufenloser Zugang: ja, nein oder unbekannt'),
        accessibleToilet: yesNoUnknown.describe('Barrierefreie Toilette: ja, nein oder unbekannt'),
        pramParking: yesNoUnknown.describe('Platz für Kinderwagen: ja, nein oder unbekannt'),
        notes: z.string().optional().describe('Weitere Hinweise, z. B. „Klingel an der Seitentür“'),
      })
      .default({ stepFree: 'unbekannt', accessibleToilet: 'unbekannt', pramParking: 'unbekannt' })
      .describe('Barrierefreiheit des Ortes'),
    directions: z.string().optional().describe('Wie man hinkommt: Bus, Fußweg, Parken'),
    reviewed,
  })
  .describe('Ort');

export type Location = z.infer<typeof locationSchema>;
