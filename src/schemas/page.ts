// A free page (Über uns, Impressum, Datenschutz, ...). One Markdown file per
// page in content/pages/; the file name is the URL (/impressum/).
import { z } from 'astro/zod';
import { draft, keywords, reviewed, singleLine } from './fields.ts';

export const pageSchema = z
  .strictObject({
    title: singleLine('Seitentitel').min(2).max(80).meta({ title: 'Seitentitel', description: 'z. B. „Impressum“' }),
    description: z
      .string()
      .min(20)
      .max(200)
      .meta({ title: 'Beschreibung', description: 'Ein Satz, was auf der Seite steht; für Suchmaschinen und Vorschauen', input: 'multiline' }),
    reviewed: reviewed.optional(),
    keywords,
    draft,
  })
  .meta({ title: 'Seite' });

export type Page = z.infer<typeof pageSchema>;
