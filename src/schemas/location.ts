// A place where offers and events happen. One YAML file per place in
// content/locations/.
import { z } from 'astro/zod';
import { httpsUrl, reviewed, singleLine } from './fields.ts';
import { POSTCODE_PATTERN } from './patterns.ts';

export const address = z.strictObject({
  street: singleLine('Straße und Hausnummer').min(3).meta({ title: 'Straße und Hausnummer', description: 'z. B. „Musterstraße 1“' }),
  postcode: z
    .string()
    .regex(POSTCODE_PATTERN, { message: 'Postleitzahl hat fünf Ziffern, z. B. 12345' })
    .meta({ title: 'Postleitzahl', description: 'Fünf Ziffern' }),
  town: singleLine('Stadt oder Gemeinde').min(2).meta({ title: 'Stadt oder Gemeinde', description: 'z. B. „Musterstadt“' }),
});

const hideStreet = (description: string) => z.boolean().default(false).meta({ title: 'Adresse geschützt', description });

/** A partner's own address (when its place has no entry of its own); it can be protected like a place. */
export const partnerAddress = address
  .extend({
    hideStreet: hideStreet('Für geschützte Orte: veröffentlicht wird nur die Stadt, nicht Straße und Postleitzahl'),
  })
  .meta({ title: 'Anschrift' });

/** The street without its house number ("Am Markt 5" → "Am Markt"): what must not be published of a protected place. */
export function streetName(street: string): string {
  return street.replace(/\s+\d+\s*[a-zA-Z]?(?:\s*[-–/]\s*\d+\s*[a-zA-Z]?)?\s*$/, '').trim() || street.trim();
}

/** True when a text names the street (its name, as a whole word, any case and spacing). */
export function mentionsStreet(text: string, street: string): boolean {
  const words = streetName(street).toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}])`, 'u').test(text.toLowerCase());
}

const yesNoUnknown = z.enum(['ja', 'nein', 'unbekannt']).default('unbekannt');

export const locationSchema = z
  .strictObject({
    name: singleLine('Name des Ortes').min(2).meta({ title: 'Name des Ortes', description: 'Wie Familien den Ort kennen, z. B. „Familienzentrum am Markt“', translate: true }),
    ...address.shape,
    hideStreet: hideStreet(
      'Für geschützte Orte: veröffentlicht werden nur die Stadt, die Ja/Nein-Angaben zur Barrierefreiheit und, falls ausgefüllt, „Öffentlicher Name“ und „Öffentliche Hinweise“ – Straße, Postleitzahl, Name, Anfahrt und weitere Hinweise bleiben intern',
    ),
    publicName: z
      .string()
      .min(2)
      .optional()
      .meta({
        title: 'Öffentlicher Name',
        translate: true,
        description:
          'Nur bei „Adresse geschützt“: der Name, den die Seite statt des echten zeigt, z. B. „Beratungsstelle in der Innenstadt“. Leer: die Seite nennt keinen Namen',
      }),
    publicNotes: z
      .string()
      .optional()
      .meta({
        title: 'Öffentliche Hinweise',
        translate: true,
        description:
          'Nur bei „Adresse geschützt“: was Familien vorab wissen dürfen, z. B. „Den Treffpunkt nennen wir bei der Anmeldung“. Ersetzt Anfahrt und Hinweise zur Barrierefreiheit',
        input: 'multiline',
      }),
    accessibility: z
      .strictObject({
        stepFree: yesNoUnknown.meta({ title: 'Stufenloser Zugang', description: 'ja, nein oder unbekannt' }),
        accessibleToilet: yesNoUnknown.meta({ title: 'Barrierefreie Toilette', description: 'ja, nein oder unbekannt' }),
        pramParking: yesNoUnknown.meta({ title: 'Platz für Kinderwagen', description: 'ja, nein oder unbekannt' }),
        notes: z.string().optional().meta({ title: 'Weitere Hinweise', description: 'z. B. „Klingel an der Seitentür“', input: 'multiline', translate: true }),
      })
      .default({ stepFree: 'unbekannt', accessibleToilet: 'unbekannt', pramParking: 'unbekannt' })
      .meta({ title: 'Barrierefreiheit', description: 'Wie gut der Ort zugänglich ist' }),
    busStop: z
      .strictObject({
        name: z.string().min(2).meta({ title: 'Haltestelle', description: 'Name der Haltestelle, wie er im Fahrplan steht' }),
        lines: z.string().min(1).optional().meta({ title: 'Linien', description: 'Buslinien, z. B. „R11, S20“' }),
        source: httpsUrl.meta({ title: 'Quelle', description: 'Fahrplan oder Haltestellenplan, auf dem der Name geprüft wurde' }),
      })
      .optional()
      .meta({ title: 'Bushaltestelle', description: 'Die nächste Haltestelle, nur aus einem Fahrplan. Nicht für geschützte Orte' }),
    directions: z.string().optional().meta({ title: 'Anfahrt', description: 'Wie man hinkommt: Bus, Fußweg, Parken', input: 'multiline', translate: true }),
    reviewed,
  })
  .superRefine((location, ctx) => {
    if (location.hideStreet && location.busStop) {
      ctx.addIssue({ code: 'custom', path: ['busStop'], message: 'Ein geschützter Ort verrät keine Haltestelle: „busStop“ löschen' });
    }
    for (const key of ['publicName', 'publicNotes'] as const) {
      const value = location[key];
      if (value === undefined) continue;
      if (!location.hideStreet) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `„${key}“ gilt nur für geschützte Orte — „hideStreet: true“ setzen oder das Feld löschen (ohne Schutz zeigt die Seite Name, Adresse und Anfahrt)`,
        });
      } else if (mentionsStreet(value, location.street)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `nennt die geschützte Straße „${streetName(location.street)}“ — Straße aus diesem Text entfernen, er wird veröffentlicht`,
        });
      }
    }
  })
  .meta({ title: 'Ort' });

export type Location = z.infer<typeof locationSchema>;
