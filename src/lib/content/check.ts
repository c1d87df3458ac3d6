// The one pass over the content: reads every file once (files.ts), validates
// every collection and list file with the schemas, checks references between
// entries, renders every Markdown body with the site's own renderer and checks
// the HTML the browser will get. It reports every problem at once, each with
// file, line and field. `npm run check` prints the result; Astro's content
// layer (loader.ts) takes its entries from the same pass, so the site is built
// from exactly what the check approved.
import { existsSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { COLLECTIONS, LIST_FILES, SITE_FILE, type CollectionName, type ListFileName } from '../../schemas/index.ts';
import { SVG_FILE, type SiteConfig } from '../../schemas/site.ts';
import { ID_PATTERN } from '../../schemas/patterns.ts';
import { LANGUAGE_SYNONYMS, type SearchQuery, type Synonym } from '../../schemas/search.ts';
import type { z } from 'astro/zod';
import type { Schedule } from '../../schemas/schedule.ts';
import { now as currentNow } from '../dates/now.ts';
import { scheduleWarnings } from '../dates/schedule-check.ts';
import { localDay } from '../dates/zone.ts';
import { basePath } from '../deployment.ts';
import { CONTACT_PAGE_ID, FIXED_SEGMENTS, FIXED_SUBFOLDERS, routesFor } from '../routes.ts';
import { checkRenderedBody } from './body.ts';
import { outlineProblems } from './body-outline.ts';
import { incompleteMessage, isDraftFile, isUnfilled, mayBeIncomplete, placeholderFinds, placeholderMessage } from './drafts.ts';
import { nestedFileProblems } from './nested-files.ts';
import { siteLinkProblems, siteTargets, suggestPage, type SiteTargets } from './site-links.ts';
import { contentTreeProblems } from './file-safety.ts';
import { allowedKeysAt, fieldAt, fieldTree, type FieldNode } from './fields.ts';
import { lineOf, lineOfKey, listFiles, readAssetFile, readContentFile, type ContentFile } from './files.ts';
import { markdownRenderer, type RenderBody, type RenderedBody } from './markdown.ts';
import { MISSING, SEPARATOR, emptyFieldMessage, germanIssueMessage, valueIssueMessage, withFix, type Problem } from './messages.ts';
import { protectedStreetProblems } from './protected-check.ts';
import { STALE_AFTER_MONTHS, isPublished, isStale } from './status.ts';
import { checkSvg } from './svg.ts';
import { unkeptWords } from './situations.ts';
import { missingHeadings, type PagePictogram } from '../text/pictograms.ts';
import type { Situation } from '../../schemas/situation.ts';
import type { Topic } from '../../schemas/vocabulary.ts';
import { imageFileProblem } from './images.ts';
import { didYouMean, suggestId, type NamedEntry } from './suggest.ts';
import { checkTranslation, germanKey, localiseLinks, translationName, type CheckedTranslation, type GermanEntry } from './translations.ts';

export type { Problem } from './messages.ts';
export type { CheckedTranslation } from './translations.ts';

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: ContentFile;
  /** Parsed data (defaults applied) when the entry is valid. */
  data?: Record<string, unknown>;
  /** The Markdown body as the site renders it (Markdown collections only). */
  rendered?: RenderedBody;
  /** A draft (or an unused location) whose required facts are not yet filled in: not published. */
  incomplete?: string[];
}

export interface CheckedLists {
  synonyms: Synonym[];
  /** The synonym lists of the site's other languages (content/synonyms.en.yaml), by language. */
  languageSynonyms: Record<string, Synonym[]>;
  searchQueries: SearchQuery[];
}

/** An SVG file of the site's settings (logo, icon): its text and the size of its viewBox. */
export interface SvgAsset {
  svg: string;
  width: number;
  height: number;
}

export interface CheckedSite {
  config: SiteConfig;
  logo: SvgAsset;
  icon: SvgAsset;
}

export interface SiteContent {
  /** content/site.yaml with its logo and icon; undefined when any of them has an error. */
  site?: CheckedSite;
  entries: CheckedEntry[];
  /** Translation files beside the entries (netz-cafe.en.md), checked against their German entry. */
  translations: CheckedTranslation[];
  /** The list files at the top of content/ (empty when a file is missing or invalid). */
  lists: CheckedLists;
  /** Sorted by file and line. */
  problems: Problem[];
}

export interface CheckOptions {
  /** "Now" for the freshness warning; defaults to now(). */
  now?: Date;
  /** Base path the bodies' links are rendered for; defaults to BASE_PATH. */
  base?: string;
  /** The folder whose files the build publishes as they are (images); defaults to public/ of the project. */
  publicDir?: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

// How to fix a refinement that compares two fields, by the field it points at.
const FIXES_BY_FIELD: Record<string, string> = {
  end: '„end“ auf einen späteren Zeitpunkt als „start“ setzen',
  to: '„to“ auf denselben oder einen späteren Tag als „from“ setzen',
  validUntil: '„validUntil“ auf denselben oder einen späteren Tag als „validFrom“ setzen',
  address: 'eines der beiden Felder löschen',
};

function fixFor(field: FieldNode | undefined, path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  if (typeof last === 'string' && FIXES_BY_FIELD[last]) return FIXES_BY_FIELD[last];
  if (field?.description) return `so ist es richtig: ${field.description}`;
  return 'siehe content/README.md';
}

/** The allowed name closest to a mistyped one, if it is plausibly a typo. */
export function suggestField(unknown: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0) return undefined;
  const lower = unknown.toLowerCase();
  const exactCase = allowed.find((name) => name.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const best = closest(lower, allowed.map((name) => name.toLowerCase()));
  const match = allowed.find((name) => name.toLowerCase() === best);
  if (!match) return undefined;
  return distance(lower, best) <= Math.max(2, Math.floor(match.length / 3)) ? match : undefined;
}

function unknownFieldMessage(key: string, allowed: readonly string[]): string {
  const suggestion = suggestField(key, allowed);
  if (suggestion) return `Unbekanntes Feld „${key}“${SEPARATOR}Meinten Sie „${suggestion}“? Sonst das Feld löschen`;
  const list = allowed.length ? `; erlaubt sind: ${allowed.join(', ')}` : '';
  return `Unbekanntes Feld „${key}“${SEPARATOR}Feld löschen oder Namen korrigieren${list}`;
}

const trees = new WeakMap<z.ZodType, FieldNode>();
function treeOf(schema: z.ZodType): FieldNode {
  let tree = trees.get(schema);
  if (!tree) {
    tree = fieldTree(schema);
    trees.set(schema, tree);
  }
  return tree;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const step of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[step as string] : undefined;
  return value;
}

/** The value at a path as the editor wrote it in the file ("01234", not the number 1234). */
function sourceAt(file: ContentFile, path: readonly PropertyKey[]): string | undefined {
  const node = file.document?.getIn(path as unknown[], true) as { source?: unknown } | undefined;
  return typeof node?.source === 'string' ? node.source : undefined;
}

function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `„${text.length > 60 ? `${text.slice(0, 57)}…` : text}“`;
}

// A field that is simply absent fails its type, enum or union check: say "missing", not "wrong".
function isMissable(code: string): boolean {
  return code === 'invalid_type' || code === 'invalid_value' || code === 'invalid_union';
}

/** Validates a file's data with a schema: the parsed data, or a problem per issue. */
function schemaProblems(file: ContentFile, schema: z.ZodType, incompleteAllowed = false): { problems: Problem[]; data?: unknown; unfilled: string[] } {
  const result = schema.safeParse(file.data, { error: germanIssueMessage });
  if (result.success) return { problems: [], data: result.data, unfilled: [] };
  const root = treeOf(schema);
  const problems: Problem[] = [];
  const unfilled: string[] = [];
  for (const issue of result.error.issues) {
    if (incompleteAllowed && issue.code !== 'unrecognized_keys' && isUnfilled(valueAt(file.data, issue.path))) {
      const title = fieldAt(root, issue.path, file.data)?.title ?? formatPath(issue.path);
      if (!unfilled.includes(title)) unfilled.push(title);
      continue;
    }
    // A reference that is no id is also no entry: referenceProblems() says so, with a suggestion.
    if (issue.code === 'invalid_format' && fieldAt(root, issue.path, file.data)?.kind === 'reference') continue;
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeysAt(root, issue.path, file.data);
      for (const key of issue.keys) {
        problems.push({
          file: file.file,
          line: lineOfKey(file, issue.path, key),
          field: formatPath([...issue.path, key]),
          message: unknownFieldMessage(key, allowed),
          severity: 'error',
        });
      }
      continue;
    }
    const field = fieldAt(root, issue.path, file.data);
    let message: string;
    const value = valueAt(file.data, issue.path);
    const missing = value === undefined && isMissable(issue.code);
    const special = valueIssueMessage(issue, value, sourceAt(file, issue.path), field);
    if (missing || issue.message.startsWith(MISSING)) {
      const what = field?.title ? ` „${field.title}“` : '';
      message = `${MISSING}${SEPARATOR}bitte${what} ergänzen${field?.description ? `: ${field.description}` : ' (siehe content/README.md)'}`;
    } else if (value === null && isMissable(issue.code)) {
      message = emptyFieldMessage(field);
    } else if (special) {
      message = special;
    } else if ((issue.code === 'invalid_value' || issue.code === 'invalid_format') && !issue.message.includes(SEPARATOR)) {
      // The schema's own text for these says what is allowed: it is the fix.
      message = `${quoted(valueAt(file.data, issue.path))} ist hier nicht erlaubt${SEPARATOR}${issue.message}`;
    } else {
      message = withFix(issue.message, fixFor(field, issue.path));
    }
    problems.push({ file: file.file, line: lineOf(file, issue.path), field: formatPath(issue.path), message, severity: 'error' });
  }
  return { problems, unfilled };
}

function fileProblem(file: ContentFile, message: string): Problem {
  return { file: file.file, line: 1, field: '', message, severity: 'error' };
}

function extensionProblem(file: ContentFile, dir: string, extensions: readonly string[]): Problem {
  if (file.extension === 'mdx') {
    return fileProblem(file, `MDX-Dateien sind im Inhalt nicht erlaubt, denn sie können Programmcode ausführen — die Datei als .${extensions[0]} speichern und nur Markdown verwenden`);
  }
  return fileProblem(file, `In content/${dir}/ sind nur .${extensions.join(' oder .')}-Dateien erlaubt — Datei umbenennen oder verschieben`);
}

function referencedIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

function entryName(entry: CheckedEntry): string | undefined {
  const data = (entry.data ?? entry.file.data) as Record<string, unknown> | undefined;
  const name = data?.['title'] ?? data?.['name'];
  return typeof name === 'string' ? name : undefined;
}

function missingReferenceMessage(id: string, target: CollectionName, entries: readonly NamedEntry[]): string {
  const suggestion = suggestId(id, entries);
  const fix = suggestion ? `${didYouMean(suggestion)}Sonst den Eintrag anlegen` : 'Schreibweise prüfen (Dateiname ohne Endung) oder den Eintrag anlegen';
  return `„${id}“ gibt es nicht in content/${COLLECTIONS[target].dir}/${SEPARATOR}${fix}`;
}

function referenceProblems(entries: readonly CheckedEntry[]): Problem[] {
  const ids = new Map<CollectionName, Set<string>>();
  const named = new Map<CollectionName, NamedEntry[]>();
  const incomplete = new Map<CollectionName, Map<string, string[]>>();
  for (const entry of entries) {
    if (entry.incomplete) incomplete.set(entry.collection, (incomplete.get(entry.collection) ?? new Map()).set(entry.id, entry.incomplete));
    const set = ids.get(entry.collection) ?? new Set<string>();
    set.add(entry.id);
    ids.set(entry.collection, set);
    named.set(entry.collection, [...(named.get(entry.collection) ?? []), { id: entry.id, ...(entryName(entry) ? { name: entryName(entry) } : {}) }]);
  }
  const problems: Problem[] = [];
  for (const entry of entries) {
    const spec = COLLECTIONS[entry.collection];
    const data = (entry.data ?? entry.file.data) as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object') continue;
    for (const [field, target] of Object.entries(spec.references)) {
      const value = data[field];
      const list = referencedIds(value);
      list.forEach((id, index) => {
        if (list.indexOf(id) !== index) {
          problems.push({
            file: entry.file.file,
            line: lineOf(entry.file, [field, index]),
            field: formatPath([field, index]),
            message: `„${id}“ steht mehrfach in „${field}“${SEPARATOR}den doppelten Eintrag löschen`,
            severity: 'error',
          });
          return;
        }
        const unfinished = incomplete.get(target)?.has(id);
        if (unfinished && !isDraftFile(entry.file.data) && !entry.incomplete) {
          const path = Array.isArray(value) ? [field, index] : [field];
          problems.push({
            file: entry.file.file,
            line: lineOf(entry.file, path),
            field: formatPath(path),
            message: `„${id}“ in content/${COLLECTIONS[target].dir}/ ist noch nicht ausgefüllt${SEPARATOR}dort erst die Pflichtangaben eintragen (${[...(incomplete.get(target)?.get(id) ?? [])].join(', ')})`,
            severity: 'error',
          });
          return;
        }
        if (ids.get(target)?.has(id)) return;
        const path = Array.isArray(value) ? [field, index] : [field];
        problems.push({
          file: entry.file.file,
          line: lineOf(entry.file, path),
          field: formatPath(path),
          message: missingReferenceMessage(id, target, named.get(target) ?? []),
          severity: 'error',
        });
      });
    }
  }
  return problems;
}

/** Life situations: every word a home-page card promises must be named by an offer or a link of its page. */
function situationProblems(entries: readonly CheckedEntry[]): Problem[] {
  const offers = entries
    .filter((entry) => entry.collection === 'offers' && entry.data && isPublished(entry.data))
    .map((entry) => {
      const data = entry.data as Record<string, unknown>;
      const words = [data['title'], data['summary'], ...((data['keywords'] as string[] | undefined) ?? []), entry.file.body];
      return { id: entry.id, topics: data['topics'] as Topic[], text: words.filter((w) => typeof w === 'string').join('\n') };
    });
  const partners = entries
    .filter((entry) => entry.collection === 'partners' && entry.data)
    .map((entry) => {
      const data = entry.data as Record<string, unknown>;
      const words = [data['name'], data['shortName'], data['description'], ...((data['keywords'] as string[] | undefined) ?? [])];
      return { id: entry.id, text: words.filter((w) => typeof w === 'string').join('\n') };
    });
  return entries
    .filter((entry) => entry.collection === 'situations' && entry.data)
    .flatMap((entry) => {
      const situation = entry.data as unknown as Situation;
      return unkeptWords(situation, offers, partners).map((word) => {
        const index = situation.words.indexOf(word);
        return {
          file: entry.file.file,
          line: lineOf(entry.file, ['words', index]),
          field: formatPath(['words', index]),
          message: `„${word}“ steht auf der Karte, aber kein Angebot, Partner oder Link dieser Lebenslage nennt es${SEPARATOR}das passende Angebot unter „offers“ eintragen, das Wort beim Angebot als Suchwort ergänzen oder ein anderes Wort wählen`,
          severity: 'error' as const,
        };
      });
    });
}

/** Pages in Leichte Sprache: every heading a pictogram is set for must be in the text. */
function pictogramProblems(entries: readonly CheckedEntry[]): Problem[] {
  return entries
    .filter((entry) => entry.collection === 'pages' && entry.data && entry.rendered)
    .flatMap((entry) => {
      const pictograms = ((entry.data as Record<string, unknown>)['pictograms'] as PagePictogram[] | undefined) ?? [];
      return missingHeadings(entry.rendered?.metadata.headings ?? [], pictograms).map((index) => ({
        file: entry.file.file,
        line: lineOf(entry.file, ['pictograms', index, 'heading']),
        field: formatPath(['pictograms', index, 'heading']),
        message: `Die Überschrift „${pictograms[index]?.heading ?? ''}“ steht nicht im Text${SEPARATOR}genau so schreiben wie die Überschrift im Text (ohne „##“) oder den Eintrag löschen`,
        severity: 'error' as const,
      }));
    });
}

/** An entry's photo must be a picture file in the content's picture folder (images.ts). */
function photoProblems(root: string, entries: readonly CheckedEntry[]): Problem[] {
  return entries.flatMap((entry) => {
    const src = (entry.data?.['image'] as { src?: unknown } | undefined)?.src;
    if (typeof src !== 'string') return [];
    const problem = imageFileProblem(root, src);
    return problem ? [{ file: entry.file.file, line: lineOf(entry.file, ['image', 'src']), field: 'image.src', message: problem, severity: 'error' as const }] : [];
  });
}

const required = new Map<CollectionName, string[]>();
function requiredFields(collection: CollectionName): string[] {
  let names = required.get(collection);
  if (!names) {
    names = treeOf(COLLECTIONS[collection].schema).fields?.filter((f) => f.required).map((f) => f.name) ?? [];
    required.set(collection, names);
  }
  return names;
}

/** Template and example text outside a draft (drafts.ts). */
function placeholderProblems(file: ContentFile): Problem[] {
  if (isDraftFile(file.data)) return [];
  return placeholderFinds(file.data, file.body).map((find) => ({
    file: file.file,
    line: find.path ? lineOf(file, find.path) : file.bodyStartLine + (find.bodyLine ?? 0),
    field: find.path ? formatPath(find.path) : 'Text',
    message: placeholderMessage(find.what),
    severity: 'error' as const,
  }));
}

function bodyProblems(file: ContentFile, rendered: RenderedBody): Problem[] {
  return [...checkRenderedBody(rendered.html, file.body, file.bodyStartLine), ...outlineProblems(rendered, file.body, file.bodyStartLine)].map((body) => ({
    file: file.file,
    line: body.line,
    field: 'Text',
    message: body.message,
    severity: 'error',
  }));
}

/**
 * What can still be checked in a file whose YAML has an error: the fields
 * that stand complete before the error, and the Markdown body. Nothing of it
 * is published; it only spares the editor a second round of corrections.
 */
async function unreadableEntryProblems(collection: CollectionName, file: ContentFile, render: RenderBody): Promise<Problem[]> {
  const problems: Problem[] = [];
  const partial = file.partialData;
  if (partial) {
    const fields = schemaProblems({ ...file, data: partial }, COLLECTIONS[collection].schema).problems;
    // Fields after the error are unknown, not missing.
    problems.push(...fields.filter((p) => p.field.split('.')[0]! in partial && !p.message.startsWith(MISSING)));
  }
  if (file.extension === 'md' && file.body.trim() !== '') problems.push(...bodyProblems(file, await render(file.body)));
  return problems;
}

async function checkEntry(collection: CollectionName, file: ContentFile, render: RenderBody, today: string): Promise<{ entry: CheckedEntry; problems: Problem[] }> {
  const entry: CheckedEntry = { collection, id: file.id, file };
  const problems: Problem[] = file.readErrors.map((error) => ({ file: file.file, line: error.line, field: '', message: error.message, severity: 'error' }));
  if (file.readErrors.length > 0) {
    problems.push(...(await unreadableEntryProblems(collection, file, render)));
    return { entry, problems };
  }
  const checked = schemaProblems(file, COLLECTIONS[collection].schema, mayBeIncomplete(collection, file.data, requiredFields(collection)));
  problems.push(...checked.problems, ...placeholderProblems(file));
  if (checked.data) entry.data = checked.data as Record<string, unknown>;
  if (checked.unfilled.length > 0) {
    entry.incomplete = checked.unfilled;
    const draft = isDraftFile(file.data);
    problems.push({
      file: file.file,
      line: draft ? lineOf(file, ['draft']) : file.yamlStartLine,
      field: '',
      message: incompleteMessage(collection, checked.unfilled, draft),
      severity: 'warning',
    });
  }
  if (file.extension === 'md') {
    entry.rendered = await render(file.body);
    problems.push(...bodyProblems(file, entry.rendered));
  }
  const schedule = collection === 'offers' ? (entry.data?.['schedule'] as Schedule | undefined) : undefined;
  if (schedule) {
    for (const warning of scheduleWarnings(schedule, { text: file.body, startLine: file.bodyStartLine }, today)) {
      const field = warning.path[0] === 'body' ? 'Text' : formatPath(warning.path);
      problems.push({ file: file.file, line: warning.line ?? lineOf(file, warning.path), field, message: warning.message, severity: 'warning' });
    }
  }
  const reviewed = entry.data?.['reviewed'];
  if (typeof reviewed === 'string' && reviewed > today) {
    problems.push({
      file: file.file,
      line: lineOf(file, ['reviewed']),
      field: 'reviewed',
      message: `„reviewed“ liegt in der Zukunft (${reviewed}), die Seite zeigte „Stand“ mit diesem Datum${SEPARATOR}das Datum eintragen, an dem die Angaben zuletzt geprüft wurden (heute ist ${today})`,
      severity: 'warning',
    });
  }
  if (typeof reviewed === 'string' && isStale(reviewed, today)) {
    problems.push({
      file: file.file,
      line: lineOf(file, ['reviewed']),
      field: 'reviewed',
      message: `Zuletzt geprüft am ${reviewed}, vor mehr als ${STALE_AFTER_MONTHS} Monaten${SEPARATOR}Angaben beim Anbieter nachfragen und „reviewed“ auf das Datum der Prüfung setzen`,
      severity: 'warning',
    });
  }
  return { entry, problems };
}

function checkListFile(root: string, name: ListFileName, fileName: string = LIST_FILES[name].file): { data: unknown[]; problems: Problem[]; file?: ContentFile } {
  const spec = LIST_FILES[name];
  const path = join(root, fileName);
  if (listFiles(root).indexOf(fileName) < 0) return { data: [], problems: [] };
  const file = readContentFile(path);
  const problems: Problem[] = file.readErrors.map((e) => ({ file: file.file, line: e.line, field: '', message: e.message, severity: 'error' }));
  if (problems.length > 0) return { data: [], problems };
  const checked = schemaProblems(file, spec.schema);
  return { data: checked.problems.length ? [] : (checked.data as unknown[]), problems: checked.problems, file };
}

/** Links and images in the bodies that lead nowhere on the site the build will publish (site-links.ts). */
function linkProblems(entries: readonly Pick<CheckedEntry, 'file' | 'rendered'>[], targets: SiteTargets): Problem[] {
  return entries.flatMap((entry) =>
    entry.rendered
      ? siteLinkProblems(entry.rendered.html, entry.file.body, entry.file.bodyStartLine, targets).map((p) => ({
          file: entry.file.file,
          line: p.line,
          field: 'Text',
          message: p.message,
          severity: 'error' as const,
        }))
      : [],
  );
}

/** A search sample must name a page the site has, or the search test checks nothing (or fails for the wrong reason). */
function searchQueryTargetProblems(list: { data: unknown[]; file?: ContentFile }, targets: SiteTargets): Problem[] {
  const file = list.file;
  if (!file) return [];
  return (list.data as SearchQuery[]).flatMap((sample, index) => {
    const inner = sample.expect.slice(1);
    if (targets.paths.has(inner)) return [];
    const draft = targets.drafts.get(inner);
    const page = suggestPage(inner, targets);
    const fix = draft
      ? `„${draft}“ ist noch ein Entwurf: die Probe erst eintragen, wenn die Seite veröffentlicht ist`
      : page
        ? `Meinten Sie „${page}“? Sonst die Adresse auf der Website nachsehen`
        : 'die Adresse auf der Website nachsehen (mit „/“ am Anfang und Ende) oder die Probe löschen';
    return [
      {
        file: file.file,
        line: lineOf(file, [index, 'expect']),
        field: formatPath([index, 'expect']),
        message: `Die Seite „${sample.expect}“ gibt es auf der Website nicht${SEPARATOR}${fix}`,
        severity: 'error' as const,
      },
    ];
  });
}

/** Links and special files anywhere in the content: refused before anything is read (file-safety.ts). */
function fileSafetyProblems(root: string): Problem[] {
  return contentTreeProblems(root).map(({ file, message }) => ({ file, line: 1, field: '', message, severity: 'error' }));
}

const FIXED: ReadonlySet<string> = new Set(FIXED_SEGMENTS);

/**
 * Entries whose page would land on a folder the site already uses (a route
 * like /suche/ or an output like /pagefind/): one of the two would silently
 * disappear, or an editor's page would replace the search. Refused by name.
 */
function routeCollisionProblems(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const path = routesFor('/').entry(entry.collection, entry.id);
    const [, folder, inner] = path?.split('/') ?? [];
    if (inner === entry.id && FIXED_SUBFOLDERS[entry.collection]?.includes(entry.id)) {
      problems.push(
        fileProblem(entry.file, `Die Adresse /${folder}/${inner}/ gehört schon zur Website (Seiten der Liste) — Datei umbenennen, z. B. „${inner}-1.${entry.file.extension}“`),
      );
      continue;
    }
    const segment = folder;
    if (!segment || entry.id === CONTACT_PAGE_ID || segment !== entry.id || !FIXED.has(segment)) continue;
    problems.push(
      fileProblem(
        entry.file,
        `Die Adresse /${segment}/ gehört schon zur Website (${segment === 'admin' ? 'Redaktion' : 'feste Seite oder Ordner'}) — Datei umbenennen, z. B. „${segment}-info.${entry.file.extension}“`,
      ),
    );
  }
  return problems;
}

function siteProblem(file: string, line: number, field: string, message: string): Problem {
  return { file, line, field, message, severity: 'error' };
}

/**
 * content/site.yaml: its fields, and the logo and icon it names (plain SVG drawings only). Astro's
 * configuration reads the site's address from here too, before the content layer runs.
 */
export function checkSiteFile(root: string): { site?: CheckedSite; file?: ContentFile; problems: Problem[] } {
  const path = join(root, SITE_FILE.file);
  if (listFiles(root).indexOf(SITE_FILE.file) < 0) {
    return {
      problems: [
        siteProblem(
          relative(process.cwd(), path) || path,
          1,
          '',
          `Die Datei ${SITE_FILE.file} fehlt — sie enthält Name, Ort, Adresse, Logo und Farben der Website: aus docs/neues-buendnis.md übernehmen und ausfüllen`,
        ),
      ],
    };
  }
  const file = readContentFile(path);
  const problems: Problem[] = file.readErrors.map((e) => siteProblem(file.file, e.line, '', e.message));
  if (problems.length > 0) return { file, problems };
  const checked = schemaProblems(file, SITE_FILE.schema);
  problems.push(...checked.problems);
  const config = checked.data as SiteConfig | undefined;
  const assets: Partial<Record<(typeof SITE_FILE.images)[number], SvgAsset>> = {};
  for (const field of SITE_FILE.images) {
    // The files are checked even when other fields have errors: every problem in one run.
    const name = (file.data as Record<string, unknown> | undefined)?.[field];
    if (typeof name !== 'string' || !SVG_FILE.test(name)) continue;
    const asset = readAssetFile(join(root, name));
    if (!asset) {
      problems.push(siteProblem(file.file, lineOf(file, [field]), field, `Die Datei „${name}“ gibt es nicht neben ${SITE_FILE.file} — Datei dorthin legen oder den Namen korrigieren`));
      continue;
    }
    if ('problem' in asset) {
      problems.push(siteProblem(asset.file, 1, field, asset.problem));
      continue;
    }
    const svg = checkSvg(asset.text);
    for (const problem of svg.problems) problems.push(siteProblem(asset.file, problem.line, field, problem.message));
    if (svg.size && svg.problems.length === 0) assets[field] = { svg: asset.text, ...svg.size };
  }
  if (!config || problems.length > 0 || !assets.logo || !assets.icon) return { file, problems };
  return { site: { config, logo: assets.logo, icon: assets.icon }, file, problems };
}

/** The site file's references to entries (the central contact) exist. */
function siteReferenceProblems(file: ContentFile | undefined, entries: readonly CheckedEntry[]): Problem[] {
  const data = file?.data as Record<string, unknown> | undefined;
  if (!file || !data || typeof data !== 'object') return [];
  const problems: Problem[] = [];
  for (const [field, target] of Object.entries(SITE_FILE.references)) {
    const id = data[field];
    if (typeof id !== 'string' || entries.some((e) => e.collection === target && e.id === id)) continue;
    problems.push(
      siteProblem(
        file.file,
        lineOf(file, [field]),
        field,
        `„${id}“ gibt es nicht in content/${COLLECTIONS[target].dir}/${SEPARATOR}Schreibweise prüfen (Dateiname ohne Endung) oder den Eintrag anlegen`,
      ),
    );
  }
  return problems;
}

/**
 * Whether a site path (below the base) is a page every language has: every page of the site is
 * published per language below /<lang>/ (routes.ts), except the editors' CMS; files (an image, a
 * calendar file) are not pages.
 */
function isTranslatedPage(path: string): boolean {
  return path === '' || (path.endsWith('/') && !path.startsWith('admin/'));
}

/** The languages content/site.yaml names (as written, so a mistake there does not hide every translation). */
function siteLanguages(file: ContentFile | undefined): string[] {
  const languages = (file?.data as { languages?: unknown } | undefined)?.languages;
  return Array.isArray(languages) && languages.every((code) => typeof code === 'string') ? (languages as string[]) : ['de'];
}

/** content/synonyms.<lang>.yaml: the synonym list of each other language, checked like the main one; a file for a language the site does not offer is an error. */
function languageSynonymLists(root: string, languages: readonly string[]): { lists: Record<string, Synonym[]>; problems: Problem[] } {
  const lists: Record<string, Synonym[]> = {};
  const problems: Problem[] = [];
  for (const name of listFiles(root)) {
    const lang = LANGUAGE_SYNONYMS.exec(name)?.[1];
    if (!lang) continue;
    if (!languages.slice(1).includes(lang)) {
      const file = relative(process.cwd(), join(root, name)) || name;
      problems.push(
        siteProblem(file, 1, '', `„${name}“ ist die Synonymliste der Sprache „${lang}“, die die Website nicht anbietet (content/site.yaml, „languages“: ${languages.join(', ')})${SEPARATOR}die Sprache dort ergänzen oder die Datei löschen`),
      );
      continue;
    }
    const checked = checkListFile(root, 'synonyms', name);
    problems.push(...checked.problems);
    lists[lang] = checked.data as Synonym[];
  }
  return { lists, problems };
}

/** A search sample in a language the site does not offer would test nothing. */
function searchQueryLanguageProblems(list: { data: unknown[]; file?: ContentFile }, languages: readonly string[]): Problem[] {
  const file = list.file;
  if (!file) return [];
  return (list.data as SearchQuery[]).flatMap((sample, index) =>
    sample.lang === undefined || languages.includes(sample.lang)
      ? []
      : [
          {
            file: file.file,
            line: lineOf(file, [index, 'lang']),
            field: formatPath([index, 'lang']),
            message: `Die Website bietet die Sprache „${sample.lang}“ nicht an${SEPARATOR}eine Sprache aus content/site.yaml („languages“: ${languages.join(', ')}) eintragen oder die Probe löschen`,
            severity: 'error' as const,
          },
        ],
  );
}

/** Translation files, each against its German entry (translations.ts). */
async function checkTranslations(
  files: readonly { collection: CollectionName; file: ContentFile; name: { id: string; lang: string } }[],
  entries: readonly CheckedEntry[],
  siteFile: ContentFile | undefined,
  render: RenderBody,
): Promise<{ checked: CheckedTranslation[]; problems: Problem[] }> {
  const german = new Map<string, GermanEntry>(entries.map((entry) => [germanKey(entry.collection, entry.id), entry]));
  const named = new Map<CollectionName, NamedEntry[]>();
  for (const entry of entries) named.set(entry.collection, [...(named.get(entry.collection) ?? []), { id: entry.id, ...(entryName(entry) ? { name: entryName(entry) } : {}) }]);
  const context = {
    languages: siteLanguages(siteFile),
    german,
    render,
    validate: (file: ContentFile, schema: z.ZodType) => schemaProblems(file, schema).problems,
    bodyProblems,
    placeholderProblems,
  };
  const checked: CheckedTranslation[] = [];
  const problems: Problem[] = [];
  for (const { collection, file, name } of files) {
    const result = await checkTranslation(collection, file, name, context, named.get(collection) ?? []);
    checked.push(result.translation);
    problems.push(...result.problems);
  }
  return { checked, problems };
}

/** Reads, validates and renders all content below `root` in one pass. */
export async function checkSite(contentDir: string, options: CheckOptions = {}): Promise<SiteContent> {
  // CONTENT_DIR may itself be a link (a benchmark's generated folder); nothing below it may be.
  const root = existsSync(contentDir) ? realpathSync(contentDir) : contentDir;
  const today = localDay(options.now ?? currentNow());
  const base = options.base ?? basePath();
  const render = await markdownRenderer(base);
  const problems: Problem[] = [...fileSafetyProblems(root), ...nestedFileProblems(root, Object.values(COLLECTIONS).map((spec) => spec.dir))];
  const entries: CheckedEntry[] = [];
  const translationFiles: { collection: CollectionName; file: ContentFile; name: { id: string; lang: string } }[] = [];

  for (const [collection, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const seen = new Map<string, string>();
    const dir = join(root, spec.dir);
    for (const fileName of listFiles(dir)) {
      const file = readContentFile(join(dir, fileName));
      if (!(spec.extensions as readonly string[]).includes(file.extension)) {
        problems.push(extensionProblem(file, spec.dir, spec.extensions));
        continue;
      }
      const translated = translationName(file.id);
      if (translated) {
        translationFiles.push({ collection, file, name: translated });
        continue;
      }
      if (!ID_PATTERN.test(file.id)) {
        problems.push(
          fileProblem(
            file,
            `Dateiname „${file.id}“ ist keine gültige Kennung — umbenennen: nur Kleinbuchstaben, Ziffern und Bindestriche, keine Umlaute (z. B. „netz-cafe.${file.extension}“)`,
          ),
        );
      }
      const earlier = seen.get(file.id);
      if (earlier) problems.push(fileProblem(file, `Kennung „${file.id}“ gibt es schon (${earlier}) — eine der Dateien umbenennen: jede braucht einen eigenen Namen`));
      else seen.set(file.id, file.file);
      const checked = await checkEntry(collection, file, render, today);
      problems.push(...checked.problems);
      entries.push(checked.entry);
    }
  }
  problems.push(...referenceProblems(entries), ...situationProblems(entries), ...pictogramProblems(entries), ...photoProblems(root, entries));
  problems.push(...routeCollisionProblems(entries));
  problems.push(...protectedStreetProblems(entries));

  const site = checkSiteFile(root);
  const siteReferences = siteReferenceProblems(site.file, entries);
  problems.push(...site.problems, ...siteReferences);

  const translations = await checkTranslations(translationFiles, entries, site.file, render);
  problems.push(...translations.problems);

  const synonyms = checkListFile(root, 'synonyms');
  const searchQueries = checkListFile(root, 'searchQueries');
  problems.push(...synonyms.problems, ...searchQueries.problems);
  const languages = siteLanguages(site.file);
  const languageSynonyms = languageSynonymLists(root, languages);
  problems.push(...languageSynonyms.problems, ...searchQueryLanguageProblems(searchQueries, languages));

  const targets = siteTargets(entries.map((e) => ({ collection: e.collection, id: e.id, data: e.data ?? { draft: (e.file.data as { draft?: unknown } | undefined)?.draft } })), options.publicDir ?? resolve('public'), base);
  problems.push(...linkProblems(entries, targets), ...linkProblems(translations.checked, targets), ...searchQueryTargetProblems(searchQueries, targets));
  // Checked as written (German addresses), published in the translation's language.
  for (const translation of translations.checked) {
    if (!translation.rendered) continue;
    const html = localiseLinks(translation.rendered.html, targets.base, translation.lang, isTranslatedPage);
    translation.rendered = { ...translation.rendered, html };
  }

  // One mistake the schema checks twice (say, a URL's form and its https) is one problem.
  const unique = [...new Map(problems.map((p) => [`${p.file}:${p.line}:${p.field}:${p.message}`, p])).values()];
  unique.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    ...(site.site && siteReferences.length === 0 ? { site: site.site } : {}),
    entries,
    translations: translations.checked,
    lists: { synonyms: synonyms.data as Synonym[], languageSynonyms: languageSynonyms.lists, searchQueries: searchQueries.data as SearchQuery[] },
    problems: unique,
  };
}
