// A telephone helpline for a crisis, shown on the "Hilfe sofort" page. One
// YAML file per number in content/hilfetelefone/. Every number names where it
// was checked and when, so editors can check it again.
import { z } from 'astro/zod';
import { draft, httpsUrl, phone, reviewed } from './fields.ts';

export const helplineSchema = z
  .strictObject({
    name: z.string().min(3).max(80).meta({ title: 'Name', description: 'Wie die Nummer heißt, z. B. „Hilfetelefon Gewalt gegen Frauen“', translate: true }),
    phone: phone.meta({ title: 'Telefon', description: 'Die Nummer, wie man sie wählt, z. B. 116 016' }),
    description: z
      .string()
      .min(20)
      .max(300)
      .meta({ title: 'Für wen', description: 'Ein bis zwei Sätze: für wen die Nummer ist und wobei sie hilft', input: 'multiline', translate: true }),
    hours: z
      .string()
      .min(3)
      .optional()
      .meta({ title: 'Erreichbar', description: 'Wann jemand abhebt, wie die Quelle es sagt, z. B. „rund um die Uhr“. Weglassen, wenn es nicht sicher ist', translate: true }),
    free: z.boolean().meta({ title: 'Kostenlos', description: 'Ist der Anruf kostenlos? Nur „ja“, wenn die Quelle es sagt' }),
    website: httpsUrl.optional().meta({ title: 'Internetseite', description: 'Eigene Seite des Angebots, z. B. mit Chat oder E-Mail-Beratung' }),
    source: httpsUrl.meta({ title: 'Quelle', description: 'Offizielle Seite, auf der Nummer und Zeiten geprüft wurden' }),
    order: z.number().int().min(1).max(99).meta({ title: 'Reihenfolge', description: 'Position auf der Seite: 1 steht oben' }),
    reviewed: reviewed.meta({ title: 'Geprüft am', description: 'Wann Nummer und Zeiten bei der Quelle geprüft wurden (JJJJ-MM-TT). Nach 12 Monaten bitte neu prüfen' }),
    draft,
  })
  .meta({ title: 'Hilfetelefon' });

export type Helpline = z.infer<typeof helplineSchema>;
