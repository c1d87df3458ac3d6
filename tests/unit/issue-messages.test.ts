import { describe, expect, it } from 'vitest';
import { suggestField } from '../../src/lib/content/check.ts';
import { withFix } from '../../src/lib/content/messages.ts';
import { suggestId, suggestValue } from '../../src/lib/content/suggest.ts';

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

describe('suggestValue: "Meinten Sie …?" for values from a closed list', () => {
  const weekdays = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
  it.each([
    ['Do', 'Donnerstag'],
    ['Mi.', 'Mittwoch'],
    ['donnerstag', 'Donnerstag'],
    ['Donerstag', 'Donnerstag'],
    ['Sonnabend', undefined],
  ])('weekday %s → %s', (written, expected) => expect(suggestValue(written, weekdays)?.value).toBe(expected));

  it('names the dash the list uses when a hyphen was typed', () => {
    const suggestion = suggestValue('Familien mit Kindern 0-3', ['Eltern', 'Familien mit Kindern 0–3']);
    expect(suggestion?.value).toBe('Familien mit Kindern 0–3');
    expect(suggestion?.note).toContain('Halbgeviertstrich „–“');
    expect(suggestion?.note).toContain('kein Bindestrich „-“');
  });

  it('reads "oe" as "ö" and says when only the case differs', () => {
    expect(suggestValue('woechentlich', ['wöchentlich', 'monatlich', 'einmalig'])?.value).toBe('wöchentlich');
    expect(suggestValue('Kostenlos', ['kostenlos', 'spende'])?.note).toContain('Groß- und Kleinschreibung');
  });

  it('suggests nothing for an unrelated word', () => expect(suggestValue('Sport', ['Beratung', 'Treffpunkt', 'Gesundheit'])).toBeUndefined());
});

describe('suggestId: "Meinten Sie …?" for references', () => {
  const partners = [
    { id: 'ksd', name: 'Katholischer Sozialdienst e. V. (KSD)' },
    { id: 'fbs-werne', name: 'Familienbildungsstätte Werne' },
  ];
  it('finds the id from a typo, a name and a spelling with capitals and spaces', () => {
    expect(suggestId('ksdd', partners)?.value).toBe('ksd');
    expect(suggestId('Familienbildungsstätte Werne', partners)).toMatchObject({ value: 'fbs-werne', note: expect.stringContaining('Dateiname') });
    expect(suggestId('FBS Werne', partners)?.value).toBe('fbs-werne');
  });
  it('suggests nothing for an unknown partner', () => expect(suggestId('jugendamt', partners)).toBeUndefined());
});
