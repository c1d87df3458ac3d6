import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, documentTitle } from '../../src/lib/seo/page-meta.ts';

describe('documentTitle', () => {
  it('adds the site name to a short title', () => {
    expect(documentTitle('Impressum', 'Familiennetz Werne')).toBe('Impressum – Familiennetz Werne');
  });
  it('keeps the home title as it is', () => {
    expect(documentTitle('Familiennetz Werne – Hilfe', 'Familiennetz Werne', true)).toBe('Familiennetz Werne – Hilfe');
  });
  it('leaves a long title alone rather than letting search results cut it', () => {
    const long = 'Partner: Ehe-, Familien- und Lebensberatung (EFL) des Bistums Münster';
    expect(documentTitle(long, 'Familiennetz Werne')).toBe(long);
    expect(`${long} – Familiennetz Werne`.length).toBeGreaterThan(MAX_TITLE_LENGTH);
  });
  it('counts the title as the HTML writes it: an apostrophe takes five characters there', () => {
    const title = "Notice: Babykorb: second-hand children's clothes";
    expect(`${title} – Familiennetz Werne`.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(documentTitle(title, 'Familiennetz Werne')).toBe(title);
  });
});
