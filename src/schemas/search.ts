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

/** content/synonyms.en.yaml: the synonym list of another language of the site, beside the main one. */
export const LANGUAGE_SYNONYMS = /^synonyms\.([a-z]{2,3})\.yaml$/;

export const searchQuerySchema = z
  .strictObject({
    query: word.meta({ title: 'Suchanfrage', description: 'Was jemand in die Suche eintippt' }),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/, { message: 'Sprachkürzel aus content/site.yaml („languages“), z. B. en' })
      .optional()
      .meta({ title: 'Sprache', description: 'Auf der Suchseite welcher Sprache gesucht wird, z. B. en; leer: die Hauptsprache' }),
    expect: z
      .string()
      .regex(/^\/(?:[a-z0-9-]+\/)*$/, { message: 'Adresse mit „/“ am Anfang und Ende schreiben, z. B. /angebote/babykorb/' })
      .meta({
        title: 'Erwartete Seite',
        description: 'Adresse der Seite (die deutsche, auch für andere Sprachen), die unter den ersten drei Treffern stehen muss, z. B. /angebote/babykorb/',
      }),
  })
  .meta({ title: 'Suchprobe' });

export const searchQueryListSchema = z.array(searchQuerySchema).meta({ title: 'Suchproben' });
export type SearchQuery = z.infer<typeof searchQuerySchema>;
