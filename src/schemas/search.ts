// Editor-maintained search files at the top of content/: the synonym list
// that teaches the search the words families type, and the query benchmark
// the tests run against the built search index.
import { z } from 'astro/zod';

const word = z.string().trim().min(2, { message: 'Zu kurz: mindestens 2 Zeichen' });

export const synonymSchema = z
  .strictObject({
    term: word.meta({ title: 'Begriff', description: 'Wort, wie es in unseren Texten steht, z. B. „Väter“ oder „Kindertagespflege“' }),
    words: z
      .array(word.meta({ title: 'Wort' }))
      .min(1, { message: 'Mindestens ein Wort angeben, das Familien eintippen' })
      .meta({ title: 'Wörter der Familien', description: 'Was Familien dafür eintippen, z. B. Papa, Papi, Vati' }),
  })
  .meta({ title: 'Synonym' });

export const synonymListSchema = z.array(synonymSchema).meta({ title: 'Synonymliste' });
export type Synonym = z.infer<typeof synonymSchema>;

export const searchQuerySchema = z
  .strictObject({
    query: word.meta({ title: 'Suchanfrage', description: 'Was jemand in die Suche eintippt' }),
    expect: z
      .string()
      .regex(/^\/(?:[a-z0-9-]+\/)*$/, { message: 'Adresse mit „/“ am Anfang und Ende schreiben, z. B. /angebote/babykorb/' })
      .meta({ title: 'Erwartete Seite', description: 'Adresse der Seite, die unter den ersten drei Treffern stehen muss, z. B. /angebote/babykorb/' }),
  })
  .meta({ title: 'Suchprobe' });

export const searchQueryListSchema = z.array(searchQuerySchema).meta({ title: 'Suchproben' });
export type SearchQuery = z.infer<typeof searchQuerySchema>;
