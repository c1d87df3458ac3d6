// The saved list's rules (lib/keep/), the share links (lib/share/), the offline page per
// language and the web app manifest (lib/offline/): pure, without a build.
import { describe, expect, it } from 'vitest';
import { MAX_KEPT, cleanKeys, hashOf, keyOf, keysFromHash, known, parseKey, readStored, toggled, writeStored } from '../../src/lib/keep/list.ts';
import { keepData, keptDates } from '../../src/lib/keep/entries.ts';
import { shareLinks } from '../../src/lib/share/links.ts';
import { offlinePagePath } from '../../src/lib/offline/paths.ts';
import { webManifest } from '../../src/lib/offline/manifest.ts';
import { localDateTimeToDate, toIsoWithOffset } from '../../src/lib/dates/zone.ts';

describe('saved list keys', () => {
  it('keeps offers by id and events with a prefix, so ids may repeat across kinds', () => {
    expect(keyOf('offer', 'netz-cafe')).toBe('netz-cafe');
    expect(keyOf('event', 'netz-cafe')).toBe('v:netz-cafe');
    expect(parseKey('v:sommerfest')).toEqual({ kind: 'event', id: 'sommerfest' });
    expect(parseKey('babykorb')).toEqual({ kind: 'offer', id: 'babykorb' });
    for (const bad of ['', 'v:', 'Gross', '<script>', 'a b', '../x', 'x:y', '-a', `${'a'.repeat(101)}`]) expect(parseKey(bad), bad).toBeUndefined();
  });

  it('reads a link: known pieces in order, each once, malformed ones counted', () => {
    expect(keysFromHash('#netz-cafe,babykorb,v:fest,netz-cafe')).toEqual({ keys: ['netz-cafe', 'babykorb', 'v:fest'], malformed: 0 });
    expect(keysFromHash('#netz-cafe,%3Cscript%3E,,babykorb')).toEqual({ keys: ['netz-cafe', 'babykorb'], malformed: 1 });
    expect(keysFromHash('#%E0%A4%A')).toEqual({ keys: [], malformed: 1 });
    expect(keysFromHash('')).toEqual({ keys: [], malformed: 0 });
  });

  it('writes a link that reads back the same', () => {
    const keys = ['netz-cafe', 'v:familienfest-2026', 'babykorb'];
    expect(hashOf(keys)).toBe('#netz-cafe,v:familienfest-2026,babykorb');
    expect(keysFromHash(hashOf(keys)).keys).toEqual(keys);
    expect(hashOf([])).toBe('');
  });

  it('caps a list at MAX_KEPT entries', () => {
    const many = Array.from({ length: MAX_KEPT + 20 }, (_, i) => `eintrag-${i}`);
    expect(cleanKeys(many)).toHaveLength(MAX_KEPT);
    expect(keysFromHash(`#${many.join(',')}`).keys).toHaveLength(MAX_KEPT);
  });

  it('reads stored values defensively: broken or foreign JSON is an empty list', () => {
    expect(readStored(null)).toEqual([]);
    expect(readStored('{')).toEqual([]);
    expect(readStored('{"a":1}')).toEqual([]);
    expect(readStored('["netz-cafe", 3, "<b>", "netz-cafe", "v:fest"]')).toEqual(['netz-cafe', 'v:fest']);
    expect(readStored(writeStored(['babykorb', 'netz-cafe']))).toEqual(['babykorb', 'netz-cafe']);
  });

  it('toggles an entry on (at the end) and off', () => {
    expect(toggled(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggled([], 'a', false)).toEqual([]);
  });

  it('splits a shared list into known entries and unknown ids, never looking up inherited names', () => {
    const entries = { 'netz-cafe': 1, 'v:fest': 2 };
    expect(known(['netz-cafe', 'weg', 'v:fest', 'constructor'], entries)).toEqual({
      found: [{ key: 'netz-cafe', entry: 1 }, { key: 'v:fest', entry: 2 }],
      unknown: ['weg', 'constructor'],
    });
  });
});

describe('saved list data', () => {
  it('writes each date with its instants (Europe/Berlin) and words in the language', () => {
    const start = localDateTimeToDate('2026-12-03T15:00');
    const end = localDateTimeToDate('2026-12-03T17:00');
    const item = { title: 'x', href: '/x/', kind: 'offer' as const, start, end, startIso: toIsoWithOffset(start), endIso: toIsoWithOffset(end), holiday: 'HEILIGABEND' as const };
    const [de] = keptDates([item], 'de');
    expect(de).toMatchObject({ start: '2026-12-03T15:00:00+01:00', end: '2026-12-03T17:00:00+01:00' });
    expect(de!.text).toContain('15');
    expect(de!.note).toContain('Heiligabend');
    const [en] = keptDates([item], 'en');
    expect(en!.text).not.toBe(de!.text);
    expect(en!.note).not.toContain('Heiligabend');
  });

  it('keys offers and events as the list does', () => {
    const entry = { title: 't', summary: 's', href: '/h/', dates: [] };
    const data = keepData([{ id: 'fest', ...entry }], [{ id: 'fest', ...entry }]);
    expect(Object.keys(data.entries)).toEqual(['fest', 'v:fest']);
    expect(data.entries['v:fest']!.kind).toBe('event');
  });
});

describe('share links', () => {
  const links = shareLinks({ url: 'https://example.org/angebote/netz-cafe/', title: 'Netz-Café & mehr', text: 'Das könnte passen: Netz-Café & mehr', site: 'Bündnis' });

  it('e-mail: no recipient, subject and body percent-encoded, the address in the body', () => {
    expect(links.email.startsWith('mailto:?subject=')).toBe(true);
    expect(links.email).not.toContain(' ');
    expect(links.email).not.toContain('+');
    const url = new URL(links.email);
    expect(url.searchParams.get('subject')).toBe('Netz-Café & mehr – Bündnis');
    expect(url.searchParams.get('body')).toBe('Das könnte passen: Netz-Café & mehr\nhttps://example.org/angebote/netz-cafe/');
  });

  it('WhatsApp: the click-to-chat link with text and address, nothing else', () => {
    const url = new URL(links.whatsapp);
    expect(`${url.origin}${url.pathname}`).toBe('https://wa.me/');
    expect([...url.searchParams.keys()]).toEqual(['text']);
    expect(url.searchParams.get('text')).toBe('Das könnte passen: Netz-Café & mehr https://example.org/angebote/netz-cafe/');
  });
});

describe('offline page per language', () => {
  it('takes the language from the first folder below the base path', () => {
    const langs = ['en', 'ar'];
    expect(offlinePagePath('/en/angebote/x/', '/', langs)).toBe('/en/offline/index.html');
    expect(offlinePagePath('/ar/', '/', langs)).toBe('/ar/offline/index.html');
    expect(offlinePagePath('/angebote/x/', '/', langs)).toBe('/offline/index.html');
    expect(offlinePagePath('/', '/', langs)).toBe('/offline/index.html');
    // A page whose name starts like a language is not that language.
    expect(offlinePagePath('/entdecken/', '/', langs)).toBe('/offline/index.html');
    expect(offlinePagePath('/familie/en/partner/', '/familie/', langs)).toBe('/familie/en/offline/index.html');
    expect(offlinePagePath('/familie/partner/', '/familie', langs)).toBe('/familie/offline/index.html');
  });
});

describe('web app manifest', () => {
  it('names the site, its language and direction, scope at the base, an icon from the settings', () => {
    const manifest = webManifest({
      name: 'Familienbündnis Musterstadt',
      shortName: 'Familienbündnis',
      lang: 'ar',
      dir: 'rtl',
      startUrl: '/familie/ar/',
      scope: '/familie/',
      themeColour: '#0a6560',
      backgroundColour: '#fbfaf7',
      icon: '/familie/favicon.svg',
    });
    expect(manifest).toMatchObject({ name: 'Familienbündnis Musterstadt', short_name: 'Familienbündnis', lang: 'ar', dir: 'rtl', start_url: '/familie/ar/', scope: '/familie/', display: 'standalone' });
    expect(manifest['icons']).toEqual([{ src: '/familie/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }]);
  });
});
