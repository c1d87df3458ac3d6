import { describe, expect, it } from 'vitest';
import { ageText, costText, freshness, registrationText, telHref } from '../../src/lib/text/facts.ts';
import { translator } from '../../src/i18n/index.ts';

const t = translator('de');

describe('offer texts', () => {
  it('says what an offer costs in plain German', () => {
    expect(costText({ type: 'kostenlos' }, 'de')).toBe('kostenlos');
    expect(costText({ type: 'spende', text: 'Kaffee und Waffeln' }, 'de')).toBe('gegen eine freiwillige Spende: Kaffee und Waffeln');
    expect(costText({ type: 'gebühr', text: '5 € pro Treffen' }, 'de')).toBe('5 € pro Treffen');
    expect(costText({ type: 'unbekannt' }, 'de')).toBe('unbekannt – bitte nachfragen');
  });

  it('describes age ranges', () => {
    expect(ageText({ from: 0, to: 3 }, 'de')).toBe('0 bis 3 Jahre');
    expect(ageText({ from: 6 }, 'de')).toBe('ab 6 Jahren');
    expect(ageText(undefined, 'de')).toBeUndefined();
  });

  it('adds how to register, and says unknown when it is unknown', () => {
    expect(registrationText({ required: 'ja', how: 'telefonisch.' }, true, 'de')).toBe('Bitte melden Sie sich vorher an. telefonisch.');
    expect(registrationText({ required: 'unbekannt' }, true, 'de')).toBe('unbekannt – bitte nachfragen');
  });

  it('says "just come by" only where time and place are known', () => {
    expect(registrationText({ required: 'nein' }, true, 'de')).toBe('Keine Anmeldung nötig – kommen Sie einfach vorbei.');
    expect(registrationText({ required: 'nein' }, false, 'de')).toBe('Keine Anmeldung nötig.');
  });

  it('shows the month of the last review, and asks to check first once it is over a year old', () => {
    expect(freshness('2025-12-01', '2026-11-29', 'de')).toEqual({ datetime: '2025-12', month: 'Dezember 2025', hint: undefined, text: 'Dezember 2025' });
    const old = freshness('2023-12-01', '2026-11-29', 'de');
    expect(old.hint).toBe('bitte vor dem Besuch nachfragen');
    expect(old.text).toBe('Dezember 2023 – bitte vor dem Besuch nachfragen');
    // Twelve months to the day is not yet stale; one day more is.
    expect(freshness('2025-11-29', '2026-11-29', 'de').hint).toBeUndefined();
    expect(freshness('2025-11-28', '2026-11-29', 'de').hint).toBeDefined();
  });

  it('makes dialable tel: links', () => {
    expect(telHref('02389 71570')).toBe('tel:0238971570');
    expect(telHref('+49 (2389) 71-570')).toBe('tel:+49238971570');
  });

  it('fills placeholders in interface texts', () => {
    expect(t('ages.range', { from: 1, to: 2 })).toBe('1 bis 2 Jahre');
  });
});
