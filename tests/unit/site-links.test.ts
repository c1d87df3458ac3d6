// Issue 16, "published broken" and "ignored without a word": links and images
// in the bodies checked against what the build will publish (routes + public/),
// below any base path; a second <h1>; a future "reviewed"; files in subfolders;
// search samples that name no page.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { errorsOnly, formatProblem } from '../../src/lib/content/messages.ts';
import { siteTargets } from '../../src/lib/content/site-links.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const LINKS = resolve(ROOT, 'tests/fixtures/links');
const PUBLIC = resolve(ROOT, 'tests/fixtures/links-public');
const NOW = new Date('2026-05-01T12:00:00Z');

const EXPECTED: [file: string, line: number, field: string, message: string][] = [
  ['offers/alt/altes-angebot.md', 1, '', 'Datei in einem Unterordner von content/offers/ wird nicht veröffentlicht und nicht geprüft — direkt nach content/offers/ verschieben'],
  ['offers/netz-cafe.md', 13, 'Text', 'Link „/angebote/gibts-nicht/“ führt zu keiner Seite dieser Website — '],
  ['offers/netz-cafe.md', 13, 'Text', 'Bild „/bilder/x.jpg“ gibt es nicht — das Bild in public/bilder ablegen'],
  ['offers/netz-cafe.md', 15, 'Text', 'Link „babykorb.md“ ist relativ zur Datei und führt auf der Website ins Leere — so schreiben: (/angebote/babykorb/)'],
  ['offers/netz-cafe.md', 17, 'Text', 'Überschrift „Eine zweite Hauptüberschrift“ wäre eine zweite Hauptüberschrift neben dem Seitentitel — „## “ statt „# “ schreiben'],
  ['offers/netz-cafe.md', 19, 'Text', 'Link „/angebote/entwurf/“ führt zu einem Entwurf („entwurf“ hat noch „draft: true“)'],
  ['offers/netz-cafe.md', 19, 'Text', 'Link „/angebote/babykorp/“ führt zu keiner Seite dieser Website — Meinten Sie „/angebote/babykorb/“?'],
  ['search-queries.yaml', 4, '1.expect', 'Die Seite „/angebote/netzcafe/“ gibt es auf der Website nicht — Meinten Sie „/angebote/netz-cafe/“?'],
  ['search-queries.yaml', 6, '2.expect', 'Die Seite „/angebote/entwurf/“ gibt es auf der Website nicht — „entwurf“ ist noch ein Entwurf'],
];

describe.each(['/', '/familie/'])('links, images and headings in the bodies (base path %s)', async (base) => {
  const { problems } = await checkSite(LINKS, { now: NOW, publicDir: PUBLIC, base });

  it.each(EXPECTED)('%s:%i %s', (file, line, field, message) => {
    const found = problems.filter((p) => p.file.endsWith(`links/${file}`) && p.line === line && p.field === field);
    expect(found.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
    expect(found.every((p) => p.severity === 'error')).toBe(true);
  });

  it('reports nothing else: links to pages, files of public/, anchors and queries that exist pass', () => {
    expect(errorsOnly(problems).map(formatProblem)).toHaveLength(EXPECTED.length);
  });

  it('warns (without failing) about a "reviewed" date in the future', () => {
    const warnings = problems.filter((p) => p.severity === 'warning');
    expect(warnings.map(formatProblem)).toEqual([
      expect.stringMatching(/offers\/netz-cafe\.md:7: reviewed: Warnung: „reviewed“ liegt in der Zukunft \(2027-11-28\).* — das Datum eintragen, an dem die Angaben zuletzt geprüft wurden \(heute ist 2026-05-01\)/),
    ]);
  });
});

describe('what the build will publish', () => {
  it('has the pages of published entries, their calendar files, the fixed pages and the files of public/, below the base path', () => {
    const targets = siteTargets(
      [
        { collection: 'offers', id: 'cafe', data: { status: 'aktiv', schedule: { rules: [{}] } } },
        { collection: 'offers', id: 'ohne-zeiten', data: {} },
        { collection: 'offers', id: 'entwurf', data: { draft: true } },
        { collection: 'events', id: 'fest', data: {} },
        { collection: 'locations', id: 'ort', data: {} },
        { collection: 'pages', id: 'impressum', data: {} },
      ],
      PUBLIC,
      '/familie/',
    );
    expect(targets.base).toBe('/familie/');
    for (const path of ['', 'angebote/', 'angebote/cafe/', 'angebote/cafe/kalender.ics', 'angebote/ohne-zeiten/', 'veranstaltungen/fest/kalender.ics', 'impressum/', 'kontakt/', 'suche/', 'bilder/spielplatz.gif', 'favicon.svg', 'logo.svg', 'daten/', 'daten/hsds/services.json', 'veranstaltungen/feed.xml']) {
      expect(targets.paths.has(path), path).toBe(true);
    }
    for (const path of ['angebote/ohne-zeiten/kalender.ics', 'angebote/entwurf/', 'ort/']) expect(targets.paths.has(path), path).toBe(false);
    expect(targets.drafts.get('angebote/entwurf/')).toBe('entwurf');
  });
});
