// Translation files, checked in the one pass of check.ts. A translation sits
// beside its German entry and is named after it with the language code in
// front of the ending: content/offers/netz-cafe.en.md translates
// content/offers/netz-cafe.md. German files and addresses stay as they are;
// this is the structure Sveltia CMS calls "multiple_files" with the default
// language's code left out of its file names.
//
// A translation carries only what a family reads (fields marked `translate`
// in src/schemas/), plus `translatedFrom` (a short hash of the German text
// fields it was made from) and `reviewed` (false until a native speaker has
// checked it, then the date of that check). Everything else — times, places,
// partners, phone numbers — is taken from the German file and may not be
// repeated here, so a translation can never contradict the facts.
import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { TRANSLATION_META_FIELDS, type TranslationKind } from '../../schemas/translation.ts';
import { childrenOf, fieldTree, type FieldNode } from './fields.ts';
import { lineOf, lineOfKey, type ContentFile } from './files.ts';
import type { RenderBody, RenderedBody } from './markdown.ts';
import { SEPARATOR, type Problem } from './messages.ts';
import { missingHeadings, type PagePictogram } from '../text/pictograms.ts';
import { didYouMean, suggestId, suggestValue, type NamedEntry } from './suggest.ts';

/** "netz-cafe.en" → { id: "netz-cafe", lang: "en" }: a file name with a language code before its ending. */
const TRANSLATION_NAME = /^(.+)\.([a-z]{2,3})$/;

export function translationName(fileId: string): { id: string; lang: string } | undefined {
  const match = TRANSLATION_NAME.exec(fileId);
  return match ? { id: match[1]!, lang: match[2]! } : undefined;
}

/** The folder name of a collection is the kind of a translation ('offers', 'lebenslagen', …). */
export function translationKind(collection: CollectionName): TranslationKind {
  return COLLECTIONS[collection].dir as TranslationKind;
}

/** What the check learnt about one translation file. */
export interface CheckedTranslation {
  collection: CollectionName;
  /** Id of the German entry. */
  id: string;
  lang: string;
  file: ContentFile;
  /** The data the pages get (collection `translations`), when the file has no error. */
  data?: Record<string, unknown>;
  /** The body as rendered for the checks, links still as the German paths the editor wrote. */
  rendered?: RenderedBody;
  /** German text changed since the translation was made (or it does not say from which). */
  outdated: boolean;
  /** The hash of the current German text fields: what `translatedFrom` should say. */
  currentSource?: string;
}

/** The German entry a translation belongs to, as the check has it. */
export interface GermanEntry {
  collection: CollectionName;
  id: string;
  file: ContentFile;
  data?: Record<string, unknown>;
}

const trees = new Map<CollectionName, FieldNode>();
function treeOf(collection: CollectionName): FieldNode {
  let tree = trees.get(collection);
  if (!tree) {
    tree = fieldTree(COLLECTIONS[collection].schema);
    trees.set(collection, tree);
  }
  return tree;
}

/** True when the field or one of its sub-fields may be translated. */
function hasTranslatable(node: FieldNode): boolean {
  if (node.translatable) return true;
  if (node.fields?.some(hasTranslatable)) return true;
  if (node.variants?.some((variant) => variant.fields.some(hasTranslatable))) return true;
  return node.item ? hasTranslatable(node.item) : false;
}

/** Every translatable field name of a collection, top level, for suggestions and the editor guide. */
export function translatableFieldNames(collection: CollectionName): string[] {
  return (treeOf(collection).fields ?? []).filter(hasTranslatable).map((field) => field.name);
}

/** Dotted paths of the translatable fields ("cost.text", "links.title"), for the guide and the CMS. */
export function translatablePaths(collection: CollectionName): string[] {
  const paths: string[] = [];
  const walk = (node: FieldNode, path: string): void => {
    if (node.translatable) {
      if (!paths.includes(path)) paths.push(path);
      return;
    }
    const children = [...(node.fields ?? []), ...(node.variants ?? []).flatMap((variant) => variant.fields)];
    for (const child of children) walk(child, path ? `${path}.${child.name}` : child.name);
    if (node.item) walk(node.item, path);
  };
  walk(treeOf(collection), '');
  return paths;
}

/** The German text fields of an entry in a fixed order: what a translation translates. */
function germanTexts(node: FieldNode, value: unknown, path: string, out: [string, unknown][]): void {
  if (value === undefined) return;
  if (node.translatable) {
    out.push([path, value]);
    return;
  }
  if (node.kind === 'list' && node.item && Array.isArray(value)) {
    value.forEach((item, index) => germanTexts(node.item!, item, `${path}.${index}`, out));
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const child of childrenOf(node, value)) germanTexts(child, (value as Record<string, unknown>)[child.name], path ? `${path}.${child.name}` : child.name, out);
}

/**
 * A short fingerprint of the German text fields and body: a translation records the one it was
 * made from (`translatedFrom`); when the German text changes, so does this, and the translation
 * is reported as outdated. Facts (times, places) are not part of it: they are never translated.
 */
export function germanSource(collection: CollectionName, data: Record<string, unknown>, body = ''): string {
  const texts: [string, unknown][] = [];
  germanTexts(treeOf(collection), data, '', texts);
  const normalisedBody = body.replace(/\r\n?/g, '\n').trim();
  const hex = createHash('sha256').update(JSON.stringify({ texts, body: normalisedBody })).digest('hex');
  // Starts with a letter: YAML would read "1234567890" or "12e4567890" as a number.
  return `${'abcdef'[Number.parseInt(hex[0]!, 16) % 6]}${hex.slice(1, 10)}`;
}

export interface TranslationCheckContext {
  /** The languages of the site (content/site.yaml, `languages`); the first is the default. */
  languages: readonly string[];
  /** German entries by collection and id. */
  german: ReadonlyMap<string, GermanEntry>;
  render: RenderBody;
  /** The German check's own field validation, reused so that limits and messages are the same. */
  validate: (file: ContentFile, schema: z.ZodType) => Problem[];
  /** The German check of a rendered body (HTML allow-list, headings). */
  bodyProblems: (file: ContentFile, rendered: RenderedBody) => Problem[];
  /** Template text outside a draft. */
  placeholderProblems: (file: ContentFile) => Problem[];
}

export function germanKey(collection: CollectionName, id: string): string {
  return `${collection}/${id}`;
}

function problem(file: ContentFile, line: number, field: string, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { file: file.file, line, field, message, severity };
}

const HASH = /^[a-f][0-9a-f]{9}$/;

/** Translatable fields a translation may fill in even where the German file has none: the search words of its language. */
const OWN_WORDS: ReadonlySet<string> = new Set(['keywords']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `reviewed`: false (or left empty) until a native speaker checked the text, then the date of that check. */
function reviewedValue(value: unknown): { reviewed: boolean; reviewedOn?: string } | undefined {
  // The CMS's date field writes an unchecked translation's false as the text 'false'.
  if (value === undefined || value === null || value === false || value === '' || value === 'false') return { reviewed: false };
  if (value instanceof Date && !Number.isNaN(value.getTime())) return { reviewed: true, reviewedOn: value.toISOString().slice(0, 10) };
  if (typeof value === 'string' && DATE.test(value)) return { reviewed: true, reviewedOn: value };
  return undefined;
}

function formatField(path: readonly (string | number)[]): string {
  return path.map(String).join('.');
}

/** Fields of a translation that are not translatable text: each is named with what to do. */
function shapeProblems(file: ContentFile, node: FieldNode, value: unknown, german: unknown, path: (string | number)[], collection: CollectionName | undefined): Problem[] {
  if (node.translatable) {
    // Without a German entry (reported by name) there is nothing to compare with.
    if (!collection) return [];
    // A translation says what the German says: a text the German file lacks would be new content. Search words differ by language.
    if (german !== undefined || OWN_WORDS.has(node.name)) return [];
    return [
      problem(
        file,
        path.length === 1 ? lineOfKey(file, [], String(path[0])) : lineOf(file, path),
        formatField(path),
        `„${formatField(path)}“ steht nicht in der deutschen Datei${SEPARATOR}erst dort eintragen und dann hier übersetzen, oder hier löschen: eine Übersetzung sagt nichts, was die deutsche Seite nicht sagt`,
      ),
    ];
  }
  const problems: Problem[] = [];
  if (node.kind === 'list' && node.item && hasTranslatable(node.item)) {
    if (!Array.isArray(value)) return [problem(file, lineOf(file, path), formatField(path), `„${formatField(path)}“ ist eine Liste wie in der deutschen Datei${SEPARATOR}je Eintrag nur die übersetzten Felder angeben`)];
    const germanList = Array.isArray(german) ? german : [];
    value.forEach((item, index) => {
      if (index >= germanList.length) {
        problems.push(
          problem(
            file,
            lineOf(file, [...path, index]),
            formatField([...path, index]),
            `Die deutsche Datei hat in „${formatField(path)}“ nur ${germanList.length} Einträge${SEPARATOR}je deutschen Eintrag genau einen übersetzten, in derselben Reihenfolge; diesen löschen`,
          ),
        );
        return;
      }
      problems.push(...shapeProblems(file, node.item!, item, germanList[index], [...path, index], collection));
    });
    if (value.length < germanList.length) {
      problems.push(
        problem(
          file,
          lineOf(file, path),
          formatField(path),
          `Die deutsche Datei hat in „${formatField(path)}“ ${germanList.length} Einträge, die Übersetzung ${value.length}${SEPARATOR}jeden deutschen Eintrag übersetzen, in derselben Reihenfolge`,
        ),
      );
    }
    return problems;
  }
  if ((node.kind === 'object' || node.kind === 'variants') && hasTranslatable(node)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return [problem(file, lineOf(file, path), formatField(path), `„${formatField(path)}“ enthält in der Übersetzung nur die übersetzten Unterfelder${SEPARATOR}so schreiben wie in der deutschen Datei`)];
    }
    const children = childrenOf(node, german);
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const field = children.find((f) => f.name === key);
      const childPath = [...path, key];
      if (!field) {
        const inVariant = node.kind === 'variants' && node.variants?.some((variant) => variant.fields.some((f) => f.name === key && hasTranslatable(f)));
        problems.push(
          problem(
            file,
            lineOfKey(file, path, key),
            formatField(childPath),
            inVariant
              ? `„${formatField(childPath)}“ gibt es in der deutschen Datei nicht${SEPARATOR}erst dort eintragen (dann hier übersetzen) oder hier löschen`
              : unknownMessage(formatField(childPath), key, children),
          ),
        );
        continue;
      }
      problems.push(...shapeProblems(file, field, child, (german as Record<string, unknown> | undefined)?.[key], childPath, collection));
    }
    return problems;
  }
  return [problem(file, path.length === 1 ? lineOfKey(file, [], String(path[0])) : lineOf(file, path), formatField(path), germanOnlyMessage(formatField(path), node))];
}

function germanOnlyMessage(field: string, node: FieldNode): string {
  const what = node.title ? ` (${node.title})` : '';
  return `„${field}“${what} wird nicht übersetzt${SEPARATOR}nur in der deutschen Datei angeben und hier löschen: Zeiten, Orte, Partner, Kontaktdaten und Einstellungen gelten für alle Sprachen`;
}

function unknownMessage(field: string, key: string, siblings: readonly FieldNode[]): string {
  const translatable = siblings.filter(hasTranslatable).map((f) => f.name);
  const suggestion = suggestValue(key, translatable);
  const known = siblings.find((f) => f.name.toLowerCase() === key.toLowerCase());
  if (known && !hasTranslatable(known)) return germanOnlyMessage(field, known);
  if (suggestion) return `Unbekanntes Feld „${field}“${SEPARATOR}${didYouMean(suggestion)}Sonst das Feld löschen`;
  return `Unbekanntes Feld „${field}“${SEPARATOR}löschen oder Namen korrigieren; übersetzt werden: ${translatable.join(', ')}`;
}

/** The German data with the translated fields laid over it: checked with the German schema, so limits and forms are the same. */
function overlay(german: unknown, translated: unknown, node: FieldNode): unknown {
  if (translated === undefined) return german;
  if (node.translatable) return translated;
  if (node.kind === 'list' && node.item && Array.isArray(german) && Array.isArray(translated)) {
    return german.map((item, index) => overlay(item, translated[index], node.item!));
  }
  if (german && typeof german === 'object' && translated && typeof translated === 'object' && !Array.isArray(translated)) {
    const result: Record<string, unknown> = { ...(german as Record<string, unknown>) };
    for (const child of childrenOf(node, german)) {
      const value = (translated as Record<string, unknown>)[child.name];
      if (value !== undefined) result[child.name] = overlay(result[child.name], value, child);
    }
    return result;
  }
  return german;
}

/** What the pages get: the translated fields; lists of objects (links, pictograms) complete, with the German facts of each item. */
function pageFields(collection: CollectionName, translated: Record<string, unknown>, german: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of treeOf(collection).fields ?? []) {
    const value = translated[field.name];
    if (value === undefined) continue;
    out[field.name] = field.kind === 'list' && !field.translatable ? overlay(german[field.name], value, field) : value;
  }
  return out;
}

function missingEntryMessage(id: string, collection: CollectionName, named: readonly NamedEntry[], fileName: string): string {
  const suggestion = suggestId(id, named);
  const fix = suggestion ? `${didYouMean(suggestion)}Die Datei so umbenennen` : 'die Datei wie die deutsche Datei benennen (ihr Name vor dem Sprachkürzel) oder löschen';
  return `Zu „${fileName}“ gibt es keine deutsche Datei „${id}“ in content/${COLLECTIONS[collection].dir}/${SEPARATOR}${fix}`;
}

/** Checks one translation file against its German entry and the site's languages. */
export async function checkTranslation(
  collection: CollectionName,
  file: ContentFile,
  name: { id: string; lang: string },
  context: TranslationCheckContext,
  named: readonly NamedEntry[],
): Promise<{ translation: CheckedTranslation; problems: Problem[] }> {
  const translation: CheckedTranslation = { collection, id: name.id, lang: name.lang, file, outdated: false };
  const problems: Problem[] = file.readErrors.map((error) => problem(file, error.line, '', error.message));
  const fileName = file.file.split('/').pop() ?? file.file;
  const [defaultLanguage, ...others] = context.languages;
  if (name.lang === defaultLanguage) {
    problems.push(
      problem(file, 1, '', `„${fileName}“ trägt das Kürzel der Hauptsprache „${name.lang}“${SEPARATOR}der Text in der Hauptsprache steht in „${name.id}.${file.extension}“ ohne Kürzel; diese Datei dorthin übernehmen oder löschen`),
    );
  } else if (!others.includes(name.lang)) {
    const suggestion = suggestValue(name.lang, others);
    const offered = others.length ? `Die Website bietet an: ${others.join(', ')}` : 'Die Website bietet keine weitere Sprache an';
    problems.push(
      problem(
        file,
        1,
        '',
        `„${fileName}“ ist eine Übersetzung in die Sprache „${name.lang}“, die die Website nicht anbietet (content/site.yaml, „languages“)${SEPARATOR}${suggestion ? `${didYouMean(suggestion)}Dann die Datei umbenennen. ` : ''}${offered}; die Sprache dort ergänzen oder die Datei löschen`,
      ),
    );
  }
  const german = context.german.get(germanKey(collection, name.id));
  if (!german) problems.push(problem(file, 1, '', missingEntryMessage(name.id, collection, named, fileName)));
  // A file of no offered language (or of no entry) is named once; its fields matter only once it has a place.
  if (file.readErrors.length > 0 || problems.length > 0) return { translation, problems };
  const data = file.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push(problem(file, file.yamlStartLine, '', `Die Übersetzung braucht Felder wie in der deutschen Datei („title: …“)${SEPARATOR}Vorlage mit „npm run new“ anlegen`));
    return { translation, problems };
  }
  const record = data as Record<string, unknown>;
  const tree = treeOf(collection);
  const germanData = (german?.file.data ?? {}) as Record<string, unknown>;
  const translated: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if ((TRANSLATION_META_FIELDS as readonly string[]).includes(key)) continue;
    const field = tree.fields?.find((f) => f.name === key);
    if (!field) {
      problems.push(problem(file, lineOfKey(file, [], key), key, unknownMessage(key, key, tree.fields ?? [])));
      continue;
    }
    const shape = shapeProblems(file, field, value, germanData[key], [key], german ? collection : undefined);
    problems.push(...shape);
    if (shape.length === 0) translated[key] = value;
  }

  // A translation translates at least what the German entry cannot do without (title, summary, name, …).
  if (german) {
    for (const field of tree.fields ?? []) {
      if (!field.translatable || !field.required || OWN_WORDS.has(field.name) || germanData[field.name] === undefined || field.name in record) continue;
      problems.push(
        problem(
          file,
          file.yamlStartLine,
          field.name,
          `„${field.name}“ (${field.title}) fehlt in der Übersetzung${SEPARATOR}den deutschen Text aus „${name.id}.${german.file.extension}“ übersetzen und hier eintragen`,
        ),
      );
    }
  }

  const reviewed = reviewedValue(record['reviewed']);
  if (!reviewed) {
    problems.push(
      problem(
        file,
        lineOf(file, ['reviewed']),
        'reviewed',
        `„reviewed“ ist ${JSON.stringify(record['reviewed'])}${SEPARATOR}„false“, solange keine Muttersprachlerin und kein Muttersprachler den Text geprüft hat, danach das Datum der Prüfung (JJJJ-MM-TT)`,
      ),
    );
  }
  const writtenSource = record['translatedFrom'];
  if (writtenSource !== undefined && (typeof writtenSource !== 'string' || !HASH.test(writtenSource))) {
    problems.push(
      problem(file, lineOf(file, ['translatedFrom']), 'translatedFrom', `„translatedFrom“ ist kein Kennzeichen der deutschen Fassung${SEPARATOR}den Wert eintragen, den „npm run check“ für diese Datei nennt (zehn Zeichen 0–9 und a–f, das erste ein Buchstabe)`),
    );
  }

  if (german?.data) {
    // The translated fields must hold in the German schema too: lengths, one line, forms.
    const merged = overlay(germanData, translated, tree);
    const overlaid = context.validate({ ...file, data: merged }, COLLECTIONS[collection].schema);
    const translatedPaths = Object.keys(translated);
    problems.push(...overlaid.filter((p) => translatedPaths.some((key) => p.field === key || p.field.startsWith(`${key}.`))));
  }
  problems.push(...context.placeholderProblems(file));

  if (file.extension === 'md') {
    if (file.body.trim() === '') {
      problems.push(problem(file, file.bodyStartLine, 'Text', `Der Text fehlt${SEPARATOR}die Seite zeigt dann den deutschen Text; den Text unter dem zweiten „---“ übersetzen`, 'warning'));
    } else {
      translation.rendered = headingIdsForHtml(await context.render(file.body));
      problems.push(...context.bodyProblems(file, translation.rendered));
      const pictograms = translated['pictograms'] ? (overlay(germanData['pictograms'], translated['pictograms'], tree.fields!.find((f) => f.name === 'pictograms')!) as PagePictogram[]) : [];
      for (const index of missingHeadings(translation.rendered.metadata.headings ?? [], pictograms)) {
        problems.push(
          problem(
            file,
            lineOf(file, ['pictograms', index, 'heading']),
            formatField(['pictograms', index, 'heading']),
            `Die Überschrift „${pictograms[index]?.heading ?? ''}“ steht nicht im Text${SEPARATOR}genau so schreiben wie die übersetzte Überschrift im Text (ohne „##“)`,
          ),
        );
      }
    }
  }

  if (german?.data) {
    const current = germanSource(collection, german.data, german.file.body);
    translation.currentSource = current;
    const germanName = `${name.id}.${german.file.extension}`;
    if (typeof writtenSource !== 'string') {
      translation.outdated = true;
      problems.push(
        problem(
          file,
          file.yamlStartLine,
          'translatedFrom',
          `Die Übersetzung sagt nicht, aus welcher deutschen Fassung sie stammt${SEPARATOR}mit „${germanName}“ vergleichen; wenn sie ihr entspricht, „translatedFrom: ${current}“ eintragen`,
          'warning',
        ),
      );
    } else if (HASH.test(writtenSource) && writtenSource !== current) {
      translation.outdated = true;
      problems.push(
        problem(
          file,
          lineOf(file, ['translatedFrom']),
          'translatedFrom',
          `Der deutsche Text in „${germanName}“ hat sich geändert, seit diese Übersetzung gemacht wurde${SEPARATOR}die Änderung übersetzen (zeigt „git log -p ${german.file.file}“), dann „translatedFrom: ${current}“ eintragen`,
          'warning',
        ),
      );
    }
  }

  if (!problems.some((p) => p.severity === 'error') && german?.data && reviewed) {
    translation.data = {
      kind: translationKind(collection),
      entry: name.id,
      lang: name.lang,
      reviewed: reviewed.reviewed,
      ...(reviewed.reviewedOn ? { reviewedOn: reviewed.reviewedOn } : {}),
      outdated: translation.outdated,
      ...pageFields(collection, translated, german.data),
    };
  }
  return { translation, problems };
}

/**
 * Heading ids as HTML wants them (a letter first, then letters, digits, "-" and "_"): the
 * renderer lower-cases "İlk yıllar" to "i̇lk-yıllar" (i and a combining dot) and keeps a heading
 * that starts with a number ("13. aile şenliği") as "13-aile-şenliği". German headings never
 * needed this; translated ones do. Links to the heading in the same text follow.
 */
export function headingIdsForHtml(rendered: RenderedBody): RenderedBody {
  let html = rendered.html;
  const headings = rendered.metadata.headings.map((heading) => {
    let slug = heading.slug.normalize('NFC').replace(/\p{M}/gu, '');
    if (!/^\p{L}/u.test(slug)) slug = `h-${slug}`;
    if (slug !== heading.slug) {
      html = html.split(`id="${heading.slug}"`).join(`id="${slug}"`);
      for (const written of new Set([heading.slug, encodeURI(heading.slug)])) html = html.split(`href="#${written}"`).join(`href="#${encodeURI(slug)}"`);
    }
    return { ...heading, slug };
  });
  return { ...rendered, html, metadata: { ...rendered.metadata, headings } };
}

/**
 * Links in a translated body are written as the German addresses ("/angebote/babykorb/") and
 * checked as such; on the page they lead to the same language: "/en/angebote/babykorb/".
 * Only pages are rewritten (addresses ending in "/"); files such as images stay as they are.
 */
export function localiseLinks(html: string, base: string, lang: string, isPage: (path: string) => boolean): string {
  return html.replace(/\bhref="([^"]*)"/g, (whole, href: string) => {
    if (!href.startsWith(base)) return whole;
    const rest = href.slice(base.length);
    const [path = '', fragment] = rest.split('#', 2);
    if (!isPage(path)) return whole;
    return `href="${base}${lang}/${path}${fragment !== undefined ? `#${fragment}` : ''}"`;
  });
}
