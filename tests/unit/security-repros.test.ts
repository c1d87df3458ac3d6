// Security review (issue 17): the repros of findings 1b, 7 and 9 as content
// files (tests/fixtures/security/repro/), checked by the real content check in
// a copy of the valid fixture tree. The check before the review accepted every
// one of them ("Inhalt in Ordnung"); each must now be an error (which stops the
// build), naming the line.
// 1b  raw HTML that is harmless piece by piece and dangerous once joined,
// 7   a local time that does not exist (the spring-forward gap),
// 9   bare addresses GFM turns into http:// links.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite, type SiteContent } from '../../src/lib/content/check.ts';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');
const NOW = new Date('2026-11-29T12:00:00Z');

let dir: string;
let result: SiteContent;

/** Problems of one file (path below the content root), as "line: field: message". */
function problemsOf(file: string): string[] {
  const path = relative(process.cwd(), join(dir, file));
  return result.problems.filter((p) => p.file === path && p.severity === 'error').map((p) => `${p.line}: ${p.field ?? ''}: ${p.message}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'familiennetz-repro-'));
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  for (const folder of ['offers', 'events']) cpSync(join(FIXTURES, 'security/repro', folder), join(dir, folder), { recursive: true });
  result = await checkSite(dir, { now: NOW });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('1b: raw HTML is checked as the browser joins it', () => {
  it('refuses the image with code, the same-site script, the password form and the redirect, each at the line it is on', () => {
    const found = problemsOf('offers/roh-html.md');
    for (const expected of [/^15: .*Attribut „onerror“ an <img> würde Code ausführen/, /^15: .*<script>/, /^15: .*<form>/, /^15: .*<meta>/]) {
      expect(found, String(expected)).toContainEqual(expect.stringMatching(expected));
    }
  });
});

describe('9: the check sees the links GFM makes', () => {
  it('refuses www.… and http://… without brackets as unencrypted links, on their line', () => {
    expect(problemsOf('offers/nackte-adressen.md')).toEqual([
      expect.stringMatching(/^13: .*Link „http:\/\/www\.example\.org“ ist unverschlüsselt/),
      expect.stringMatching(/^13: .*Link „http:\/\/example\.com\/anmelden“ ist unverschlüsselt/),
    ]);
  });
});

describe('7: times in the spring-forward gap are refused, not shown three ways', () => {
  it('an event at 02:30 on 28 March 2027', () => {
    expect(problemsOf('events/zeitsprung.md')).toEqual([expect.stringMatching(/^4: start: Die Uhrzeit 02:30 gibt es am 2027-03-28 nicht/)]);
  });

  it('a "last Sunday" rule at 02:30, naming the day it would miss', () => {
    expect(problemsOf('offers/sonntagnacht.md')).toEqual([
      expect.stringMatching(/^1\d: schedule\.rules\.0\.start: Die Uhrzeit 02:30 gibt es am 28\. März 2027 nicht/),
    ]);
  });
});

describe('the valid files beside the repros', () => {
  it('are still accepted', () => {
    expect(problemsOf('offers/netz-cafe.md')).toEqual([]);
    expect(result.entries.find((e) => e.id === 'netz-cafe')?.rendered).toBeDefined();
  });
});
