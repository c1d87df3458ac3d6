import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { tr } from '../../src/i18n/tr.ts';
import { uk } from '../../src/i18n/uk.ts';

// The type (satisfies Record<MessageKey, string>) makes a missing or extra key a type error;
// this checks what the type cannot: the placeholders and the writing of each language.
const DICTIONARIES: Record<string, Record<string, string>> = { en, tr, ar, uk };
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe.each(Object.entries(DICTIONARIES))('interface texts in %s', (lang, dictionary) => {
  it('has every German key, each with the same placeholders and some text', () => {
    for (const [key, german] of Object.entries(de)) {
      const text = dictionary[key];
      expect(text, key).toBeTypeOf('string');
      expect(text?.trim(), key).not.toBe('');
      expect(placeholders(text ?? ''), `${lang} ${key}: ${text}`).toEqual(placeholders(german));
    }
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(de).sort());
  });

  it('is written in its own language, not left in German', () => {
    // Words only the German interface uses: a text that still holds one was not translated.
    const german = /\b(Sie|und|oder|bitte|nicht|Uhr|Angebote?|Termine?)\b/;
    const left = Object.entries(dictionary).filter(([, text]) => german.test(text));
    expect(left).toEqual([]);
  });
});

describe('Arabic texts', () => {
  it('carry no vowel marks (they break search matching) and only Western digits, as on German signs and phones', () => {
    for (const [key, text] of Object.entries(ar)) {
      expect(/[\u064B-\u0652\u0670]/.test(text), key).toBe(false);
      expect(/[\u0660-\u0669\u06F0-\u06F9]/.test(text), key).toBe(false);
    }
  });
});

describe('Ukrainian texts', () => {
  it('write the apostrophe as families type it (ASCII), so page and query words meet', () => {
    for (const [key, text] of Object.entries(uk)) expect(/[\u2019\u02BC]/.test(text), key).toBe(false);
  });
});
