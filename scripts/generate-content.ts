// Writes N synthetic but realistic entries (offers, events, partners,
// locations, plus the pages the site needs) into a separate folder, for the
// benchmark and for trying the site with the content of a large alliance.
// Build with it: CONTENT_DIR=.bench/content-1000 npm run build
//
//   node --experimental-strip-types scripts/generate-content.ts --count 1000 [--out DIR] [--seed 1]
//
// Deterministic: the same count and seed give byte-identical files. Never
// writes into content/ (the real content).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { AUDIENCES, PARTNER_KINDS, TOPICS } from '../src/schemas/vocabulary.ts';
import { WEEKDAYS } from '../src/lib/dates/weekdays.ts';

export interface GenerateOptions {
  /** Total number of offers, events, partners and locations together. */
  count: number;
  out: string;
  seed?: number;
  /** The site's languages (content/site.yaml); German only by default. The entries stay German. */
  languages?: readonly string[];
}

export interface GenerateResult {
  offers: number;
  events: number;
  partners: number;
  locations: number;
  pages: number;
}

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A made-up alliance in a made-up town: the generated content names no real place.
const TOWN = 'Beispielstadt';
const POSTCODE = '12345';
const ALLIANCE = 'familienbuendnis';
const HOME = 'buendnisbuero';
const ALLIANCE_NAME = `Familienbündnis ${TOWN}`;
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#2f5d8a"/><circle cx="16" cy="16" r="8" fill="#fff"/></svg>\n';

const OFFER_NOUNS = [
  'Elterncafé', 'Krabbelgruppe', 'Spielgruppe', 'Beratung', 'Sprechstunde', 'Treff', 'Elternkurs', 'Babymassage',
  'Lesestunde', 'Hausaufgabenhilfe', 'Familienfrühstück', 'Stillgruppe', 'Väterabend', 'Kindersport', 'Nähwerkstatt',
  'Kleiderbörse', 'Musikgarten', 'Erste-Hilfe-Kurs', 'Sprachcafé', 'Mutter-Kind-Turnen', 'Bewegungsgruppe', 'Lernpatenschaft',
];
const OFFER_ADJECTIVES = ['Offene', 'Kleine', 'Bunte', 'Neue', 'Wöchentliche', 'Gemeinsame', 'Junge', 'Fröhliche', 'Ruhige'];
const PLACES = [
  'am Markt', 'im Stadtteil', 'im Nordviertel', 'im Südviertel', 'am Bahnhof', 'am Park', 'am Fluss', 'im Hallenbad',
  'in der Innenstadt', 'am Kloster', 'im Westend', 'am Hagen',
];
const STREETS = [
  'Bahnhofstraße', 'Steinstraße', 'Gartenstraße', 'Kirchplatz', 'Südwall', 'Burgstraße', 'Hauptstraße', 'Mühlenweg',
  'Schulstraße', 'Ringstraße', 'Marktstraße', 'Feldweg', 'Goetheweg', 'Lindenstraße', 'Am Anger',
];
// Partners' own addresses lie on other streets than the places: a protected place's street
// (hideStreet) may appear in no other entry, and random numbers would otherwise hit one.
const PARTNER_STREETS = [
  'Ahornweg', 'Birkenallee', 'Eichendorffstraße', 'Finkenweg', 'Holunderweg', 'Kastanienallee', 'Lerchenweg', 'Meisenstraße',
  'Nelkenweg', 'Rosenstraße', 'Tulpenweg', 'Ulmenstraße', 'Wacholderweg', 'Zedernweg', 'Amselweg',
];
const ORG_WORDS = [
  'Familienzentrum', 'Kita', 'Verein', 'Beratungsstelle', 'Initiative', 'Grundschule', 'Praxis', 'Elternverein', 'Jugendtreff',
  'Bürgerhaus', 'Kinderschutzbund', 'Mehrgenerationenhaus',
];
const ORG_NAMES = [
  'Regenbogen', 'Sonnenschein', 'Flussaue', 'Pusteblume', 'Kunterbunt', 'Löwenzahn', 'Sterntaler', 'Wirbelwind', 'Kleeblatt',
  'Arche', 'Apfelbaum', 'Wolkenburg', 'St. Christophorus', 'Am Bach', 'Mühlenteich',
];
const SENTENCES = [
  'Hier treffen sich Familien aus der ganzen Stadt, um sich auszutauschen und neue Kontakte zu knüpfen.',
  'Die Kinder spielen in einem eigenen Raum, während die Eltern in Ruhe einen Kaffee trinken.',
  'Eine erfahrene Fachkraft beantwortet Ihre Fragen und nimmt sich Zeit für Ihre Anliegen.',
  'Sie brauchen keine Vorkenntnisse und müssen nichts mitbringen.',
  'Das Angebot ist vertraulich; was Sie erzählen, bleibt unter uns.',
  'Gemeinsam überlegen wir, welche Hilfe zu Ihrer Familie passt.',
  'Neue Familien sind jederzeit willkommen, auch wenn Sie nur einmal hineinschnuppern möchten.',
  'In den Schulferien kann es Pausen geben; bitte fragen Sie vorher nach.',
  'Für Geschwisterkinder gibt es eine kleine Spielecke.',
  'Ehrenamtliche aus der Stadt unterstützen das Team mit viel Herz.',
  'Wenn Sie Hilfe beim Ausfüllen von Anträgen brauchen, sprechen Sie uns gern an.',
  'Der Raum ist hell und gemütlich, Kinderwagen können im Flur stehen.',
  'Wir sprechen Deutsch und auf Nachfrage auch einfache Sprache.',
  'Manchmal kommen Gäste, die über Themen wie Schlaf, Ernährung oder Sprache berichten.',
  'Am Ende bleibt immer Zeit für Fragen und Gespräche.',
];
const HEADINGS = ['Worum es geht', 'Für wen?', 'Wie läuft es ab?', 'Was kostet es?', 'Gut zu wissen', 'So erreichen Sie uns'];
const REASONS = ['Sommerferien', 'Weihnachtspause', 'Osterferien', 'Herbstferien', 'Fortbildung', 'Betriebsausflug'];

export function generateContent(options: GenerateOptions): GenerateResult {
  const { count, out } = options;
  if (!Number.isInteger(count) || count < 4) throw new Error('--count muss eine ganze Zahl ab 4 sein');
  const target = resolve(out);
  if (target === resolve('content') || target.startsWith(resolve('content') + '/')) {
    throw new Error('Der Generator schreibt nie in content/: bitte einen anderen Ordner angeben, z. B. .bench/content-1000');
  }
  const random = prng(options.seed ?? 1);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = Math.min(list.length, int(min, max));
    const copy = [...list];
    const chosen: T[] = [];
    while (chosen.length < n) chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0] as T);
    return chosen;
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = (year: number, month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;
  const randomDay = (fromYear: number, toYear: number) => day(int(fromYear, toYear), int(1, 12), int(1, 28));
  const slot = () => {
    const startTotal = int(8, 18) * 60 + pick([0, 30]);
    const endTotal = startTotal + pick([60, 90, 120, 180]);
    const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
    return { start: clock(startTotal), end: clock(endTotal) };
  };
  const paragraphs = (n: number) =>
    Array.from({ length: n }, () => some(SENTENCES, 2, 4).join(' '));
  const body = () => {
    const sections = some(HEADINGS, 2, 4);
    return sections.map((h) => `## ${h}\n\n${paragraphs(int(1, 2)).join('\n\n')}`).join('\n\n') + '\n';
  };
  const reviewed = () => randomDay(2025, 2026);

  const offersCount = Math.max(1, Math.round(count * 0.6));
  const eventsCount = Math.max(1, Math.round(count * 0.2));
  const partnersCount = Math.max(1, Math.round(count * 0.12));
  const locationsCount = Math.max(1, count - offersCount - eventsCount - partnersCount);

  for (const dir of ['offers', 'events', 'partners', 'locations', 'pages']) {
    rmSync(join(target, dir), { recursive: true, force: true });
    mkdirSync(join(target, dir), { recursive: true });
  }
  // The site's settings, with a logo and an icon.
  writeFileSync(join(target, 'logo.svg'), LOGO);
  writeFileSync(join(target, 'symbol.svg'), LOGO);
  writeFileSync(
    join(target, 'site.yaml'),
    stringify({
      name: ALLIANCE_NAME,
      shortName: 'Familienbündnis',
      tagline: `Lokales Bündnis für Familie in ${TOWN}`,
      intro: `Das Familienbündnis ist die Anlaufstelle für Familien in ${TOWN}. Kommen Sie vorbei oder rufen Sie an.`,
      town: TOWN,
      state: 'Nordrhein-Westfalen',
      operator: { name: `Stadt ${TOWN}` },
      url: 'https://familie.beispielstadt.example',
      contact: ALLIANCE,
      logo: 'logo.svg',
      icon: 'symbol.svg',
      theme: {
        text: '#1d2125',
        muted: '#4a5259',
        background: '#fbfaf7',
        primary: '#2f5d8a',
        primaryDark: '#1f4266',
        primarySoft: '#e6eef6',
        accentSoft: '#fdf0e3',
        notice: '#8a3b00',
        footer: '#1c2b3a',
        footerText: '#f3f6f5',
      },
      languages: [...(options.languages ?? ['de'])],
      openData: { licence: 'DL-DE-BY-2.0' },
    }),
  );
  // Double-quoted strings: times like 15:00 and postcodes stay strings for every YAML reader.
  const yaml = (data: unknown) => stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  const writeYaml = (dir: string, id: string, data: unknown) => writeFileSync(join(target, dir, `${id}.yaml`), yaml(data));
  const writeMd = (dir: string, id: string, data: unknown, text: string) =>
    writeFileSync(join(target, dir, `${id}.md`), `---\n${yaml(data)}---\n\n${text}`);

  // Locations: the alliance's own place first, then numbered places in and around the town.
  const locationIds = [HOME];
  writeYaml('locations', HOME, {
    name: ALLIANCE_NAME,
    street: 'Marktplatz 1',
    postcode: POSTCODE,
    town: TOWN,
    accessibility: { stepFree: 'unbekannt', accessibleToilet: 'unbekannt', pramParking: 'unbekannt' },
    reviewed: reviewed(),
  });
  for (let i = 1; i < locationsCount; i++) {
    const id = `ort-${i}`;
    locationIds.push(id);
    const name = `${pick(ORG_WORDS)} ${pick(ORG_NAMES)} ${pick(PLACES)}`;
    const street = `${pick(STREETS)} ${int(1, 120)}`;
    // A protected place's street is its own (no other entry may name it, not even by chance).
    const hidden = random() < 0.05;
    writeYaml('locations', id, {
      name,
      street: hidden ? `Stiller Weg ${i}a` : street,
      postcode: POSTCODE,
      town: TOWN,
      ...(hidden ? { hideStreet: true } : {}),
      accessibility: {
        stepFree: pick(['ja', 'nein', 'unbekannt']),
        accessibleToilet: pick(['ja', 'nein', 'unbekannt']),
        pramParking: pick(['ja', 'nein', 'unbekannt']),
        ...(random() < 0.3 ? { notes: 'Eingang über den Hof, Klingel an der Seitentür.' } : {}),
      },
      ...(random() < 0.5 ? { directions: `Bushaltestelle in der Nähe, etwa ${int(2, 10)} Minuten zu Fuß.` } : {}),
      reviewed: reviewed(),
    });
  }

  // Partners: the alliance itself is required; the rest have a place, an address or neither.
  const partnerIds = [ALLIANCE];
  writeYaml('partners', ALLIANCE, {
    name: ALLIANCE_NAME,
    description: 'Zentrale Anlaufstelle der Stadt für Familien: Beratung, Vermittlung und ein offenes Café an einem Ort.',
    kind: 'Stadt',
    location: HOME,
    contactPerson: 'Koordination Familienbündnis',
    phone: '0123 456789',
    email: 'buendnis@example.org',
    since: 2009,
    reviewed: reviewed(),
  });
  for (let i = 1; i < partnersCount; i++) {
    const id = `partner-${i}`;
    partnerIds.push(id);
    const where = random();
    writeYaml('partners', id, {
      name: `${pick(ORG_WORDS)} ${pick(ORG_NAMES)} ${i}`,
      description: paragraphs(1)[0]!.slice(0, 380),
      kind: pick(PARTNER_KINDS),
      ...(where < 0.6 ? { location: pick(locationIds) } : where < 0.85 ? { address: { street: `${pick(PARTNER_STREETS)} ${int(1, 90)}`, postcode: POSTCODE, town: TOWN } } : {}),
      ...(random() < 0.7 ? { phone: `0123 ${int(10000, 99999)}` } : {}),
      ...(random() < 0.6 ? { email: `kontakt${i}@example.org` } : {}),
      ...(random() < 0.4 ? { website: `https://example.org/partner-${i}/` } : {}),
      ...(random() < 0.5 ? { since: int(2009, 2026) } : {}),
      reviewed: reviewed(),
      ...(random() < 0.3 ? { keywords: some(['Beratung', 'Hilfe', 'Kinder', 'Eltern', 'Treff'], 1, 3) } : {}),
    });
  }

  const schedule = () => {
    const kind = random();
    // Six weeks or more: every weekday, the 2nd Monday and the last Friday of July fall inside, so
    // the closure is one the check does not warn about (a closed day the offer never meets).
    const closed = random() < 0.3 ? [{ from: day(2026, 7, int(1, 5)), to: day(2026, 8, int(15, 20)), reason: pick(REASONS) }] : undefined;
    const holidays = closed && random() < 0.5 ? { onPublicHolidays: 'fällt aus' } : {};
    const note = random() < 0.15 ? { note: 'Bitte vorher kurz anrufen.' } : {};
    const extra = { ...(closed ? { closed } : {}), ...holidays, ...note };
    if (kind < 0.35) return { rules: [{ repeat: 'wöchentlich', weekdays: some(WEEKDAYS.slice(0, 5), 1, 2), ...slot() }], ...extra };
    if (kind < 0.5) {
      return {
        rules: [{ repeat: 'wöchentlich', weekdays: [pick(WEEKDAYS.slice(0, 5))], interval: 2, ...slot() }],
        validFrom: randomDay(2024, 2026),
        ...(random() < 0.3 ? { validUntil: randomDay(2027, 2028) } : {}),
        // Its validity may start after the summer: no closure, which might lie outside it.
        ...holidays,
        ...note,
      };
    }
    if (kind < 0.6) return { rules: [{ repeat: 'monatlich', weekday: 'Montag', positions: [2], ...slot() }], ...extra };
    if (kind < 0.68) return { rules: [{ repeat: 'monatlich', weekday: 'Freitag', positions: [-1], ...slot() }], ...extra };
    if (kind < 0.76) {
      return { rules: Array.from({ length: int(1, 3) }, () => ({ repeat: 'einmalig', date: randomDay(2026, 2027), ...slot() })) };
    }
    if (kind < 0.88) return { byAppointment: 'Termine telefonisch oder per E-Mail vereinbaren.' };
    return undefined;
  };

  for (let i = 1; i <= offersCount; i++) {
    const id = `angebot-${i}`;
    const title = `${pick(OFFER_ADJECTIVES)} ${pick(OFFER_NOUNS)} ${pick(PLACES)}`.slice(0, 70) + ` ${i}`;
    const sched = schedule();
    const cost = pick([{ type: 'kostenlos' }, { type: 'spende', text: 'Kaffee gegen Spende' }, { type: 'gebühr', text: `${int(2, 40)} € pro Termin` }, { type: 'unbekannt' }]);
    const ages = random() < 0.4 ? { ageRange: { from: int(0, 3), to: int(4, 12) } } : {};
    writeMd(
      'offers',
      id,
      {
        title,
        summary: `${some(SENTENCES, 1, 2).join(' ')}`.slice(0, 215),
        topics: some(TOPICS, 1, 2),
        audiences: some(AUDIENCES, 1, 3),
        ...ages,
        partners: random() < 0.3 ? [pick(partnerIds), ALLIANCE].filter((v, k, a) => a.indexOf(v) === k) : [pick(partnerIds)],
        ...(random() < 0.85 ? { location: pick(locationIds) } : {}),
        ...(sched ? { schedule: sched } : {}),
        registration: { required: pick(['ja', 'nein', 'unbekannt']), ...(random() < 0.3 ? { how: 'telefonisch beim Familienbündnis' } : {}) },
        cost,
        status: random() < 0.9 ? 'aktiv' : pick(['pausiert', 'beendet']),
        ...(random() < 0.05 ? { notice: { text: 'Diese Woche fällt der Termin aus.', until: randomDay(2025, 2027) } } : {}),
        ...(sched ? {} : { openQuestions: ['Wochentag und Uhrzeit'] }),
        reviewed: reviewed(),
        keywords: some(['Mama', 'Papa', 'Baby', 'Kita', 'Schule', 'Kinderwagen', 'Kaffee', 'Spielen', 'Geld'], 0, 3),
        ...(random() < 0.02 ? { draft: true } : {}),
      },
      body(),
    );
  }

  for (let i = 1; i <= eventsCount; i++) {
    const id = `veranstaltung-${i}`;
    const date = randomDay(2019, 2027);
    const s = slot();
    writeMd(
      'events',
      id,
      {
        title: `${pick(['Familienfest', 'Flohmarkt', 'Elternabend', 'Vorlesetag', 'Sommerfest', 'Laternenumzug', 'Infoabend'])} ${pick(PLACES)} ${i}`,
        summary: some(SENTENCES, 1, 2).join(' ').slice(0, 215),
        start: `${date}T${s.start}`,
        end: `${date}T${s.end}`,
        ...(random() < 0.8 ? { location: pick(locationIds) } : {}),
        organisers: some(partnerIds, 1, 2),
        cost: pick([{ type: 'kostenlos' }, { type: 'unbekannt' }]),
        ...(random() < 0.05 ? { status: 'abgesagt' } : {}),
        reviewed: reviewed(),
      },
      body(),
    );
  }

  const pages: [string, string, string][] = [
    ['kontakt', 'Kontakt', 'So erreichen Sie das Familienbündnis: Telefon, E-Mail und Adresse.'],
    ['impressum', 'Impressum', 'Angaben zum Anbieter dieser Seite nach dem Digitale-Dienste-Gesetz.'],
    ['datenschutz', 'Datenschutz', 'Welche Daten diese Seite verarbeitet: keine Cookies, keine Tracker.'],
    ['barrierefreiheit', 'Barrierefreiheit', 'Erklärung zur Barrierefreiheit dieser Seite und wie Sie Barrieren melden.'],
    ['leichte-sprache', 'Leichte Sprache', 'Das Familienbündnis in Leichter Sprache: wer wir sind und was wir machen.'],
    ['ueber-uns', 'Über uns', 'Wer das Familienbündnis ist, wer mitmacht und wie alles angefangen hat.'],
  ];
  for (const [id, title, description] of pages) {
    writeMd('pages', id, { title, description, reviewed: reviewed() }, body());
  }
  return { offers: offersCount, events: eventsCount, partners: partnersCount, locations: locationsCount, pages: pages.length };
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const count = Number(argValue(args, '--count') ?? '100');
  const out = argValue(args, '--out') ?? `.bench/content-${count}`;
  const seed = Number(argValue(args, '--seed') ?? '1');
  const result = generateContent({ count, out, seed });
  console.log(
    `${out}: ${result.offers} Angebote, ${result.events} Veranstaltungen, ${result.partners} Partner, ${result.locations} Orte, ${result.pages} Seiten`,
  );
}
