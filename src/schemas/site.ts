// The settings of the whole site: every fact about the alliance that runs it,
// in one file, content/site.yaml. Nothing in the code names the alliance or
// its town: another alliance changes this file (and its own content) and
// builds its own site. Checked like every other content file; colours that
// are too weak in contrast stop the build with the field's name.
import { z } from 'astro/zod';
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { STATE_REGIONS, type State } from '../lib/dates/holidays.ts';
import { LICENCE_IDS } from '../lib/open-data/licences.ts';
import { THEME_COLOURS, contrastFailures, type Theme, type ThemeColour } from '../lib/theme/palette.ts';
import { entryId, httpsUrl } from './fields.ts';

/** The 16 states, by the names the holiday table knows (src/lib/dates/holidays.ts). */
export const STATES = Object.keys(STATE_REGIONS) as [State, ...State[]];

/** A file in the content folder next to site.yaml. */
export const SVG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/;
const svgFile = z.string().regex(SVG_FILE, { message: 'Dateiname einer SVG-Datei im Inhaltsordner angeben, z. B. logo.svg (Kleinbuchstaben, Ziffern, Bindestriche)' });

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

const COLOUR_LABELS: Record<ThemeColour, { title: string; description: string }> = {
  text: { title: 'Schrift', description: 'Farbe des Fließtexts, z. B. #1d2125 (fast schwarz)' },
  muted: { title: 'Nebentext', description: 'Farbe für Nebensächliches wie Untertitel, z. B. #4a5259' },
  background: { title: 'Seitenhintergrund', description: 'Hintergrund der Seite, sehr hell, z. B. #fbfaf7' },
  primary: { title: 'Hauptfarbe', description: 'Farbe der Links und Schaltflächen, dunkel genug für weiße Schrift, z. B. #0a6560' },
  primaryDark: { title: 'Hauptfarbe dunkel', description: 'Dunklere Hauptfarbe für Links unter dem Mauszeiger und den aktuellen Menüpunkt' },
  primarySoft: { title: 'Hauptfarbe hell', description: 'Sehr helle Hauptfarbe als Hintergrund von Kästen, z. B. #e3f1ef' },
  accentSoft: { title: 'Hinweisfarbe hell', description: 'Heller Hintergrund von Hinweisen, z. B. #fdf0e3' },
  notice: { title: 'Hinweisfarbe', description: 'Kräftige Farbe des Randes von Hinweisen, z. B. #8a3b00' },
  footer: { title: 'Fußbereich', description: 'Hintergrund des Fußbereichs, dunkel, z. B. #18302e' },
  footerText: { title: 'Schrift im Fußbereich', description: 'Schrift und Links im Fußbereich, hell, z. B. #f3f6f5' },
};

const colour = (name: ThemeColour) =>
  z
    .string()
    .regex(HEX_COLOUR, { message: 'Farbe als #rrggbb schreiben (sechs Hex-Ziffern), z. B. #0a6560' })
    .meta({ ...COLOUR_LABELS[name], input: 'color' });

export const theme = z
  .strictObject(Object.fromEntries(THEME_COLOURS.map((name) => [name, colour(name)])) as Record<ThemeColour, ReturnType<typeof colour>>)
  .superRefine((value, ctx) => {
    for (const failure of contrastFailures(value as Theme)) {
      ctx.addIssue({ code: 'custom', path: [failure.field], message: failure.message });
    }
  })
  .meta({
    title: 'Farben',
    description: 'Die Farben der Website. Jede Schrift muss sich deutlich vom Hintergrund abheben (Kontrast mindestens 4,5:1); sonst bricht der Bau mit einer Meldung ab',
  });

export const siteSchema = z
  .strictObject({
    name: z.string().min(3).max(60).meta({ title: 'Name des Bündnisses', description: 'Voller Name, wie er oben auf jeder Seite steht, z. B. „Familienbündnis Musterstadt“' }),
    shortName: z
      .string()
      .min(2)
      .max(30)
      .meta({ title: 'Kurzname', description: 'Kurze Form des Namens für Kalender und App-Symbol, z. B. „Familienbündnis“' }),
    tagline: z
      .string()
      .min(3)
      .max(80)
      .meta({ title: 'Untertitel', description: 'Steht unter dem Namen, z. B. „Lokales Bündnis für Familie in Musterstadt“' }),
    intro: z
      .string()
      .min(50)
      .max(500)
      .meta({ title: 'Begrüßung', description: 'Zwei bis drei Sätze oben auf der Startseite: wer Sie sind und wie man Sie erreicht', input: 'multiline' }),
    town: z.string().min(2).meta({ title: 'Stadt oder Gemeinde', description: 'Wo das Bündnis arbeitet, z. B. „Musterstadt“' }),
    district: z.string().min(2).optional().meta({ title: 'Kreis', description: 'Der Kreis der Stadt, z. B. „Kreis Musterland“; leer bei kreisfreien Städten' }),
    state: z.enum(STATES, { message: `Bundesland ausschreiben: ${STATES.join(', ')}` }).meta({ title: 'Bundesland', description: 'z. B. Nordrhein-Westfalen' }),
    operator: z
      .strictObject({
        name: z.string().min(3).meta({ title: 'Name', description: 'z. B. „Stadt Musterstadt“' }),
        url: httpsUrl.optional(),
      })
      .meta({ title: 'Träger', description: 'Wer das Bündnis trägt, meist die Stadt, mit ihrer Internetseite' }),
    url: httpsUrl.meta({
      title: 'Adresse der Website',
      description: 'Die öffentliche Adresse mit https://, z. B. für familie.musterstadt.de. Die Variable SITE_URL der Pipeline geht vor',
      input: 'url',
    }),
    contact: entryId('partners').meta({
      title: 'Zentraler Kontakt',
      description: 'Der Partner-Eintrag des Bündnisses selbst: seine Telefonnummer, E-Mail und sein Ort stehen auf jeder Seite',
    }),
    logo: svgFile.meta({ title: 'Logo', description: 'SVG-Datei im Inhaltsordner, z. B. logo.svg; steht im Kopf jeder Seite' }),
    icon: svgFile.meta({ title: 'Symbol', description: 'Quadratische SVG-Datei im Inhaltsordner für Browser-Tab und Startbildschirm, z. B. symbol.svg' }),
    theme,
    languages: z
      .array(z.enum(LANGUAGE_CODES, { message: `Sprache als Kürzel angeben: ${LANGUAGE_CODES.join(', ')}` }).meta({ title: 'Sprache' }))
      .min(1, { message: 'Mindestens eine Sprache angeben, zuerst die Hauptsprache: de' })
      .refine((list) => new Set(list).size === list.length, { message: 'Jede Sprache nur einmal angeben' })
      .default(['de'])
      .meta({ title: 'Sprachen', description: 'Sprachen der Website als Kürzel, die erste ist die Hauptsprache, z. B. [de]' }),
    openData: z
      .strictObject({
        licence: z.enum(LICENCE_IDS, { message: `Lizenz aus der Liste wählen: ${LICENCE_IDS.join(', ')}` }).meta({
          title: 'Lizenz',
          description: 'Unter welcher Lizenz andere die Daten nutzen dürfen, z. B. DL-DE-BY-2.0 (Datenlizenz Deutschland – Namensnennung)',
        }),
        attribution: z
          .string()
          .min(3)
          .optional()
          .meta({ title: 'Namensnennung', description: 'Wie Nutzer die Quelle nennen sollen, z. B. „Stadt Musterstadt, Familienbündnis“; leer = Name des Bündnisses' }),
      })
      .meta({ title: 'Offene Daten', description: 'Lizenz des Verzeichnisses unter /daten/' }),
    responsible: z
      .string()
      .min(3)
      .optional()
      .meta({
        title: 'Verantwortlich für den Inhalt',
        description: 'Name und Anschrift der verantwortlichen Person nach § 18 Abs. 2 MStV, wie im Impressum. Leer lassen, solange nicht festgelegt',
        input: 'multiline',
      }),
  })
  .meta({ title: 'Website' });

export type SiteConfig = z.infer<typeof siteSchema>;

const svgAsset = z.object({ svg: z.string(), width: z.number(), height: z.number() });

/** The id of the one entry of the content layer's collection "site". */
export const SITE_ENTRY_ID = 'site';

/** What the content layer keeps of the settings: the checked file, and the logo and icon it names. */
export const siteEntrySchema = z.object({ config: siteSchema, logo: svgAsset, icon: svgAsset });
