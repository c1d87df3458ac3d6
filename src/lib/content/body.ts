// Keeps Markdown bodies safe. The body is checked as the browser will see it:
// the HTML the site's own Markdown renderer makes of it (markdown.ts), parsed
// as one document fragment by parse5 the way a browser parses it. Raw HTML
// pieces that only turn dangerous when joined, entities and odd spacing inside
// a tag therefore cannot slip past. Allowed: what Markdown writes, a short list
// of text-level elements, and links only to places a family can trust. The
// body is pasted into a page, so it must also stand on its own: every element
// it opens closed, no end tag for an element it did not open, no comment.
import { parseFragment, Tokenizer, type TokenHandler } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

export interface BodyProblem {
  line: number;
  message: string;
}

/** Elements an editor may write as raw HTML: text-level markup and disclosure. */
export const RAW_HTML_ELEMENTS: readonly string[] = [
  'a',
  'abbr',
  'br',
  'del',
  'details',
  'dfn',
  'ins',
  'kbd',
  'mark',
  's',
  'small',
  'sub',
  'summary',
  'sup',
  'time',
  'wbr',
];

/** Elements Markdown itself writes (CommonMark and GFM tables and strikethrough). */
const MARKDOWN_ELEMENTS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'em',
  'strong',
  'code',
  'pre',
  'blockquote',
  'hr',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([...RAW_HTML_ELEMENTS, ...MARKDOWN_ELEMENTS]);

const GLOBAL_ATTRIBUTES = new Set(['title', 'lang', 'dir']);
const ELEMENT_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  a: new Set(['href', 'hreflang']),
  details: new Set(['open']),
  time: new Set(['datetime']),
  img: new Set(['src', 'alt']),
  ol: new Set(['start']),
  // Markdown gives every heading an id for links to it.
  h1: new Set(['id']),
  h2: new Set(['id']),
  h3: new Set(['id']),
  h4: new Set(['id']),
  h5: new Set(['id']),
  h6: new Set(['id']),
};
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background']);

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const LINK_SCHEMES = new Set(['https', 'mailto', 'tel']);

/** Browsers ignore tabs, newlines and control characters inside a URL; so must the check. */
function normalise(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f]/g, '');
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Digits of a phone number as dialled from Germany: "0123 456789", "+49 123 456789" and "0049…" are one number. */
function dialled(number: string): string {
  const digits = number.replace(/\D/g, '');
  return number.trim().startsWith('+') ? digits : digits.replace(/^00/, '').replace(/^0(?=[1-9])/, '49');
}

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const LOOKS_LIKE_PHONE = /^\+?[\d\s()/.\u00a0-]+$/;
const LOOKS_LIKE_ADDRESS = /^(?:https?:\/\/)?((?:[\p{L}\d-]+\.)+\p{L}{2,})(?:[/?#]\S*)?$/u;

/** Host names that are the same site for a family: "example.org" and "www.example.org". */
function sameHost(a: string, b: string): boolean {
  const bare = (host: string) => host.toLowerCase().replace(/^www\./, '');
  return bare(a) === bare(b);
}

/**
 * A link whose text is an e-mail address, a phone number or a web address must go there:
 * "[info@example.org](mailto:someone@example.net)" or "[www.example.org](https://example.org.example.net)"
 * would send a family somewhere else than it reads.
 */
export function linkTextProblem(text: string, rawUrl: string): string | undefined {
  const shown = text.replace(/\s+/g, ' ').trim();
  const url = normalise(rawUrl);
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  const differs = `Linktext „${shown}“ und Ziel „${rawUrl}“ passen nicht zusammen: der Link führt woanders hin, als er zeigt — als Ziel genau die Adresse oder Nummer aus dem Linktext schreiben`;
  if (LOOKS_LIKE_EMAIL.test(shown)) {
    const target = scheme === 'mailto' ? decoded(url.slice(7).split('?')[0] ?? '') : '';
    return target.toLowerCase() === shown.toLowerCase() ? undefined : differs;
  }
  if (LOOKS_LIKE_PHONE.test(shown) && shown.replace(/\D/g, '').length >= 6) {
    return scheme === 'tel' && dialled(decoded(url.slice(4))) === dialled(shown) ? undefined : differs;
  }
  const host = LOOKS_LIKE_ADDRESS.exec(shown)?.[1];
  if (host !== undefined) {
    let target: string | undefined;
    try {
      target = scheme === 'https' || scheme === 'http' ? new URL(url).hostname : undefined;
    } catch {
      target = undefined;
    }
    return target !== undefined && sameHost(new URL(`https://${host}`).hostname, target) ? undefined : differs;
  }
  return undefined;
}

/** What is wrong with a link target, or undefined when it is fine. */
export function linkProblem(rawUrl: string): string | undefined {
  const url = normalise(rawUrl);
  if (url === '') return 'Link ohne Ziel — Adresse in die runden Klammern schreiben';
  if (url.startsWith('//')) return `Link „${rawUrl}“ ohne https — vollständig mit https:// schreiben`;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
  if (scheme === 'tel' && !/^\+?[\d()/.-]+$/.test(decoded(url.slice(4)))) {
    return `Telefon-Link „${rawUrl}“ ist keine Telefonnummer (Zeichen wie * oder # starten Service-Codes des Telefons) — nur Ziffern und ein „+“ am Anfang schreiben`;
  }
  if (LINK_SCHEMES.has(scheme)) return undefined;
  if (scheme === 'http') return `Link „${rawUrl}“ ist unverschlüsselt (http) — mit https:// schreiben`;
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') {
    return `Link „${rawUrl}“ würde Code ausführen und ist verboten — nur Links mit https:, mailto: oder tel: oder Pfade dieser Website (/…) verwenden`;
  }
  return `Link-Art „${scheme}:“ ist nicht erlaubt — nur https:, mailto:, tel:, Pfade dieser Website (/…) oder #Abschnitt`;
}

/** Images are shown from this site only: nothing may load from another host. */
export function imageProblem(rawUrl: string): string | undefined {
  const url = normalise(rawUrl);
  if (url === '') return 'Bild ohne Adresse — Pfad des Bildes in die runden Klammern schreiben';
  if (url.startsWith('//') || SCHEME.test(url)) {
    return `Bild „${rawUrl}“ liegt auf einem anderen Server und würde Daten der Besucher dorthin senden — Bild in public/ ablegen und mit einem Pfad wie /bilder/name.jpg einbinden`;
  }
  if (!url.startsWith('/')) {
    return `Bild „${rawUrl}“ ohne Pfad ab der Website — Bild in public/ ablegen und mit einem Pfad wie /bilder/name.jpg einbinden`;
  }
  return undefined;
}

/**
 * Finds the line of the Markdown source a problem in the rendered HTML comes
 * from: the next line, after earlier finds of the same text, that contains it.
 */
class SourceLines {
  private readonly lines: string[];
  private readonly firstLine: number;
  private readonly found = new Map<string, number>();

  constructor(markdown: string, firstLine: number) {
    this.lines = markdown.toLowerCase().split('\n');
    this.firstLine = firstLine;
  }

  /** The line of the first of the needles that occurs (case-insensitive); `fallback` when none does. */
  lineOf(needles: readonly string[], fallback = this.firstLine): number {
    for (const raw of needles) {
      const needle = raw.toLowerCase();
      if (!needle) continue;
      const after = this.found.get(needle) ?? -1;
      let index = this.lines.findIndex((line, i) => i > after && line.includes(needle));
      // A second problem on the same line as the first.
      if (index < 0 && after >= 0 && this.lines[after]?.includes(needle)) index = after;
      if (index >= 0) {
        this.found.set(needle, index);
        return this.firstLine + index;
      }
    }
    return fallback;
  }
}

type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** The text of an element as the visitor reads it. */
function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return 'childNodes' in node ? node.childNodes.map((child) => textOf(child)).join('') : '';
}

/** The src of an image Astro's image marker took over (a path relative to the file). */
function markedImageSource(element: Element): string | undefined {
  const marker = attribute(element, '__astro_image_');
  if (marker === undefined) return undefined;
  try {
    return String((JSON.parse(marker) as { src?: unknown }).src ?? '');
  } catch {
    return '';
  }
}

/** The Markdown that GFM turns into markup the site cannot show: footnotes, task lists, aligned table columns. */
function markdownFeatureProblem(element: Element, source: SourceLines): BodyProblem | 'skip' | undefined {
  if (element.tagName === 'section' && attribute(element, 'data-footnotes') !== undefined) {
    return {
      line: source.lineOf(['[^']),
      message: 'Fußnoten („[^1]“) sind auf der Website nicht möglich — den Hinweis in Klammern direkt in den Satz schreiben',
    };
  }
  if (element.tagName === 'sup' && element.childNodes.some((c) => isElement(c) && attribute(c, 'data-footnote-ref') !== undefined)) {
    return 'skip';
  }
  if (element.tagName === 'input' && attribute(element, 'type') === 'checkbox') {
    return {
      line: source.lineOf(['[ ]', '[x]']),
      message: 'Ankreuz-Listen („- [ ]“) sind auf der Website nicht möglich — eine einfache Liste mit „- “ schreiben',
    };
  }
  if ((element.tagName === 'td' || element.tagName === 'th') && /text-align/.test(attribute(element, 'style') ?? '')) {
    return {
      line: source.lineOf([':-', '-:']),
      message: 'Ausrichtung von Tabellenspalten („:--“) ist nicht möglich — die Doppelpunkte in der Trennzeile unter dem Tabellenkopf weglassen',
    };
  }
  return undefined;
}

const GFM_CLASSES = new Set(['contains-task-list', 'task-list-item']);

function attributeProblems(element: Element, allowed: boolean, source: SourceLines, tagLine: () => number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const tag = element.tagName;
  for (const attr of element.attrs) {
    const name = attr.name.toLowerCase();
    if (name === '__astro_image_') continue;
    const runsCode = /^(javascript|vbscript):/i.test(normalise(attr.value));
    // The element itself is refused already; only name what would be dangerous on top.
    if (!allowed && !name.startsWith('on') && !runsCode) continue;
    if (name === 'class' && attr.value.split(/\s+/).every((c) => GFM_CLASSES.has(c))) continue;
    if (name === 'style' && (tag === 'td' || tag === 'th')) continue; // reported as table alignment
    const line = () => source.lineOf([`${name}=`, name], tagLine());
    if (name.startsWith('on')) {
      problems.push({ line: line(), message: `Attribut „${name}“ an <${tag}> würde Code ausführen — Attribut löschen` });
    } else if (name === 'style') {
      problems.push({ line: line(), message: `Attribut „style“ an <${tag}> ist nicht erlaubt — Gestaltung macht die Website, Attribut löschen` });
    } else if (URL_ATTRIBUTES.has(name)) {
      const problem = name === 'src' && tag === 'img' ? imageProblem(attr.value) : linkProblem(attr.value);
      // A bare address GFM turned into a link ("www.…") stands in the source without its scheme.
      const bare = attr.value.replace(/^[a-z]+:(\/\/)?/i, '');
      if (problem) problems.push({ line: source.lineOf([attr.value, bare, `${name}=`], tagLine()), message: problem });
      else if (!ELEMENT_ATTRIBUTES[tag]?.has(name)) {
        problems.push({ line: line(), message: `Attribut „${name}“ an <${tag}> ist nicht erlaubt — Attribut löschen` });
      }
    } else if (!GLOBAL_ATTRIBUTES.has(name) && !ELEMENT_ATTRIBUTES[tag]?.has(name)) {
      problems.push({ line: line(), message: `Attribut „${name}“ an <${tag}> ist nicht erlaubt — Attribut löschen` });
    }
  }
  return problems;
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Start offsets of every end tag written in the HTML, as the browser's tokenizer reads them. */
function endTagsOf(html: string): { name: string; offset: number }[] {
  const found: { name: string; offset: number }[] = [];
  const ignore = (): void => {};
  const handler: TokenHandler = {
    onEndTag: (token) => found.push({ name: token.tagName, offset: token.location?.startOffset ?? -1 }),
    onStartTag: ignore,
    onComment: ignore,
    onDoctype: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
    onEof: ignore,
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(html, true);
  return found;
}

/**
 * The body is pasted into the page between the layout's own markup, and the
 * browser parses them as one: a comment left open hides the rest of the page
 * (contact, legal links), an element left open wraps it (every following link
 * going to the body's address), an end tag of the layout's elements breaks it
 * out of <main>. Parsed alone, the body looks fine in each case, so these are
 * checked here, on the positions the parser records.
 */
function markupProblems(fragment: DefaultTreeAdapterTypes.DocumentFragment, html: string, errors: readonly string[], source: SourceLines): BodyProblem[] {
  const problems: BodyProblem[] = [];
  if (errors.includes('eof-in-tag')) {
    const tag = /<([a-zA-Z][^\s/>]*)[^>]*$/.exec(html)?.[1]?.toLowerCase() ?? '';
    problems.push({
      line: source.lineOf(tag ? [`<${tag}`] : []),
      message: `${tag ? `HTML-Tag <${tag}>` : 'Ein HTML-Tag'} endet nicht (fehlendes „>“ oder Anführungszeichen) — Tag mit „>“ schließen und jedes Anführungszeichen paarweise setzen`,
    });
  }
  const closed = new Set<number>();
  const visit = (node: Node): void => {
    if (node.nodeName === '#comment') {
      problems.push({
        line: source.lineOf(['<!--', '<!', '<?']),
        message: 'HTML-Kommentar („<!-- … -->“) ist im Text nicht erlaubt: er wird mitveröffentlicht (im Quelltext lesbar) und kann den Rest der Seite verdecken — Kommentar löschen, Notizen nicht in den Text schreiben',
      });
    }
    if (isElement(node)) {
      const location = node.sourceCodeLocation;
      if (location?.endTag) closed.add(location.endTag.startOffset);
      // Elements the parser added itself (a table's <tbody>) have no start tag in the text.
      if (location?.startTag && !location.endTag && !VOID_ELEMENTS.has(node.tagName) && ALLOWED_ELEMENTS.has(node.tagName)) {
        problems.push({
          line: source.lineOf([`<${node.tagName}`]),
          message: `HTML-Element <${node.tagName}> wird nicht geschlossen — </${node.tagName}> an seinem Ende ergänzen`,
        });
      }
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(fragment);
  for (const end of endTagsOf(html)) {
    if (closed.has(end.offset)) continue;
    problems.push({
      line: source.lineOf([`</${end.name}`]),
      message: `Schließendes Tag </${end.name}> ohne passendes öffnendes Tag im Text — löschen (es würde Teile der Seite außerhalb des Textes schließen)`,
    });
  }
  return problems;
}

/**
 * All problems of a Markdown body, found in the HTML the site renders from it.
 * `markdown` is the body's source and `bodyStartLine` its first line in the
 * file, to name the line of each problem.
 */
export function checkRenderedBody(html: string, markdown: string, bodyStartLine: number): BodyProblem[] {
  if (html.trim() === '') return [];
  const source = new SourceLines(markdown, bodyStartLine);
  const problems: BodyProblem[] = [];
  const visit = (node: Node): void => {
    if (isElement(node)) {
      const feature = markdownFeatureProblem(node, source);
      if (feature === 'skip') return;
      if (feature) {
        problems.push(feature);
        if (node.tagName === 'section') return;
      } else {
        const tag = node.tagName;
        const allowed = ALLOWED_ELEMENTS.has(tag);
        let line: number | undefined;
        const tagLine = (): number => (line ??= source.lineOf([`<${tag}`]));
        if (!allowed) {
          problems.push({
            line: tagLine(),
            message: `HTML-Element <${tag}> ist im Text nicht erlaubt — Markdown verwenden oder nur diese Elemente: ${RAW_HTML_ELEMENTS.join(', ')}`,
          });
        }
        const marked = tag === 'img' ? markedImageSource(node) : undefined;
        if (marked !== undefined) {
          const problem = imageProblem(marked);
          if (problem) problems.push({ line: source.lineOf([marked], tagLine()), message: problem });
        }
        problems.push(...attributeProblems(node, allowed, source, tagLine));
        const href = tag === 'a' ? attribute(node, 'href') : undefined;
        if (href !== undefined && !linkProblem(href)) {
          const text = textOf(node);
          const problem = linkTextProblem(text, href);
          if (problem) problems.push({ line: source.lineOf([href, text.trim()], tagLine()), message: problem });
        }
      }
      // <template> keeps its children apart; they count all the same.
      if (node.tagName === 'template' && 'content' in node) visit(node.content as DefaultTreeAdapterTypes.DocumentFragment);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  const errors: string[] = [];
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true, onParseError: (error) => errors.push(error.code) });
  visit(fragment);
  problems.push(...markupProblems(fragment, html, errors, source));
  // One table with four aligned cells is one mistake.
  const unique = [...new Map(problems.map((p) => [`${p.line}\n${p.message}`, p])).values()];
  return unique.sort((a, b) => a.line - b.line);
}
