// An interface text with {placeholders} that stand for links or other
// markup: split into text and placeholder parts, so a component can render
// each placeholder as an element while the sentence stays one text in i18n.
export type TextPart = { text: string } | { slot: string };

export function textParts(template: string): TextPart[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      return slot ? { slot } : { text: part };
    });
}
