// Security review (issue 17): the repros of findings 1b, 7 and 9, and of what
// the attacker's re-probe found after them, as content files
// (tests/fixtures/security/repro/), checked by the real content check in a copy
// of the valid fixture tree. The check before the review accepted every one of
// them ("Inhalt in Ordnung"); each must now be an error (which stops the build),
// naming the line.
// 1b  raw HTML that is harmless piece by piece and dangerous once joined,
// 7   a local time that does not exist (the spring-forward gap),
// 9   bare addresses GFM turns into http:// links,
// re-probe: a body that breaks out of its place in the page. Checked alone it
//     is fine; pasted into the layout, in Chromium, an unclosed <a> made the
//     page's own "Bitte fragen Sie nach" box and phone link point to the
//     attacker's site, an unclosed comment removed the contact box and the
//     footer with the legal links, an unfinished tag hid the contact box in a
//     closed <details>, and a closed comment published the editor's note;
//     a direction override in a title showed other words than it holds;
//     a link showed one address or number and went to another (phishing).
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

describe('re-probe: the body stays in its place in the page', () => {
  it('refuses an element left open (it would wrap the rest of the page: every following line a link to the body\'s address)', () => {
    expect(problemsOf('offers/offener-link.md')).toEqual([expect.stringMatching(/^13: Text: HTML-Element <a> wird nicht geschlossen — <\/a> an seinem Ende ergänzen/)]);
  });

  it('refuses a comment left open (it would hide the contact box and the footer)', () => {
    expect(problemsOf('offers/offener-kommentar.md')).toEqual([expect.stringMatching(/^13: Text: HTML-Kommentar .* ist im Text nicht erlaubt/)]);
  });

  it('refuses a closed comment too: it is published in the page source', () => {
    expect(problemsOf('offers/notiz.md')).toEqual([expect.stringMatching(/^13: Text: HTML-Kommentar .*mitveröffentlicht/)]);
  });

  it('refuses a tag that never ends (its attribute would swallow the layout up to the next quote)', () => {
    expect(problemsOf('offers/offenes-tag.md')).toEqual([expect.stringMatching(/^13: Text: HTML-Tag <details> endet nicht/)]);
  });

  it('refuses end tags of elements the body did not open, naming each', () => {
    expect(problemsOf('offers/fremde-end-tags.md')).toEqual([
      expect.stringMatching(/^13: Text: Schließendes Tag <\/div> ohne passendes öffnendes Tag/),
      expect.stringMatching(/^13: Text: Schließendes Tag <\/main> ohne passendes öffnendes Tag/),
    ]);
  });
});

describe('re-probe: a title that reads differently than it is written', () => {
  it('refuses a direction override (U+202E) in a one-line field, as it refuses line breaks', () => {
    expect(problemsOf('offers/verdreht.md')).toEqual([expect.stringMatching(/^2: title: „Titel“ muss in einer Zeile stehen: .*Steuerzeichen/)]);
  });
});

describe('re-probe: a link goes where its text says', () => {
  it('refuses an e-mail address, a phone number or a web address as text of a link to somewhere else, and a tel: link with service codes', () => {
    expect(problemsOf('offers/falsche-ziele.md')).toEqual([
      expect.stringMatching(/^11: Text: Linktext „b\.Stilter@werne\.de“ und Ziel „mailto:b\.stilter@werne\.de\.example\.org“ passen nicht zusammen/),
      expect.stringMatching(/^13: Text: Linktext „02389 71570“ und Ziel „tel:\+4990012345678“ passen nicht zusammen/),
      expect.stringMatching(/^15: Text: Linktext „www\.werne\.de“ und Ziel „https:\/\/www\.werne\.de\.example\.org\/anmelden“ passen nicht zusammen/),
      expect.stringMatching(/^17: Text: Telefon-Link „tel:\*%2306%23“ ist keine Telefonnummer/),
    ]);
  });
});

describe('the valid files beside the repros', () => {
  it('are still accepted', () => {
    expect(problemsOf('offers/netz-cafe.md')).toEqual([]);
    expect(result.entries.find((e) => e.id === 'netz-cafe')?.rendered).toBeDefined();
  });
});
