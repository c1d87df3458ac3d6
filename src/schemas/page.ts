// A free page (Über uns, Impressum, Datenschutz, ...). One Markdown file per
// page in content/pages/; the file name is the URL (/impressum/).
import { z } from 'astro/zod';
import { draft, image, keywords, reviewed, singleLine } from './fields.ts';
import { pictogram } from './vocabulary.ts';

export const pageSchema = z
  .strictObject({
    title: singleLine('Seitentitel').min(2).max(80).meta({ title: 'Seitentitel', description: 'z. B. „Impressum“', translate: true }),
    description: z
      .string()
      .min(20)
      .max(200)
      .meta({ title: 'Beschreibung', description: 'Ein Satz, was auf der Seite steht; für Suchmaschinen und Vorschauen', input: 'multiline', translate: true }),
    pictograms: z
      .array(
        z
          .strictObject({
            heading: singleLine('Überschrift').meta({ title: 'Überschrift', description: 'Genau wie im Text, ohne „##“, z. B. „Wo ist das Büro?“', translate: true }),
            pictogram: pictogram.meta({ title: 'Bild-Zeichen', description: 'Welches Bild-Zeichen vor der Überschrift steht' }),
          })
          .meta({ title: 'Bild-Zeichen' }),
      )
      .optional()
      .meta({
        title: 'Bild-Zeichen zu Überschriften',
        description: 'Für Seiten in Leichter Sprache: ein einfaches Bild-Zeichen vor einer Überschrift. Es steht immer neben dem Text, nie allein',
      }),
    reviewed: reviewed.optional(),
    image: image.optional(),
    keywords,
    draft,
  })
  .meta({ title: 'Seite' });

export type Page = z.infer<typeof pageSchema>;
