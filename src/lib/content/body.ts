// Keeps Markdown bodies safe: raw HTML only from a short allow-list, no
// scripts, frames, styles or event handlers, and links only to places a family
// can trust. The Markdown is parsed by micromark (through mdast) and each raw
// HTML piece by parse5, the same way a browser reads it, so that tricks like
// entities or odd spacing inside a tag do not slip past.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';

export interface BodyProblem {
  line: number;
  message: string;
}

/** Elements an editor may write as raw HTML: text-level markup and disclosure. */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
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
]);

const GLOBAL_ATTRIBUTES = new Set(['title', 'lang', 'dir']);
const ELEMENT_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  a: new Set(['href', 'hreflang']),
  details: new Set(['open']),
  time: new Set(['datetime']),
};

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const LINK_SCHEMES = new Set(['https', 'mailto', 'tel']);

/** Browsers ignore tabs, newlines and control characters inside a URL; so must the check. */
function normalise(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f]/g, '');
}

/** What is wrong with a link target, or undefined when it is fine. */
export function linkProblem(rawUrl: string): string | undefined {
  const url = normalise(rawUrl);
  if (url === '') return 'Link ohne Ziel — Adresse in die runden Klammern schreiben';
  if (url.startsWith('//')) return `Link „${rawUrl}“ ohne https — vollständig mit https:// schreiben`;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined;
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
  return undefined;
}

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;

function htmlProblems(html: string, firstLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const fragment = parseFragment(html, { sourceCodeLocationInfo: true });
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      const line = firstLine + (node.sourceCodeLocation?.startLine ?? 1) - 1;
      const tag = node.tagName;
      const allowed = ALLOWED_ELEMENTS.has(tag);
      if (!allowed) {
        problems.push({
          line,
          message: `HTML-Element <${tag}> ist im Text nicht erlaubt — Markdown verwenden oder nur diese Elemente: ${[...ALLOWED_ELEMENTS].join(', ')}`,
        });
      }
      for (const attr of node.attrs) {
        const name = attr.name.toLowerCase();
        const runsCode = /^\s*(javascript|vbscript):/i.test(attr.value.replace(/[\u0000-\u0020\u007f]/g, ''));
        // The element itself is refused already; only name what would be dangerous on top.
        if (!allowed && !name.startsWith('on') && !runsCode) continue;
        if (name.startsWith('on')) {
          problems.push({ line, message: `Attribut „${name}“ an <${tag}> würde Code ausführen — Attribut löschen` });
        } else if (name === 'style') {
          problems.push({ line, message: `Attribut „style“ an <${tag}> ist nicht erlaubt — Gestaltung macht die Website, Attribut löschen` });
        } else if (name === 'href' || name === 'src' || name === 'action' || name === 'formaction' || name === 'xlink:href') {
          const problem = name === 'src' ? imageProblem(attr.value) : linkProblem(attr.value);
          if (problem) problems.push({ line, message: problem });
          else if (!ELEMENT_ATTRIBUTES[tag]?.has(name)) {
            problems.push({ line, message: `Attribut „${name}“ an <${tag}> ist nicht erlaubt — Attribut löschen` });
          }
        } else if (!GLOBAL_ATTRIBUTES.has(name) && !ELEMENT_ATTRIBUTES[tag]?.has(name)) {
          problems.push({ line, message: `Attribut „${name}“ an <${tag}> ist nicht erlaubt — Attribut löschen` });
        }
      }
      // <template> keeps its children apart; they count all the same.
      if (tag === 'template' && 'content' in node) visit(node.content as DefaultTreeAdapterTypes.DocumentFragment);
    }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(fragment);
  return problems;
}

interface MdNode {
  type: string;
  url?: string;
  identifier?: string;
  value?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

/** All problems of a Markdown body; `bodyStartLine` is the body's first line in the file. */
export function checkBody(markdown: string, bodyStartLine: number): BodyProblem[] {
  if (markdown.trim() === '') return [];
  const problems: BodyProblem[] = [];
  const tree = fromMarkdown(markdown) as MdNode;
  // A definition used by ![alt][name] is an image source, not a link.
  const imageIds = new Set<string>();
  const collect = (node: MdNode): void => {
    if (node.type === 'imageReference' && node.identifier) imageIds.add(node.identifier);
    node.children?.forEach(collect);
  };
  collect(tree);
  const walk = (node: MdNode): void => {
    const line = bodyStartLine + (node.position?.start.line ?? 1) - 1;
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) {
      const asImage = node.type === 'definition' && node.identifier !== undefined && imageIds.has(node.identifier);
      const problem = asImage ? imageProblem(node.url) : linkProblem(node.url);
      if (problem) problems.push({ line, message: problem });
    } else if (node.type === 'image' && node.url !== undefined) {
      const problem = imageProblem(node.url);
      if (problem) problems.push({ line, message: problem });
    } else if (node.type === 'html' && node.value !== undefined) {
      problems.push(...htmlProblems(node.value, line));
    }
    node.children?.forEach(walk);
  };
  walk(tree);
  return problems;
}
