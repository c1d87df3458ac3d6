// The CMS round trip, in a real browser against a real Git working tree:
// Sveltia CMS under /admin/ (as built) in "Work with Local Repository" mode,
// on a copy of the repository's content/. Through the CMS's own interface it
// changes the Netz-Café's time and adds a closed day (the preview pane must
// show both, worded and styled as on the page), creates an offer with a
// weekly schedule and a partner, changes a partner's phone number, creates an
// event, changes a place's directions and adds a paragraph to a page whose
// text uses every kind of Markdown the site's texts use (a fixture): every
// collection is saved once. Then the files the CMS wrote are put back into the
// working tree, where Git shows what changed; `npm run check` must accept them,
// the site must build from them (CONTENT_DIR), and the changes must be on the
// built pages.
//
// The content is whatever is in content/ (nothing here is pinned): the test
// reads the current values and changes them to others.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { afterAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { backendFromEnv, cmsConfig } from '../../src/lib/editor/cms-config.ts';
import { checkSiteFile } from '../../src/lib/content/check.ts';
import { formatRepositoryFile, type FormatCollection, type FormatField } from '../../src/lib/editor/cms-format.ts';
import { telHref } from '../../src/lib/text/facts.ts';
import { useBrowser } from '../support/browser.ts';
import { buildEnv, exclusiveBuild } from '../support/build-lock.ts';
import { builtDeployment, DIST, filesBelow } from '../support/dist.ts';
import { siteStylesheet } from '../../src/integrations/cms-admin.ts';
import { formatClockTimeRange, formatLocalDateLong } from '../../src/lib/dates/format.ts';
import { answerDirectoryPicker, editor, readRepository, watchAdmin, writeRepository } from '../support/cms.ts';

const session = useBrowser();
const ROOT = process.cwd();
const repo = mkdtempSync(join(tmpdir(), 'cms-round-trip-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

interface Collection extends FormatCollection {
  name: string;
  label: string;
  label_singular: string;
  fields: (FormatField & { label: string; options?: string[] })[];
}
// The site's languages: with more than one, the CMS edits each entry's translations beside it.
const LANGUAGES: readonly string[] = checkSiteFile(join(ROOT, 'content')).site?.config.languages ?? ['de'];
const COLLECTIONS = (cmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://example.org', languages: LANGUAGES }) as { collections: Collection[] }).collections;
/** A translation beside a German entry (netz-cafe.en.md), not an entry of its own. */
const isTranslation = (path: string): boolean => /\.[a-z]{2,3}\.(md|yaml)$/.test(path);
const collection = (name: string) => COLLECTIONS.find((c) => c.name === name) as Collection;


function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
}

/** Lines removed and added between two texts, trimmed (git's own diff). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'diff-'));
  writeFileSync(join(dir, 'a'), before);
  writeFileSync(join(dir, 'b'), after);
  const out = spawnSync('git', ['diff', '--no-index', '--unified=0', '--no-color', 'a', 'b'], { cwd: dir, encoding: 'utf8' }).stdout;
  rmSync(dir, { recursive: true, force: true });
  const lines = out.split('\n').filter((l) => /^[-+](?![-+]{2} )/.test(l));
  return {
    removed: lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1).trim()),
    added: lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1).trim()),
  };
}

function frontMatter(text: string): Record<string, unknown> {
  const head = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  return parse(head ?? text) as Record<string, unknown>;
}

const today = Temporal.Now.plainDateISO('Europe/Berlin');
const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];

/** The first day on this weekday at least three weeks ahead, so it is among the dates the page shows as upcoming changes. */
function dayAhead(weekday: string): string {
  let day = today.add({ days: 21 });
  while (WEEKDAYS[day.dayOfWeek - 1] !== weekday) day = day.add({ days: 1 });
  return day.toString();
}

function shiftTime(time: string, minutes: number): string {
  return Temporal.PlainTime.from(time).add({ minutes }).toString({ smallestUnit: 'minute' });
}

it('edits made in the CMS pass the check, build and show on the pages', { timeout: 600_000 }, async (ctx) => {
  const timings: Record<string, number> = {};
  let mark = Date.now();
  const lap = (name: string) => {
    timings[name] = (Date.now() - mark) / 1000;
    mark = Date.now();
  };

  // A real Git working tree holding the repository's content as it is now.
  cpSync(join(ROOT, 'content'), join(repo, 'content'), { recursive: true });
  const pagePath = 'content/pages/markdown-probe.md';
  cpSync(join(ROOT, 'tests', 'fixtures', 'cms', 'markdown-page.md'), join(repo, pagePath));
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'Inhalt wie im Repository');
  const original: Record<string, string> = Object.fromEntries(
    filesBelow(join(repo, 'content')).map((file) => [relative(repo, file), readFileSync(file, 'utf8')]),
  );

  // What the test will change, read from the content as it is.
  const offers = collection('offers');
  const cafePath = 'content/offers/netz-cafe.md';
  expect(original[cafePath], 'content/offers/netz-cafe.md fehlt: der Test ändert das Netz-Café').toBeDefined();
  const cafe = frontMatter(original[cafePath] ?? '') as { title: string; schedule: { rules: { repeat: string; weekdays: string[]; start: string; end: string }[] } };
  const rule = cafe.schedule.rules.find((r) => r.repeat === 'wöchentlich');
  expect(rule, 'Das Netz-Café braucht eine wöchentliche Regel').toBeDefined();
  const newStart = shiftTime(rule!.start, -30);
  const closedDay = dayAhead(rule!.weekdays[0] ?? 'Montag');
  const partnerPaths = Object.keys(original).filter((p) => p.startsWith('content/partners/') && p.endsWith('.yaml') && !isTranslation(p)).sort();
  const phonePath = partnerPaths.find((p) => 'phone' in frontMatter(original[p] ?? '')) ?? partnerPaths[0]!;
  const phonePartner = frontMatter(original[phonePath] ?? '') as { name: string; phone?: string };
  const newPhone = phonePartner.phone === '02389 987654' ? '02389 987655' : '02389 987654';
  const refPath = partnerPaths[0]!;
  const refPartner = frontMatter(original[refPath] ?? '') as { name: string };
  const newTitle = 'Spielkreis am Montagmorgen';
  const newId = 'spielkreis-am-montagmorgen';
  const eventTitle = 'Laternenbasteln im Familiennetz';
  const eventId = 'laternenbasteln-im-familiennetz';
  const eventDay = today.add({ days: 45 }).toString();
  const placePath = Object.keys(original).filter((p) => p.startsWith('content/locations/') && p.endsWith('.yaml') && !isTranslation(p)).sort()[0]!;
  // A translation the CMS edits beside its German entry: the Netz-Café's English summary, if the site offers English.
  const cafeEnPath = 'content/offers/netz-cafe.en.md';
  const translating = LANGUAGES.includes('en') && original[cafeEnPath] !== undefined;
  const newEnSummary = 'Open café at the Familiennetz: coffee for a donation while the children play. Everyone is welcome.';
  const place = frontMatter(original[placePath] ?? '') as { name: string; directions?: string };
  const newDirections = 'Vom Bahnhof zehn Minuten zu Fuß; Fahrradständer am Eingang.';
  const probe = frontMatter(original[pagePath] ?? '') as { title: string };

  // The CMS as built, in "Work with Local Repository" mode on that content.
  const context = await session.newContext({ viewport: { width: 1280, height: 6000 } });
  const page = await context.newPage();
  const watch = watchAdmin(page, session.origin);
  ctx.onTestFailed(async () => {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'cms-round-trip.png'), clip: { x: 0, y: 0, width: 1280, height: 1600 } }).catch(() => undefined);
  });
  await answerDirectoryPicker(page);
  await page.goto(session.url(builtDeployment().routes.admin()), { waitUntil: 'commit' });
  await writeRepository(
    page,
    Object.fromEntries(Object.entries(original).filter(([path]) => !path.endsWith('README.md'))),
  );
  const cms = editor(page, COLLECTIONS);
  await page.getByRole('button', { name: /lokal|local/i }).first().click({ timeout: 60_000 });
  await page.getByRole('treeitem', { name: offers.label }).waitFor({ timeout: 30_000 });
  lap('CMS geöffnet');

  // 1. The Netz-Café: a new start time and a closed day.
  await cms.open('offers', cafe.title);
  await cms.fill('offers', 'schedule.rules.start', newStart);
  await cms.field('offers', 'schedule.closed').getByRole('button', { name: /hinzufügen/ }).click();
  await cms.fill('offers', 'schedule.closed.from', closedDay);
  await cms.fill('offers', 'schedule.closed.reason', 'Betriebsausflug');
  // The preview pane is the page: the site's stylesheet, its wording, following the edits.
  const preview = page.frameLocator('iframe').first();
  await preview.locator('h1', { hasText: cafe.title }).waitFor();
  await preview.locator('dl.facts dd', { hasText: formatClockTimeRange(newStart, rule!.end, 'de') }).waitFor();
  await preview.locator('dl.facts dd', { hasText: 'Betriebsausflug' }).waitFor();
  const stylesheet = siteStylesheet(DIST);
  const styled = await preview
    .locator('body')
    .evaluate((body, href) => [...body.ownerDocument.styleSheets].some((sheet) => (sheet.href ?? '').endsWith(href) && sheet.cssRules.length > 0), stylesheet);
  expect(styled, `Vorschau ohne ${stylesheet}`).toBe(true);
  await cms.save();
  lap('CMS: Netz-Café (Zeit, geschlossener Tag, Vorschau)');

  // 2. A partner's phone number.
  await cms.open('partners', phonePartner.name);
  await cms.fill('partners', 'phone', newPhone);
  await cms.save();
  lap('CMS: Telefonnummer');

  // 3. A new offer with a weekly schedule and a partner.
  await cms.create('offers');
  await cms.fill('offers', 'title', newTitle);
  await cms.fill('offers', 'summary', 'Eltern und kleine Kinder spielen, singen und basteln zusammen. Kostenlos und ohne Anmeldung.');
  await cms.choose('offers', 'topics', cms.options('offers', 'topics')[0]!);
  await cms.choose('offers', 'audiences', cms.options('offers', 'audiences')[0]!);
  await cms.choose('offers', 'partners', refPartner.name);
  await cms.tick('offers', 'schedule', 'checkbox');
  await cms.addVariant('offers', 'schedule.rules', 'wöchentlich');
  await cms.choose('offers', 'schedule.rules.weekdays', 'Montag');
  await cms.fill('offers', 'schedule.rules.start', '09:30');
  await cms.fill('offers', 'schedule.rules.end', '11:00');
  await cms.tick('offers', 'registration', 'checkbox');
  await cms.tick('offers', 'registration.required', 'radio', 'nein');
  await cms.addVariant('offers', 'cost', 'kostenlos');
  await cms.fill('offers', 'reviewed', today.toString());
  await cms.save();
  lap('CMS: neues Angebot');

  // 4. A new event, with its date and times.
  await cms.create('events');
  await cms.fill('events', 'title', eventTitle);
  await cms.fill('events', 'summary', 'Familien basteln gemeinsam Laternen für den Martinszug. Material ist da.');
  await cms.fill('events', 'start', `${eventDay}T15:00`);
  await cms.fill('events', 'end', `${eventDay}T17:30`);
  await cms.choose('events', 'organisers', refPartner.name);
  await cms.addVariant('events', 'cost', 'kostenlos');
  await cms.tick('events', 'registration', 'checkbox');
  await cms.tick('events', 'registration.required', 'radio', 'nein');
  await cms.fill('events', 'reviewed', today.toString());
  await cms.save();
  lap('CMS: neue Veranstaltung');

  // 5. A place's directions.
  await cms.open('locations', place.name);
  await cms.fill('locations', 'directions', newDirections);
  await cms.save();
  lap('CMS: Anfahrt');

  // 6. A paragraph at the end of a page's text. The editor opens on the Markdown itself; the
  //    rich-text mode would rewrite the formatting of the whole text (see cms-config.ts).
  await cms.open('pages', probe.title);
  const text = cms.field('pages', 'body').getByRole('textbox').first();
  await text.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n\nNeuer Absatz am Ende.');
  await cms.save();
  lap('CMS: Absatz im Seitentext');

  // 7. The English translation of the Netz-Café, in the same editor: switch the content language.
  if (translating) {
    await cms.open('offers', cafe.title);
    await page.getByRole('combobox', { name: 'Inhaltssprache wechseln' }).first().click();
    await page.getByRole('option', { name: new Intl.DisplayNames('de', { type: 'language' }).of('en') ?? 'Englisch', exact: true }).click();
    await cms.fill('offers', 'summary', newEnSummary);
    await cms.save();
    lap('CMS: englische Übersetzung');
  }

  // Nothing was asked of another host, refused by the CSP or missing on this site.
  expect(watch.report()).toEqual({ foreign: [], refused: [], missing: [], errors: [] });

  // The files the CMS wrote, back into the working tree.
  const written = await readRepository(page);
  await context.close();
  for (const [path, text] of Object.entries(written)) {
    if (original[path] === text) continue;
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  for (const path of Object.keys(original)) if (!(path in written) && !path.endsWith('README.md')) rmSync(join(repo, path));
  const status = git('status', '--porcelain', '--untracked-files=all').split('\n').filter(Boolean).sort();
  // Saving an entry saves its translations too: in the CMS's form already, they do not change.
  expect(status).toEqual(
    [` M ${cafePath}`, ` M ${phonePath}`, ` M ${placePath}`, ` M ${pagePath}`, `?? content/offers/${newId}.md`, `?? content/events/${eventId}.md`, ...(translating ? [` M ${cafeEnPath}`] : [])].sort(),
  );
  lap('Dateien zurück ins Arbeitsverzeichnis');

  // Each saved file is in the CMS's form (tests the formatter against Sveltia itself), and
  // compared with that form of the original, only the edited lines changed.
  for (const path of [cafePath, phonePath, placePath, pagePath, `content/offers/${newId}.md`, `content/events/${eventId}.md`]) {
    const saved = readFileSync(join(repo, path), 'utf8');
    expect(formatRepositoryFile(COLLECTIONS, path, saved), `${path} ist nicht in der Form, die das CMS schreibt`).toBe(saved);
  }
  const cafeDiff = changedLines(formatRepositoryFile(COLLECTIONS, cafePath, original[cafePath] ?? '') ?? '', readFileSync(join(repo, cafePath), 'utf8'));
  expect(cafeDiff.removed).toEqual([`start: ${rule!.start}`]);
  expect(cafeDiff.added.filter((l) => l !== 'closed:')).toEqual([`start: ${newStart}`, `- from: ${closedDay}`, 'reason: Betriebsausflug']);
  const phoneDiff = changedLines(formatRepositoryFile(COLLECTIONS, phonePath, original[phonePath] ?? '') ?? '', readFileSync(join(repo, phonePath), 'utf8'));
  expect(phoneDiff).toEqual({ removed: phonePartner.phone ? [`phone: ${phonePartner.phone}`] : [], added: [`phone: ${newPhone}`] });
  const placeDiff = changedLines(formatRepositoryFile(COLLECTIONS, placePath, original[placePath] ?? '') ?? '', readFileSync(join(repo, placePath), 'utf8'));
  expect(placeDiff.added).toEqual([`directions: ${newDirections}`]);
  expect(placeDiff.removed.every((line) => line.startsWith('directions:'))).toBe(true);
  // The page's text: the new paragraph and nothing else (lists, emphasis, breaks untouched).
  expect(changedLines(original[pagePath] ?? '', readFileSync(join(repo, pagePath), 'utf8'))).toEqual({ removed: [], added: ['', 'Neuer Absatz am Ende.'] });
  if (translating) {
    // The translation: the summary changed, nothing else; it holds only what is translated, never a fact.
    const saved = readFileSync(join(repo, cafeEnPath), 'utf8');
    expect(formatRepositoryFile(COLLECTIONS, cafeEnPath, saved), `${cafeEnPath} ist nicht in der Form, die das CMS schreibt`).toBe(saved);
    const enDiff = changedLines(original[cafeEnPath] ?? '', saved);
    // The CMS shows `reviewed` as the date of a native speaker's check: an unchecked translation's
    // 'false' is an empty date there and may be left out on saving - both mean "not checked yet".
    expect(enDiff.added.map((l) => l.split(':')[0])).toEqual(['summary']);
    expect(enDiff.removed.map((l) => l.split(':')[0]).filter((key) => key !== 'reviewed')).toEqual(['summary']);
    expect(['false', undefined]).toContain(frontMatter(saved)['reviewed']);
    expect(frontMatter(saved)['summary']).toBe(newEnSummary);
    for (const fact of ['schedule.rules', 'partners', 'location', 'topics', 'status', 'draft']) {
      const [head, sub] = fact.split('.');
      const value = frontMatter(saved)[head!] as Record<string, unknown> | undefined;
      expect(sub ? value?.[sub] : value, `${cafeEnPath}: ${fact}`).toBeUndefined();
    }
  }
  const event = frontMatter(readFileSync(join(repo, `content/events/${eventId}.md`), 'utf8'));
  expect([event['start'], event['end']]).toEqual([`${eventDay}T15:00`, `${eventDay}T17:30`]);

  // The content check accepts what the CMS wrote.
  const env = buildEnv({ CONTENT_DIR: join(repo, 'content'), ASTRO_TELEMETRY_DISABLED: '1' });
  const check = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', 'scripts/check.ts'], { cwd: ROOT, env, encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  expect(check.stdout).not.toMatch(/Fehler/);
  lap('npm run check');

  // The site builds from it, and the changes are on the pages.
  const outDir = join(repo, 'dist');
  const build = await exclusiveBuild(() =>
    spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...env, SKIP_PAGEFIND: '1' },
      encoding: 'utf8',
    }),
  );
  expect(build.status, build.stdout + build.stderr).toBe(0);
  lap('npm run build');
  const page1 = readFileSync(join(outDir, 'angebote', 'netz-cafe', 'index.html'), 'utf8');
  expect(page1).toContain(newStart.replace(/^0/, ''));
  expect(page1).toContain('Betriebsausflug');
  const partnerId = phonePath.split('/').pop()!.replace(/\.yaml$/, '');
  const page2 = readFileSync(join(outDir, 'partner', partnerId, 'index.html'), 'utf8');
  expect(page2).toContain(`href="${telHref(newPhone)}"`);
  const newPage = join(outDir, 'angebote', newId, 'index.html');
  expect(existsSync(newPage), `${newPage} fehlt`).toBe(true);
  const page3 = readFileSync(newPage, 'utf8');
  expect(page3).toContain(newTitle);
  expect(page3).toContain(`data-partner-link="${refPath.split('/').pop()!.replace(/\.yaml$/, '')}"`);
  expect(page3).toContain('9:30');
  const page4 = readFileSync(join(outDir, 'veranstaltungen', eventId, 'index.html'), 'utf8');
  expect(page4).toContain(eventTitle);
  expect(page4).toContain(formatLocalDateLong(eventDay, 'de').split(',').pop()!.trim());
  const placeId = placePath.split('/').pop()!.replace(/\.yaml$/, '');
  const offersThere = Object.keys(original).filter((p) => p.startsWith('content/offers/') && frontMatter(original[p] ?? '')['location'] === placeId);
  for (const offerPath of offersThere) {
    const id = offerPath.split('/').pop()!.replace(/\.md$/, '');
    expect(readFileSync(join(outDir, 'angebote', id, 'index.html'), 'utf8'), id).toContain(newDirections);
  }
  expect(readFileSync(join(outDir, 'markdown-probe', 'index.html'), 'utf8')).toContain('<p>Neuer Absatz am Ende.</p>');
  const enPage = join(outDir, 'en', 'angebote', 'netz-cafe', 'index.html');
  // Once the site has English pages, the translated summary is on the English Netz-Café page.
  if (translating && existsSync(join(outDir, 'en'))) expect(readFileSync(enPage, 'utf8')).toContain(newEnSummary.split(':')[0]);

  const total = Object.values(timings).reduce((a, b) => a + b, 0);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'cms-round-trip.json'), `${JSON.stringify({ seconds: timings, total }, null, 2)}\n`);
  console.log(`CMS-Rundweg: ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}; zusammen ${total.toFixed(1)} s`);
});
