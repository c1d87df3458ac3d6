import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/content/markdown.ts';

describe('withBase', () => {
  it('puts the base path before root-relative site links', () => {
    expect(withBase('/kontakt/', '/familie/')).toBe('/familie/kontakt/');
    expect(withBase('/kontakt/#anfahrt', '/familie')).toBe('/familie/kontakt/#anfahrt');
  });

  it('leaves other links, and links already below the base, alone', () => {
    expect(withBase('/kontakt/', '/')).toBe('/kontakt/');
    expect(withBase('/familie/kontakt/', '/familie/')).toBe('/familie/kontakt/');
    expect(withBase('https://www.werne.de/', '/familie/')).toBe('https://www.werne.de/');
    expect(withBase('tel:+49238971570', '/familie/')).toBe('tel:+49238971570');
    expect(withBase('#inhalt', '/familie/')).toBe('#inhalt');
    expect(withBase('//example.org/x', '/familie/')).toBe('//example.org/x');
  });
});
