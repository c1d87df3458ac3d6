import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { germanSource, localiseLinks, translatablePaths, translationName } from '../../src/lib/content/translations.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import { TRANSLATED_FIELD_NAMES } from '../../src/schemas/translation.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/translations');
const NOW = new Date('2026-05-01T12:00:00Z');
const content = await checkSite(FIXTURE, { now: NOW, base: '/' });
const translationProblems = content.problems.filter((p) => /\.[a-z]{2}\.(md|yaml)$/.test(p.file));

// One translation file per class of mistake: file, line, field, start of the German message.
const EXPECTED: [file: string, line: number, field: string, message: string][] = [
  ['locations/am-neutor-5.en.yaml', 3, 'street', '„street“ (Straße und Hausnummer) wird nicht übersetzt — nur in der deutschen Datei angeben'],
  ['locations/am-neutor-5.en.yaml', 5, 'accessibility.notes', '„accessibility.notes“ steht nicht in der deutschen Datei'],
  ['locations/am-neutor-5.en.yaml', 6, 'accessibility.stepFree', '„accessibility.stepFree“ (Stufenloser Zugang) wird nicht übersetzt'],
  ['offers/netz-cafe.ar.md', 7, 'schedule.rules', '„schedule.rules“ (Regeln) wird nicht übersetzt — nur in der deutschen Datei angeben'],
  ['offers/netz-cafe.ar.md', 11, 'location', '„location“ (Ort) wird nicht übersetzt'],
  ['offers/netz-cafe.ar.md', 13, 'cost.type', '„cost.type“ (Art) wird nicht übersetzt'],
  ['offers/netz-cafe.ar.md', 14, 'titel', 'Unbekanntes Feld „titel“ — Meinten Sie „title“?'],
  ['offers/netz-cafe.ar.md', 16, 'Text', 'HTML-Element <script> ist im Text nicht erlaubt'],
  ['offers/netz-cafe.ar.md', 18, 'Text', 'Link „/angebote/gibt-es-nicht/“ führt zu keiner Seite dieser Website'],
  ['pages/impressum.de.md', 1, '', '„impressum.de.md“ trägt das Kürzel der Hauptsprache „de“'],
  ['pages/impressum.en.md', 2, 'translatedFrom', '„translatedFrom“ ist kein Kennzeichen der deutschen Fassung'],
  ['pages/impressum.en.md', 3, 'reviewed', '„reviewed“ ist "maybe" — „false“, solange keine Muttersprachlerin'],
  ['pages/impressum.en.md', 4, 'title', 'Zu kurz — mindestens 2 Zeichen'],
  ['pages/impressum.en.md', 2, 'description', '„description“ (Beschreibung) fehlt in der Übersetzung — den deutschen Text aus „impressum.md“ übersetzen'],
  ['partners/ksd.ar.yaml', 1, 'description', '„description“ (Beschreibung) fehlt in der Übersetzung'],
  ['partners/kds.en.yaml', 1, '', 'Zu „kds.en.yaml“ gibt es keine deutsche Datei „kds“ in content/partners/ — Meinten Sie „ksd“?'],
  ['partners/ksd.en.yaml', 4, 'phone', '„phone“ (Telefon) wird nicht übersetzt'],
  ['partners/ksd.fr.yaml', 1, '', '„ksd.fr.yaml“ ist eine Übersetzung in die Sprache „fr“, die die Website nicht anbietet (content/site.yaml, „languages“)'],
];

describe('translation files (content/<folder>/<id>.<lang>.<ending>)', () => {
  it('are recognised by the language code before the ending', () => {
    expect(translationName('netz-cafe.en')).toEqual({ id: 'netz-cafe', lang: 'en' });
    expect(translationName('netz-cafe')).toBeUndefined();
  });

  it.each(EXPECTED)('%s:%i %s', (file, line, field, message) => {
    const found = translationProblems.filter((p) => p.file.endsWith(file) && p.severity === 'error');
    expect(found.map((p) => `${p.line} ${p.field} ${p.message}`)).toContainEqual(expect.stringContaining(`${line} ${field} ${message}`));
  });

  it('reports nothing else as an error', () => {
    const errors = translationProblems.filter((p) => p.severity === 'error');
    expect(errors.length).toBe(EXPECTED.length);
  });

  it('warns (never fails) when the German text changed since, naming the value to record', () => {
    const netzCafe = content.translations.find((t) => t.file.file.endsWith('netz-cafe.en.md'));
    const warning = translationProblems.find((p) => p.file.endsWith('netz-cafe.en.md') && p.field === 'translatedFrom');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain(`„translatedFrom: ${netzCafe?.currentSource}“ eintragen`);
    expect(netzCafe?.data).toMatchObject({ kind: 'offers', entry: 'netz-cafe', lang: 'en', reviewed: false, outdated: true });
  });

  it('gives the pages the translated fields under their German names, and nothing of the facts', () => {
    const data = content.translations.find((t) => t.file.file.endsWith('netz-cafe.en.md'))?.data;
    expect(data).toMatchObject({ title: 'Netz-Café', cost: { text: 'Coffee for a donation' }, keywords: ['coffee', 'meet other parents'] });
    expect(Object.keys(data ?? {})).not.toContain('schedule');
    expect(Object.keys(data ?? {})).not.toContain('partners');
  });

  it('records a native speaker’s check as a date', () => {
    const data = content.translations.find((t) => t.file.file.endsWith('impressum.ar.md'))?.data;
    expect(data).toMatchObject({ reviewed: true, reviewedOn: '2026-02-01', outdated: true });
  });

  it('publishes body links to pages in the same language; files and phone numbers stay as they are', () => {
    const html = content.translations.find((t) => t.file.file.endsWith('netz-cafe.en.md'))?.rendered?.html ?? '';
    expect(html).toContain('href="/en/partner/familiennetz-werne/"');
    expect(html).toContain('href="/en/kontakt/#map"');
    expect(html).toContain('href="/favicon.svg"');
    expect(html).toContain('href="tel:+49238971570"');
    expect(localiseLinks('<a href="/familie/angebote/x/">x</a>', '/familie/', 'ar', () => true)).toBe('<a href="/familie/ar/angebote/x/">x</a>');
  });
});

describe('translatedFrom: the fingerprint of the German text', () => {
  const offer = { title: 'Netz-Café', summary: 'Offenes Café im Familiennetz für alle Familien.', schedule: { rules: [], note: 'Nicht in den Ferien.' }, partners: ['ksd'], keywords: ['Kaffee'] };

  it('changes with a German text field or the body', () => {
    const before = germanSource('offers', offer, 'Text');
    expect(germanSource('offers', { ...offer, summary: `${offer.summary} Neu.` }, 'Text')).not.toBe(before);
    expect(germanSource('offers', { ...offer, schedule: { rules: [], note: 'Auch in den Ferien.' } }, 'Text')).not.toBe(before);
    expect(germanSource('offers', offer, 'Anderer Text')).not.toBe(before);
    expect(before).toMatch(/^[a-f][0-9a-f]{9}$/);
  });

  it('stays when only facts or line endings change', () => {
    const before = germanSource('offers', offer, 'Zeile\nzwei');
    expect(germanSource('offers', { ...offer, partners: ['ksd', 'caritas'] }, 'Zeile\r\nzwei\n')).toBe(before);
  });
});

describe('translatable fields: one source of truth', () => {
  it('the collection "translations" types exactly the fields the schemas mark translatable', () => {
    const marked = new Set((Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) => translatablePaths(collection).map((path) => path.split('.')[0]!)));
    expect([...marked].sort()).toEqual([...TRANSLATED_FIELD_NAMES].sort());
  });

  it('never marks a fact: times, places, references, phone numbers', () => {
    const all = (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) => translatablePaths(collection));
    for (const fact of ['schedule.rules', 'location', 'partners', 'phone', 'start', 'end', 'street', 'cost.type', 'organisers', 'url']) {
      expect(all.some((path) => path === fact || path.endsWith(`.${fact}`))).toBe(false);
    }
  });
});

describe('headings of a translated text', () => {
  it('get ids HTML accepts: no combining marks (Turkish İ), a letter first', async () => {
    const { markdownRenderer } = await import('../../src/lib/content/markdown.ts');
    const { headingIdsForHtml } = await import('../../src/lib/content/translations.ts');
    const render = await markdownRenderer('/');
    const rendered = headingIdsForHtml(await render('## İlk yıllar\n\n## 13. aile şenliği\n\n[yukarı](#13-aile-şenliği)\n'));
    const ids = [...rendered.html.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['ilk-yıllar', 'h-13-aile-şenliği']);
    expect(rendered.html).toContain(`href="#${encodeURI('h-13-aile-şenliği')}"`);
    expect(rendered.metadata.headings.map((h) => h.slug)).toEqual(ids);
  });
});
