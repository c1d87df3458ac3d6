// The logo and the icon are SVG files from content/: the site serves them from
// its own address, so they must not be able to run code there or load
// anything from another host. This check accepts plain drawings only, says
// what is wrong with file and line otherwise, and reads the size from the
// viewBox so pages can reserve the logo's place before it loads.
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface SvgProblem {
  line: number;
  message: string;
}

export interface SvgCheck {
  problems: SvgProblem[];
  /** Width and height of the viewBox, when there is a valid one. */
  size?: { width: number; height: number };
}

/** Larger than this is not a logo but a picture: it would slow every page. */
export const MAX_SVG_BYTES = 100_000;

// Elements that run code, embed other documents or change attributes over time.
const FORBIDDEN = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'audio',
  'video',
  'canvas',
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'handler',
  'listener',
]);

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const EMBEDDED_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i;
const EXTERNAL_CSS = /@import|url\(\s*['"]?(?!#)/i;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function lineOf(node: Node): number {
  return node.sourceCodeLocation?.startLine ?? 1;
}

function textOf(node: Element): string {
  return node.childNodes.map((child) => ('value' in child && typeof child.value === 'string' ? child.value : '')).join('');
}

function checkElement(element: Element, problems: SvgProblem[]): void {
  const tag = element.tagName.toLowerCase();
  const line = lineOf(element);
  if (FORBIDDEN.has(tag)) {
    problems.push({ line, message: `Element <${element.tagName}> ist im Logo nicht erlaubt — es kann Code ausführen oder Fremdes einbetten: Element löschen oder die Datei als einfache Zeichnung neu speichern` });
    return;
  }
  for (const attr of element.attrs) {
    const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
    if (/^on/i.test(attr.name)) {
      problems.push({ line, message: `Attribut „${name}“ an <${element.tagName}> würde Code ausführen — Attribut löschen` });
    } else if (attr.name === 'href' && !attr.value.startsWith('#') && !EMBEDDED_IMAGE.test(attr.value)) {
      problems.push({ line, message: `Verweis „${attr.value.slice(0, 60)}“ an <${element.tagName}> lädt eine andere Datei — nur Verweise innerhalb der Datei (#…) oder eingebettete Bilder (data:image/…) verwenden` });
    } else if (attr.name === 'style' && EXTERNAL_CSS.test(attr.value)) {
      problems.push({ line, message: `Stil an <${element.tagName}> lädt eine andere Datei (url() oder @import) — nur Farben und Formen angeben` });
    }
  }
  if (tag === 'style' && EXTERNAL_CSS.test(textOf(element))) {
    problems.push({ line, message: 'Stilangaben laden eine andere Datei (url() oder @import) — nur Farben und Formen angeben' });
  }
  for (const child of element.childNodes) if (isElement(child)) checkElement(child, problems);
}

function viewBoxSize(root: Element): { width: number; height: number } | undefined {
  const value = root.attrs.find((attr) => attr.name === 'viewBox')?.value ?? '';
  const numbers = value.trim().split(/[\s,]+/).map(Number);
  if (numbers.length !== 4 || numbers.some((n) => !Number.isFinite(n))) return undefined;
  const [, , width = 0, height = 0] = numbers;
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** Checks an SVG file's text; the problems say what to change. */
export function checkSvg(text: string): SvgCheck {
  const problems: SvgProblem[] = [];
  if (Buffer.byteLength(text, 'utf8') > MAX_SVG_BYTES) {
    problems.push({ line: 1, message: `Die Datei ist größer als ${MAX_SVG_BYTES / 1000} KB — das Logo mit einem Vektorprogramm vereinfachen oder als „optimiertes SVG“ speichern` });
  }
  const fragment = parseFragment(text, { sourceCodeLocationInfo: true });
  const roots = fragment.childNodes.filter(isElement);
  const root = roots[0];
  if (roots.length !== 1 || !root || root.tagName !== 'svg') {
    problems.push({ line: root ? lineOf(root) : 1, message: 'Keine SVG-Datei: sie muss aus genau einem <svg>-Element bestehen — die Datei als SVG speichern' });
    return { problems };
  }
  if (root.attrs.find((attr) => attr.name === 'xmlns')?.value !== SVG_NAMESPACE) {
    problems.push({ line: lineOf(root), message: `Am <svg>-Element fehlt xmlns="${SVG_NAMESPACE}" — ohne kann der Browser die Datei nicht als Bild zeigen: das Attribut ergänzen` });
  }
  const size = viewBoxSize(root);
  if (!size) {
    problems.push({ line: lineOf(root), message: 'Am <svg>-Element fehlt ein gültiges viewBox="0 0 Breite Höhe" — ohne lässt sich das Bild nicht skalieren: viewBox ergänzen' });
  }
  checkElement(root, problems);
  return size ? { problems, size } : { problems };
}
