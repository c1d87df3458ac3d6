// Editor-maintained search files at the top of content/: the synonym list
// that teaches the search the words families type, and the query benchmark
// the tests run against the built search index.
import { z } from 'astro/zod';

const word = z.string().trim().min(2, { message: 'Zu kurz: mindestens 2 Zeichen' });

export const synonymSchema = z
  .strictObject({
    term: word.describe('Wort, wie es in unseren Texten steht, z. B. „Väter“ oder „Kindertagespflege“'),
    words: z
      .array(word)
      .min(1, { message: 'Mindestens ein Wort angeben, das Familien eintippen' })
      .describe('Wörter, die Familien dafür eintippen, z. B. [Papa, Papi, Vati]'),
  })
  .describe('Ein Eintrag der Synonymliste');

export const synonymListSchema = z.array(synonymSchema).describe('Synonymliste (content/synonyms.yaml)');
export type Synonym = z.infer<typeof synonymSchema>;

export const searchQuerySchema = z
  .strictObject({
    query: word.describe('Was jemand in die Suche eintippt'),
    expect: z
      .string()
      .regex(/^\/(?:[a-z0-9-]+\/)*$/, { message: 'Adresse mit „/“ am Anfang und Ende schreiben, z. B. /angebote/babykorb/' })
      .describe('Adresse der Seite, die unter den ersten drei Treffern stehen muss'),
  })
  .describe('Eine Suchprobe');

export const searchQueryListSchema = z.array(searchQuerySchema).describe('Suchprobe (content/search-queries.yaml)');
export type SearchQuery = z.infer<typeof searchQuerySchema>;
