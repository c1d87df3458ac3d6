// A life situation ("Lebenslage"): a card on the home page and a page that
// gathers what helps in it — the offers of some topics, a few more offers,
// official information and helplines. One YAML file per situation in
// content/lebenslagen/. The words on the card must lead to something on its
// page: the content check refuses a word no offer or link of the situation names.
import { z } from 'astro/zod';
import { draft, entryId, httpsUrl, reviewed } from './fields.ts';
import { pictogram, topic } from './vocabulary.ts';

export const officialLink = z
  .strictObject({
    title: z.string().min(3).max(80).meta({ title: 'Titel', description: 'Wie die Seite heißt, z. B. „Familienportal des Bundes“', translate: true }),
    url: httpsUrl.meta({ title: 'Adresse', description: 'Vollständige Adresse der offiziellen Seite, beginnt mit https://' }),
    text: z.string().min(10).max(240).meta({ title: 'Was dort steht', description: 'Ein Satz: was Familien dort finden', input: 'multiline', translate: true }),
  })
  .meta({ title: 'Offizielle Information' });

export const situationSchema = z
  .strictObject({
    title: z.string().min(3).max(60).meta({ title: 'Titel', description: 'Die Lebenslage in den Worten einer Familie, z. B. „Wir erwarten ein Kind“', translate: true }),
    summary: z
      .string()
      .min(20)
      .max(220)
      .meta({ title: 'Einleitung', description: 'Ein bis zwei Sätze oben auf der Seite; auch für Suchmaschinen', input: 'multiline', translate: true }),
    words: z
      .array(z.string().min(2).max(40).meta({ title: 'Wort' }))
      .min(1, { message: 'Mindestens ein Wort für die Karte angeben' })
      .max(5)
      .meta({
        title: 'Wörter auf der Karte',
        translate: true,
        description: 'Was die Karte auf der Startseite verspricht, z. B. „Babykleidung“. Jedes Wort muss bei einem Angebot oder Link dieser Lebenslage vorkommen',
      }),
    icon: pictogram.optional().meta({ title: 'Bild-Zeichen', description: 'Ein Bild-Zeichen neben dem Titel' }),
    order: z.number().int().min(1).max(99).meta({ title: 'Reihenfolge', description: 'Position auf der Startseite: 1 steht oben' }),
    topics: z
      .array(topic.meta({ title: 'Thema' }))
      .default([])
      .meta({ title: 'Themen', description: 'Alle Angebote dieser Themen gehören dazu' }),
    offers: z
      .array(entryId('offers').meta({ title: 'Angebot' }))
      .default([])
      .meta({ title: 'Weitere Angebote', description: 'Angebote, die außerdem dazugehören (Dateiname ohne Endung), z. B. babykorb' }),
    partners: z
      .array(entryId('partners').meta({ title: 'Partner' }))
      .default([])
      .meta({ title: 'Partner', description: 'Partner, die in dieser Lage helfen, auch ohne eigenes Angebot (Dateiname ohne Endung)' }),
    note: z
      .string()
      .min(20)
      .max(600)
      .optional()
      .meta({ title: 'Hinweis', description: 'Ein kurzer Absatz für die Seite, z. B. wo man einen Antrag stellt. Nur Fakten mit Quelle', input: 'multiline', translate: true }),
    links: z
      .array(officialLink)
      .default([])
      .meta({ title: 'Offizielle Informationen', description: 'Seiten von Bund oder Land mit verlässlichen Auskünften' }),
    helplines: z
      .array(entryId('helplines').meta({ title: 'Hilfetelefon' }))
      .default([])
      .meta({ title: 'Hilfetelefone', description: 'Hilfetelefone, die in dieser Lage helfen (Dateiname ohne Endung)' }),
    reviewed: reviewed.meta({
      title: 'Geprüft am',
      description: 'Wann die Links zuletzt geprüft wurden (JJJJ-MM-TT). Nach 12 Monaten bitte neu prüfen',
    }),
    draft,
  })
  .refine((s) => s.topics.length + s.offers.length + s.partners.length + s.links.length > 0, {
    message: 'Die Lebenslage führt zu nichts: mindestens ein Thema, ein Angebot, einen Partner oder einen Link angeben',
    path: ['topics'],
  })
  .meta({ title: 'Lebenslage' });

export type Situation = z.infer<typeof situationSchema>;
