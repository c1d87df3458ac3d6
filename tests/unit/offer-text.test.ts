import { describe, expect, it } from 'vitest';
import { ageText, costText, registrationText, telHref } from '../../src/lib/text/facts.ts';
import { t } from '../../src/i18n/de.ts';

describe('offer texts', () => {
  it('says what an offer costs in plain German', () => {
    expect(costText({ type: 'kostenlos' })).toBe('kostenlos');
    expect(costText({ type: 'spende', text: 'Kaffee und Waffeln' })).toBe('gegen eine freiwillige Spende: Kaffee und Waffeln');
    expect(costText({ type: 'gebühr', text: '5 € pro Treffen' })).toBe('5 € pro Treffen');
    expect(costText({ type: 'unbekannt' })).toMatch(/nachfragen/);
  });

  it('describes age ranges', () => {
    expect(ageText({ from: 0, to: 3 })).toBe('0 bis 3 Jahre');
    expect(ageText({ from: 6 })).toBe('ab 6 Jahren');
    expect(ageText(undefined)).toBeUndefined();
  });

  it('adds how to register', () => {
    expect(registrationText({ required: 'ja', how: 'telefonisch.' })).toBe('Bitte melden Sie sich vorher an. telefonisch.');
    expect(registrationText({ required: 'nein' })).toMatch(/einfach vorbei/);
  });

  it('makes dialable tel: links', () => {
    expect(telHref('02389 71570')).toBe('tel:0238971570');
    expect(telHref('+49 (2389) 71-570')).toBe('tel:+49238971570');
  });

  it('fills placeholders in interface texts', () => {
    expect(t('ages.range', { from: 1, to: 2 })).toBe('1 bis 2 Jahre');
  });
});
