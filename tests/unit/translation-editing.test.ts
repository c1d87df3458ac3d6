import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { germanSource } from '../../src/lib/content/translations.ts';
import { renderTranslationTemplate } from '../../src/lib/editor/scaffold.ts';
import { translationFileOf, translationSections } from '../../src/lib/editor/translation-report.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/translations');
const NOW = new Date('2026-05-01T12:00:00Z');

describe('npm run report: translations per language', async () => {
  const content = await checkSite(FIXTURE, { now: NOW, base: '/' });
  const sections = new Map(translationSections({ ...content, languages: ['de', 'en', 'ar'] }).map((s) => [s.title.split(':')[0]!.trim() + ':' + s.title.split(':')[1]!.split('(')[0]!.trim(), s]));

  it('lists, per language, the published entries without a translation, with the file to create', () => {
    const en = sections.get('Übersetzungen „en“:fehlen');
    expect(en?.items).toContainEqual(expect.stringContaining(translationFileOf({ file: { file: 'tests/fixtures/translations/events/familienfest.md', extension: 'md' } as never, id: 'familienfest' }, 'en').split('/').pop()!));
    // Netz-Café has an English translation (outdated, still a translation): not missing.
    expect(en?.items.some((item) => item.startsWith('Netz-Café'))).toBe(false);
    const ar = sections.get('Übersetzungen „ar“:fehlen');
    expect(ar?.items.some((item) => item.startsWith('Familiennetz'))).toBe(true);
  });

  it('lists translations whose German text changed since, with the value to record', () => {
    const outdated = sections.get('Übersetzungen „en“:deutscher Text seither geändert');
    const netzCafe = content.translations.find((t) => t.file.file.endsWith('netz-cafe.en.md'));
    expect(outdated?.items).toEqual([expect.stringContaining(`netz-cafe.en.md: „translatedFrom: ${netzCafe?.currentSource}“`)]);
  });

  it('leaves out what is never translated (the legal pages)', () => {
    // The English Impressum has errors, so it counts as missing - unless legal pages are never asked for.
    const asked = translationSections({ ...content, languages: ['de', 'en'] })[0]!;
    const notAsked = translationSections({ ...content, languages: ['de', 'en'], untranslated: (e) => e.id === 'impressum' })[0]!;
    expect(asked.items).toContainEqual(expect.stringContaining('impressum.en.md'));
    expect(notAsked.items).not.toContainEqual(expect.stringContaining('impressum.en.md'));
  });
});

describe('npm run new -- --sprache=…: a translation to fill in', async () => {
  const root = mkdtempSync(join(tmpdir(), 'translation-new-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(FIXTURE, root, { recursive: true });
  rmSync(join(root, 'offers/netz-cafe.ar.md'));
  const before = await checkSite(root, { now: NOW, base: '/' });
  const german = before.entries.find((e) => e.collection === 'offers' && e.id === 'netz-cafe')!;
  const path = join(root, 'offers/netz-cafe.ar.md');
  const template = renderTranslationTemplate({
    collection: 'offers',
    germanFile: relative(process.cwd(), german.file.file),
    german: german.data!,
    lang: 'ar',
    source: germanSource('offers', german.data!, german.file.body),
  });
  writeFileSync(path, template);
  const problemsOf = async () => (await checkSite(root, { now: NOW, base: '/' })).problems.filter((p) => p.file.endsWith('netz-cafe.ar.md'));

  it('shows each German text above its field and pre-fills no translation', () => {
    expect(template).toContain('# Titel (Pflicht). Deutsch: Netz-Café\ntitle:\n');
    expect(template).toContain('#   text: Kaffee gegen Spende');
    expect(template).toContain('reviewed: false');
  });

  it('is refused until the required texts are translated, naming each field', async () => {
    const problems = await problemsOf();
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.field).sort()).toEqual(['summary', 'title']);
  });

  it('passes once they are, made from the current German text (not outdated)', async () => {
    writeFileSync(path, readFileSync(path, 'utf8').replace('title:\n', 'title: مقهى Netz-Café\n').replace('summary:\n', 'summary: مقهى مفتوح في Familiennetz، والأطفال يلعبون.\n'));
    expect(await problemsOf()).toEqual([expect.objectContaining({ severity: 'warning', field: 'Text' })]);
    const translation = (await checkSite(root, { now: NOW, base: '/' })).translations.find((t) => t.file.file.endsWith('netz-cafe.ar.md'));
    expect(translation?.data).toMatchObject({ lang: 'ar', reviewed: false, outdated: false, title: 'مقهى Netz-Café' });
  });
});

describe('npm run check: an outdated translation is a warning, not a failure', () => {
  it('exits 0 and names the file, what changed and the value to record', async () => {
    const root = mkdtempSync(join(tmpdir(), 'translation-check-'));
    try {
      cpSync(FIXTURE, root, { recursive: true });
      // Only the outdated English Netz-Café stays; the broken translations of the fixture go.
      for (const file of ['offers/netz-cafe.ar.md', 'partners/ksd.en.yaml', 'partners/ksd.fr.yaml', 'partners/kds.en.yaml', 'partners/ksd.ar.yaml', 'pages/impressum.de.md', 'pages/impressum.en.md', 'locations/am-neutor-5.en.yaml']) {
        rmSync(join(root, file));
      }
      const run = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/check.ts'], {
        env: { ...process.env, CONTENT_DIR: root },
        encoding: 'utf8',
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/netz-cafe\.en\.md:\d+: translatedFrom: Warnung: Der deutsche Text in „netz-cafe\.md“ hat sich geändert.*„translatedFrom: [a-f][0-9a-f]{9}“ eintragen/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
