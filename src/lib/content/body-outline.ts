// What a body may not do to the page around it: the page's title is its only
// first-level heading, so a "# Heading" in the body would make a second <h1>
// (screen readers announce two page titles, search engines pick the wrong one).
import { SEPARATOR } from './messages.ts';
import type { RenderedBody } from './markdown.ts';

export interface OutlineProblem {
  line: number;
  message: string;
}

/** The line of the body (in the file) that makes a first-level heading with this text. */
function headingLine(lines: readonly string[], text: string, from: number): number {
  const atx = lines.findIndex((line, i) => i >= from && /^ {0,3}#(?!#)(\s|$)/.test(line) && line.includes(text.slice(0, 20)));
  if (atx >= 0) return atx;
  const anyAtx = lines.findIndex((line, i) => i >= from && /^ {0,3}#(?!#)(\s|$)/.test(line));
  if (anyAtx >= 0) return anyAtx;
  // A setext heading: the text, then a line of "=".
  const setext = lines.findIndex((line, i) => i >= from + 1 && /^ {0,3}=+\s*$/.test(line));
  return setext >= 1 ? setext - 1 : from;
}

/** Every first-level heading of a body, with the line to change. */
export function outlineProblems(rendered: RenderedBody, markdown: string, bodyStartLine: number): OutlineProblem[] {
  const lines = markdown.split('\n');
  const problems: OutlineProblem[] = [];
  let from = 0;
  for (const heading of rendered.metadata.headings) {
    if (heading.depth !== 1) continue;
    const index = headingLine(lines, heading.text, from);
    from = index + 1;
    const setext = !/^ {0,3}#/.test(lines[index] ?? '');
    problems.push({
      line: bodyStartLine + index,
      message: `Überschrift „${heading.text}“ wäre eine zweite Hauptüberschrift neben dem Seitentitel${SEPARATOR}${
        setext ? 'die Zeile „===“ darunter durch „---“ ersetzen oder „## “ vor die Überschrift schreiben' : '„## “ statt „# “ schreiben (Zwischenüberschrift)'
      }`,
    });
  }
  return problems;
}
