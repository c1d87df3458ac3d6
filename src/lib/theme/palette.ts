// The site's colours: which colours content/site.yaml sets, which of them the
// stylesheet puts text on, and the check that every such pair reaches the
// contrast WCAG 2.1 AA asks for normal text (1.4.3: 4.5:1). The schema runs
// the check, so a failing pair stops the build with the field's name; the
// build writes the colours as CSS custom properties (themeCss).
import { parse, wcagContrast, wcagLuminance } from 'culori';

export const THEME_COLOURS = [
  'text',
  'muted',
  'background',
  'primary',
  'primaryDark',
  'primarySoft',
  'accentSoft',
  'notice',
  'footer',
  'footerText',
] as const;
export type ThemeColour = (typeof THEME_COLOURS)[number];
export type Theme = Record<ThemeColour, string>;

/** Cards, the header, fact boxes and the text on buttons are white whatever the theme. */
export const WHITE = '#ffffff';

/** WCAG 2.1 AA for normal text (success criterion 1.4.3). */
export const MIN_CONTRAST = 4.5;

/** The CSS custom property of each theme colour (src/styles/global.css uses them). */
export const CSS_VARIABLES: Readonly<Record<ThemeColour, string>> = {
  text: '--color-text',
  muted: '--color-muted',
  background: '--color-bg',
  primary: '--color-primary',
  primaryDark: '--color-primary-dark',
  primarySoft: '--color-primary-soft',
  accentSoft: '--color-accent-soft',
  notice: '--color-notice',
  footer: '--color-footer',
  footerText: '--color-footer-text',
};

type Shade = ThemeColour | 'white';

export interface ContrastPair {
  /** Colour of the text. */
  text: Shade;
  /** Colour behind it. */
  on: Shade;
  /** The theme field a failure is reported on (the one an editor would change). */
  field: ThemeColour;
  /** Where the stylesheet uses this pair, in German for the message. */
  where: string;
}

/** Every text/background pair of the stylesheet. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { text: 'text', on: 'background', field: 'text', where: 'Text auf dem Seitenhintergrund' },
  { text: 'text', on: 'white', field: 'text', where: 'Text in weißen Kästen' },
  { text: 'text', on: 'primarySoft', field: 'primarySoft', where: 'Text in hellen Kästen (Kontakt, Themen)' },
  { text: 'text', on: 'accentSoft', field: 'accentSoft', where: 'Text in Hinweisen' },
  { text: 'muted', on: 'background', field: 'muted', where: 'Nebentext auf dem Seitenhintergrund' },
  { text: 'muted', on: 'white', field: 'muted', where: 'Nebentext in weißen Kästen' },
  { text: 'primary', on: 'background', field: 'primary', where: 'Links auf dem Seitenhintergrund' },
  { text: 'primary', on: 'white', field: 'primary', where: 'Links in weißen Kästen und im Kopf' },
  { text: 'primary', on: 'primarySoft', field: 'primary', where: 'Links in hellen Kästen' },
  { text: 'primary', on: 'accentSoft', field: 'primary', where: 'Links in Hinweisen' },
  { text: 'white', on: 'primary', field: 'primary', where: 'weiße Schrift auf Schaltflächen' },
  { text: 'white', on: 'primaryDark', field: 'primaryDark', where: 'weiße Schrift auf Schaltflächen unter dem Mauszeiger' },
  { text: 'primaryDark', on: 'white', field: 'primaryDark', where: 'Links unter dem Mauszeiger' },
  { text: 'primaryDark', on: 'primarySoft', field: 'primaryDark', where: 'aktueller Menüpunkt, Themen-Kacheln, Schlagwörter' },
  { text: 'footerText', on: 'footer', field: 'footerText', where: 'Text und Links im Fußbereich' },
];

function shade(theme: Theme, name: Shade): string {
  return name === 'white' ? WHITE : theme[name];
}

/** The contrast ratio of two CSS colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const first = parse(a);
  const second = parse(b);
  if (!first || !second) throw new Error(`contrastRatio: "${first ? b : a}" is not a colour`);
  return wcagContrast(first, second);
}

function luminance(colour: string): number {
  const parsed = parse(colour);
  if (!parsed) throw new Error(`luminance: "${colour}" is not a colour`);
  return wcagLuminance(parsed);
}

export interface ContrastFailure {
  /** The theme field to change. */
  field: ThemeColour;
  /** Every pair of this field below 4.5:1, with its ratio. */
  pairs: { pair: ContrastPair; ratio: number }[];
  /** German "what — how to fix" message naming the other colours. */
  message: string;
}

function named(theme: Theme, name: Shade): string {
  return name === 'white' ? `Weiß (${WHITE})` : `„${name}“ (${theme[name]})`;
}

function ratioText(ratio: number): string {
  return `${ratio.toFixed(2).replace('.', ',')}:1`;
}

/** Every field with a pair below 4.5:1, each once, with all its weak pairs. */
export function contrastFailures(theme: Theme): ContrastFailure[] {
  const byField = new Map<ThemeColour, { pair: ContrastPair; ratio: number }[]>();
  for (const pair of CONTRAST_PAIRS) {
    const ratio = contrastRatio(shade(theme, pair.text), shade(theme, pair.on));
    if (ratio >= MIN_CONTRAST) continue;
    byField.set(pair.field, [...(byField.get(pair.field) ?? []), { pair, ratio }]);
  }
  return [...byField].map(([field, pairs]) => {
    const other = (pair: ContrastPair) => (pair.field === pair.text ? pair.on : pair.text);
    const weak = pairs.map(({ pair, ratio }) => `${ratioText(ratio)} zu ${named(theme, other(pair))} (${pair.where})`);
    // Move the field's colour away from the colour it fails against: darker beside a lighter one, and the reverse.
    const first = pairs[0]!.pair;
    const direction = luminance(shade(theme, field)) <= luminance(shade(theme, other(first))) ? 'dunkleren' : 'helleren';
    return {
      field,
      pairs,
      message: `Zu wenig Kontrast: ${weak.join('; ')} — mindestens 4,5:1 (WCAG AA) nötig: einen ${direction} Farbton wählen`,
    };
  });
}

/** The colours as CSS custom properties on :root. */
export function themeCss(theme: Theme): string {
  const lines = THEME_COLOURS.map((name) => `  ${CSS_VARIABLES[name]}: ${theme[name]};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}
