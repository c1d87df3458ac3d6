import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { errorsOnly, formatProblem } from '../../src/lib/content/messages.ts';
import { isStale } from '../../src/lib/content/status.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BROKEN = resolve(ROOT, 'tests/fixtures/broken');
const VALID = resolve(ROOT, 'tests/fixtures/valid');
const NOW = new Date('2026-05-01T12:00:00Z');

// One fixture file per class of mistake, with the line, field and start of the German message.
const EXPECTED: [file: string, line: number, field: string, message: string][] = [
  ['offers/yaml-syntax.md', 4, '', 'YAML-Fehler: die Liste in eckigen Klammern wird nicht geschlossen — am Zeilenende „]“ ergänzen'],
  ['offers/ohne-kopf.md', 1, '', 'Kopfbereich fehlt — die Datei muss mit einer Zeile „---“ beginnen'],
  ['offers/leer.md', 1, '', 'Die Datei ist leer — Vorlage mit „npm run new“ anlegen'],
  ['offers/pflichtfeld-fehlt.md', 2, 'summary', 'Pflichtfeld fehlt — bitte „Kurzbeschreibung“ ergänzen: Ein bis zwei Sätze'],
  ['offers/unbekanntes-feld.md', 4, 'topcs', 'Unbekanntes Feld „topcs“ — Meinten Sie „topics“?'],
  ['offers/unbekanntes-feld.md', 9, 'contact.emial', 'Unbekanntes Feld „emial“ — Meinten Sie „email“?'],
  ['offers/falscher-typ.md', 8, 'draft', 'Falscher Wert — hier gehört true oder false hin'],
  ['offers/verweis-fehlt.md', 6, 'partners.1', '„gibt-es-nicht“ gibt es nicht in content/partners/ — Schreibweise prüfen'],
  ['offers/verweis-fehlt.md', 7, 'location', '„kein-ort“ gibt es nicht in content/locations/ —'],
  ['offers/doppelter-partner.md', 6, 'partners.1', '„ksd“ steht mehrfach in „partners“ — den doppelten Eintrag löschen'],
  ['offers/doppeltes-feld.md', 3, '', 'YAML-Fehler: ein Feld steht doppelt (Spalte 1) — jedes Feld nur einmal angeben'],
  ['offers/Netz Café.md', 1, '', 'Dateiname „Netz Café“ ist keine gültige Kennung — umbenennen'],
  ['offers/unsicherer-text.md', 11, 'Text', 'HTML-Element <script> ist im Text nicht erlaubt —'],
  ['offers/unsicherer-text.md', 13, 'Text', 'HTML-Element <iframe> ist im Text nicht erlaubt —'],
  ['offers/unsicherer-text.md', 15, 'Text', 'HTML-Element <style> ist im Text nicht erlaubt —'],
  ['offers/unsicherer-text.md', 17, 'Text', 'Link „javascript:alert(1)“ würde Code ausführen und ist verboten —'],
  ['offers/unsicherer-text.md', 17, 'Text', 'Attribut „onclick“ an <span> würde Code ausführen — Attribut löschen'],
  ['offers/unsicherer-text.md', 19, 'Text', 'Link „http://example.org/“ ist unverschlüsselt (http) — mit https:// schreiben'],
  ['offers/unsicherer-text.md', 19, 'Text', 'Link „javascript:alert(3)“ würde Code ausführen'],
  ['offers/unsicherer-text.md', 21, 'Text', 'Bild „https://example.org/bild.jpg“ liegt auf einem anderen Server'],
  ['events/datum-gibt-es-nicht.md', 4, 'start', 'Den Zeitpunkt „2026-02-31T14:00“ gibt es nicht — Bitte Datum und Uhrzeit prüfen'],
  ['events/ende-vor-beginn.md', 5, 'end', 'Ende liegt nicht nach dem Beginn — „end“ auf einen späteren Zeitpunkt als „start“ setzen'],
  ['partners/schlechte-kontakte.yaml', 4, 'phone', '„ruf an“ ist hier nicht erlaubt — Telefonnummer nur mit Ziffern'],
  ['partners/schlechte-kontakte.yaml', 5, 'email', '„keine-adresse“ ist hier nicht erlaubt — Keine gültige E-Mail-Adresse'],
  ['partners/schlechte-kontakte.yaml', 6, 'website', '„javascript:alert(1)“ ist hier nicht erlaubt — Link muss eine vollständige Adresse mit https:// sein'],
  ['locations/falsche-endung.md', 1, '', 'In content/locations/ sind nur .yaml-Dateien erlaubt — Datei umbenennen oder verschieben'],
  ['pages/bild-zeichen.md', 7, 'pictograms.1.heading', 'Die Überschrift „Wo ist das Buero?“ steht nicht im Text — genau so schreiben'],
  ['offers/mit-code.mdx', 1, '', 'MDX-Dateien sind im Inhalt nicht erlaubt, denn sie können Programmcode ausführen — die Datei als .md speichern'],
  // Read as the editor saved it (issue 16).
  ['offers/windows-1252.md', 9, '', 'Datei ist nicht in UTF-8 gespeichert (Zeile 9: „Alles Über uns und“ würde mit „�“ statt Umlauten veröffentlicht) — so speichern Sie sie richtig:'],
  ['offers/tabulator.md', 5, '', 'YAML-Fehler: Tabulator zum Einrücken; ebenso in Zeile 7 — die Tabulatoren durch Leerzeichen ersetzen'],
  ['offers/yaml-fehler-und-mehr.md', 4, 'draft', 'Falscher Wert — hier gehört true oder false hin'],
  ['offers/yaml-fehler-und-mehr.md', 5, '', 'YAML-Fehler: die Liste in eckigen Klammern wird nicht geschlossen — am Zeilenende „]“ ergänzen (die Felder ab Zeile 5 werden nach der Korrektur geprüft)'],
  ['offers/yaml-fehler-und-mehr.md', 9, 'Text', 'HTML-Element <script> ist im Text nicht erlaubt'],
  ['offers/leerzeile-vor-kopf.md', 1, '', 'Vor dem „---“ in Zeile 2 stehen leere Zeilen — die Datei muss in Zeile 1 mit „---“ beginnen'],
  ['offers/kopf-ohne-ende.md', 1, '', 'Kopfbereich endet nicht — nach dem letzten Feld eine Zeile mit nur „---“ einfügen'],
  // Messages that say exactly what to change.
  ['offers/meinten-sie.md', 4, 'topics.0', '„beratung“ ist als „Thema“ nicht erlaubt — Meinten Sie „Beratung“? Auf Groß- und Kleinschreibung achten.'],
  ['offers/meinten-sie.md', 5, 'audiences.0', 'Meinten Sie „Familien mit Kindern 0–3“? Dort steht ein Halbgeviertstrich „–“ (Gedankenstrich), kein Bindestrich „-“'],
  ['offers/meinten-sie.md', 6, 'partners.0', '„Katholischer Sozialdienst“ gibt es nicht in content/partners/ — Meinten Sie „ksd“? Die Kennung von „Katholischer Sozialdienst e. V. (KSD)“ ist der Dateiname ohne Endung.'],
  ['offers/meinten-sie.md', 6, 'partners.1', '„ksdd“ gibt es nicht in content/partners/ — Meinten Sie „ksd“?'],
  ['offers/meinten-sie.md', 7, 'location', '„am-neutor5“ gibt es nicht in content/locations/ — Meinten Sie „am-neutor-5“?'],
  ['offers/meinten-sie.md', 10, 'schedule.rules.0.repeat', '„woechentlich“ ist nicht erlaubt — Meinten Sie „wöchentlich“?'],
  ['offers/meinten-sie.md', 15, 'schedule.rules.1.weekdays.0', '„Di“ ist als „Wochentag“ nicht erlaubt — Meinten Sie „Dienstag“?'],
  ['offers/meinten-sie.md', 19, 'cost.type', '„Kostenlos“ ist nicht erlaubt — Meinten Sie „kostenlos“?'],
  ['offers/meinten-sie.md', 20, 'summary2', 'Unbekanntes Feld „summary2“ — Meinten Sie „summary“?'],
  ['offers/meinten-sie.md', 22, 'contact.website', 'Feld „Internetseite“ ist leer — ausfüllen: Vollständige Adresse, beginnt mit https://; oder die ganze Zeile löschen'],
  ['locations/plz-als-zahl.yaml', 3, 'postcode', '„59368“ ohne Anführungszeichen ist für YAML eine Zahl, hier gehört aber ein Text hin — in Anführungszeichen setzen: postcode: "59368"'],
  // The site's settings and its SVG files.
  ['broken/site.yaml', 10, 'contact', '„gibt-es-nicht“ gibt es nicht in content/partners/ — Schreibweise prüfen'],
  ['broken/site.yaml', 12, 'icon', 'Die Datei „fehlt.svg“ gibt es nicht neben site.yaml — '],
  ['broken/site.yaml', 17, 'theme.primary', 'Zu wenig Kontrast: 1,99:1 zu „background“ (#fbfaf7) (Links auf dem Seitenhintergrund); 2,08:1 zu Weiß'],
  ['broken/site.yaml', 17, 'theme.primary', 'nötig: einen dunkleren Farbton wählen'],
  ['broken/site.yaml', 24, 'languages.1', '„xx“ ist als „Sprache“ nicht erlaubt — Meinten Sie „de“? Sprache als Kürzel angeben: de'],
  ['broken/logo.svg', 2, 'logo', 'Attribut „onclick“ an <rect> würde Code ausführen — Attribut löschen'],
  ['broken/logo.svg', 3, 'logo', 'Element <script> ist im Logo nicht erlaubt —'],
  ['broken/logo.svg', 4, 'logo', 'Verweis „https://example.org/logo.png“ an <image> lädt eine andere Datei —'],
];

/** How many problems a file must have: one mistake, one message. */
const COUNTS: [file: string, count: number][] = [
  ['offers/tabulator.md', 1],
  ['offers/yaml-fehler-und-mehr.md', 3],
  ['offers/meinten-sie.md', 10],
  ['offers/windows-1252.md', 1],
];

describe('checkSite on a tree with many bad files', async () => {
  const { problems, entries } = await checkSite(BROKEN, { now: NOW });

  it.each(EXPECTED)('%s:%i %s', (file, line, field, message) => {
    const found = problems.filter((p) => p.file.endsWith(file) && p.line === line && p.field === field);
    expect(found.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
    expect(found.every((p) => p.severity === 'error')).toBe(true);
  });

  it('reports every bad file in one run', () => {
    const files = new Set(errorsOnly(problems).map((p) => p.file.split('/').slice(-2).join('/')));
    expect([...files].sort()).toEqual([...new Set(EXPECTED.map(([file]) => file))].sort());
    expect(entries.length).toBe(27);
  });

  it.each(COUNTS)('reports %s with %i message(s), not the same mistake several times', (file, count) => {
    expect(problems.filter((p) => p.file.endsWith(file)).map(formatProblem)).toHaveLength(count);
  });

  it('accepts a UTF-8 byte order mark in Markdown and YAML alike', () => {
    for (const file of ['offers/mit-bom.md', 'partners/mit-bom.yaml']) {
      expect(problems.filter((p) => p.file.endsWith(file))).toEqual([]);
      expect(entries.find((e) => e.file.file.endsWith(file))?.data).toBeDefined();
    }
    expect(entries.find((e) => e.file.file.endsWith('offers/mit-bom.md'))?.rendered?.html).toContain('Über uns');
  });

  it('gives every message the form "what — how to fix"', () => {
    for (const problem of problems) expect(formatProblem(problem)).toMatch(/^[^:]+:\d+: (\S+: )?(Warnung: )?.+ — .+$/);
  });

  it('warns about an entry not reviewed for more than 12 months, without failing', () => {
    const stale = problems.filter((p) => p.severity === 'warning');
    expect(stale).toHaveLength(1);
    expect(formatProblem(stale[0]!)).toMatch(
      /partners\/veraltet\.yaml:4: reviewed: Warnung: Zuletzt geprüft am 2020-01-10, vor mehr als 12 Monaten — /,
    );
  });
});

describe('freshness', () => {
  it('counts 12 months from the review day', () => {
    expect(isStale('2025-05-01', '2026-05-01')).toBe(false);
    expect(isStale('2025-05-01', '2026-05-02')).toBe(true);
    expect(isStale('2025-12-31', '2026-12-31')).toBe(false);
  });
  it('follows the build date, so a valid tree turns stale a year later', async () => {
    expect((await checkSite(VALID, { now: NOW })).problems).toEqual([]);
    const later = (await checkSite(VALID, { now: new Date('2027-06-01T12:00:00Z') })).problems;
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((p) => p.severity === 'warning' && p.field === 'reviewed')).toBe(true);
  });
});

describe('npm run check (the CLI)', () => {
  // process.execPath is the Node that runs vitest (Node 24 when started by npm), which the scripts need.
  const run = (contentDir: string) =>
    spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/check.ts'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000) },
      encoding: 'utf8',
    });

  it('lists all problems as file:line: field: message and exits non-zero', async () => {
    const result = run(BROKEN);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBe(errorsOnly((await checkSite(BROKEN, { now: NOW })).problems).length + 1);
    expect(result.stdout).toContain('tests/fixtures/broken/events/ende-vor-beginn.md:5: end: Ende liegt nicht nach dem Beginn — ');
    expect(result.stdout).toContain('tests/fixtures/broken/offers/unbekanntes-feld.md:4: topcs: Unbekanntes Feld „topcs“ — Meinten Sie „topics“?');
    expect(result.stderr).toMatch(/\d+ Fehler, 1 Warnungen in 27 Einträgen/);
  });

  it('exits 0 on valid content', () => {
    const result = run(VALID);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Inhalt in Ordnung: 6 Einträge geprüft');
  });

  it('prints the content report', () => {
    const out = execFileSync(process.execPath, ['--experimental-strip-types', '--no-warnings', 'scripts/report.ts'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: BROKEN, SOURCE_DATE_EPOCH: String(NOW.getTime() / 1000) },
      encoding: 'utf8',
    });
    expect(out).toContain('Lange nicht geprüft (über 12 Monate): 1');
    expect(out).toContain('Partner ohne Angebote oder Veranstaltungen: 3');
  });
});
