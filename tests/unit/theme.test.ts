// The site's colours: the contrast check that stops a build, and the CSS it writes.
import { describe, expect, it } from 'vitest';
import { CONTRAST_PAIRS, CSS_VARIABLES, THEME_COLOURS, contrastFailures, contrastRatio, themeCss, type Theme } from '../../src/lib/theme/palette.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const GOOD: Theme = {
  text: '#1d2125',
  muted: '#4a5259',
  background: '#fbfaf7',
  primary: '#0a6560',
  primaryDark: '#074a46',
  primarySoft: '#e3f1ef',
  accentSoft: '#fdf0e3',
  notice: '#8a3b00',
  footer: '#18302e',
  footerText: '#f3f6f5',
};

describe('contrast (WCAG 2.1, 1.4.3)', () => {
  it('computes the ratio of the WCAG formula', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('passes a palette whose every text/background pair reaches 4.5:1', () => {
    expect(contrastFailures(GOOD)).toEqual([]);
  });

  it('names the field to change, every weak pair and the direction', () => {
    const [failure, ...rest] = contrastFailures({ ...GOOD, primary: '#66b2b2' });
    expect(rest).toEqual([]);
    expect(failure?.field).toBe('primary');
    expect(failure?.pairs.map((p) => `${p.pair.text}/${p.pair.on}`)).toEqual([
      'primary/background',
      'primary/white',
      'primary/primarySoft',
      'primary/accentSoft',
      'white/primary',
    ]);
    expect(failure?.message).toMatch(/^Zu wenig Kontrast: \d,\d\d:1 zu „background“ \(#fbfaf7\) \(Links auf dem Seitenhintergrund\); .* — mindestens 4,5:1 \(WCAG AA\) nötig: einen dunkleren Farbton wählen$/);
  });

  it('asks for a lighter colour where the text is too dark for its background', () => {
    const [failure] = contrastFailures({ ...GOOD, footerText: '#5a6a68' });
    expect(failure?.field).toBe('footerText');
    expect(failure?.message).toContain('einen helleren Farbton wählen');
  });

  it('checks every colour the stylesheet puts text on or uses as text', () => {
    const used = new Set(CONTRAST_PAIRS.flatMap((p) => [p.text, p.on]));
    for (const colour of THEME_COLOURS.filter((c) => c !== 'notice')) expect(used, colour).toContain(colour);
  });
});

describe('the theme in content/site.yaml', () => {
  const theme = siteSchema.shape.theme;

  it('stops on a weak pair with the field in the path', () => {
    const result = theme.safeParse({ ...GOOD, muted: '#a0a0a0' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['muted']);
  });

  it('accepts only #rrggbb', () => {
    expect(theme.safeParse({ ...GOOD, primary: 'teal' }).success).toBe(false);
    expect(theme.safeParse({ ...GOOD, primary: '#0a6' }).success).toBe(false);
    expect(theme.safeParse(GOOD).success).toBe(true);
  });

  it('becomes one :root rule of custom properties', () => {
    const css = themeCss(GOOD);
    for (const colour of THEME_COLOURS) expect(css).toContain(`${CSS_VARIABLES[colour]}: ${GOOD[colour]};`);
    expect(css.startsWith(':root {')).toBe(true);
  });
});
