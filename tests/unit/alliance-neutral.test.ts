// Any alliance can run this code: nothing in it names the alliance whose
// content it ships with. The words come from content/site.yaml and the
// alliance's partner entry (name, town, district, parent body, domains,
// phone, e-mail, contact person, street), plus fixed ones.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { FIXED_WORDS, allianceWords, findWords, hitsIn, textFiles, wordPattern } from '../support/alliance-words.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The code, its configuration and the pipelines. */
const SCANNED = ['src', 'astro.config.mjs', 'public', 'scripts', '.gitlab-ci.yml', '.github', '.ci'];

const words = [...new Set([...(await allianceWords(contentRoot())), ...FIXED_WORDS])];
const pattern = wordPattern(words);

describe('the code names no alliance', () => {
  it('derives the words from the content: name, town, addresses, phone, e-mail', () => {
    expect(words.length).toBeGreaterThanOrEqual(10);
    // The settings file itself is full of them: the pattern finds what it is meant to find.
    expect(findWords(contentRoot(), ['site.yaml'], pattern).length).toBeGreaterThan(5);
  });

  it('finds the forms the code used to have, and no look-alikes', () => {
    const sample = (text: string) => hitsIn('x', text, wordPattern(['Werne', 'Familiennetz', 'Unna', 'familiennetz.werne.de', '02389 71570'])).map((h) => h.word);
    expect(sample('Zeiten in Werner Ortszeit')).toEqual(['Werner']);
    expect(sample('Partner des Familiennetzes Werne')).toEqual(['Familiennetzes', 'Werne']);
    expect(sample("const DEFAULT = 'https://familiennetz.werne.de';")).toEqual(['familiennetz.werne.de']);
    expect(sample('Telefon 02389 71570, Kreis Unna')).toEqual(['02389 71570', 'Unna']);
    expect(sample('const UNNAMED_SOURCE = undefined; // Gewerbe, Unnachgiebig')).toEqual([]);
  });

  it('scans every file of the code and the pipelines', () => {
    const files = textFiles(ROOT, SCANNED);
    expect(files).toEqual(expect.arrayContaining(['astro.config.mjs', 'src/i18n/de.ts', 'src/layouts/BaseLayout.astro', '.gitlab-ci.yml']));
    expect(files.length).toBeGreaterThan(100);
  });

  it('has no hit in src/, astro.config.mjs, public/, scripts/ or the pipelines', () => {
    const hits = findWords(ROOT, SCANNED, pattern).map((h) => `${h.file}:${h.line}: ${h.word}`);
    expect(hits, 'Die Namen gehören nach content/site.yaml (oder in den Inhalt), nicht in den Code').toEqual([]);
  });
});
