import { describe, expect, it } from 'vitest';
import { suggestField } from '../../src/lib/content/check.ts';
import { withFix } from '../../src/lib/content/messages.ts';

describe('withFix', () => {
  it('splits "what. how" at the sentence end, not at "z. B."', () => {
    expect(withFix('„x“ ist kein Datum. Schreiben Sie JJJJ-MM-TT, z. B. 2026-12-24', 'F')).toBe('„x“ ist kein Datum — Schreiben Sie JJJJ-MM-TT, z. B. 2026-12-24');
    expect(withFix('Ort, z. B. Werne. Bitte prüfen', 'F')).toBe('Ort, z. B. Werne — Bitte prüfen');
  });
  it('splits "what: how" at the colon', () => {
    expect(withFix('Zusammenfassung zu kurz: ein bis zwei ganze Sätze', 'F')).toBe('Zusammenfassung zu kurz — ein bis zwei ganze Sätze');
  });
  it('adds the fallback when the message names no fix, and keeps a message that has one', () => {
    expect(withFix('Ende liegt nicht nach dem Beginn', 'Ende später setzen')).toBe('Ende liegt nicht nach dem Beginn — Ende später setzen');
    expect(withFix('A — B', 'F')).toBe('A — B');
  });
});

describe('suggestField', () => {
  const allowed = ['title', 'summary', 'topics', 'audiences', 'openQuestions'];
  it.each([
    ['topcs', 'topics'],
    ['Title', 'title'],
    ['audience', 'audiences'],
    ['openquestion', 'openQuestions'],
    ['sumary', 'summary'],
  ])('%s → %s', (typo, expected) => expect(suggestField(typo, allowed)).toBe(expected));
  it('suggests nothing for an unrelated name', () => expect(suggestField('oeffnungszeiten', allowed)).toBeUndefined());
});
