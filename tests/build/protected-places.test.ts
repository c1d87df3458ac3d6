// Security review (issue 17, findings 0 and 10): a protected place
// (hideStreet: true) publishes only what its editor marked as safe — the town,
// the yes/no access facts, and its public name and notes. The whole site is
// built from tests/fixtures/security/site/ (a fictional alliance whose own
// office is protected, a protected shelter, a partner with a protected address
// of its own, and an ordinary town hall) and every output is searched: pages,
// JSON-LD, meta and Open Graph descriptions, the Pagefind index (decompressed),
// calendar files (unfolded), the sitemap, the search words and /admin/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { streetName, type Location } from '../../src/schemas/location.ts';
import type { Partner } from '../../src/schemas/partner.ts';
import { buildEnv, exclusiveBuild } from '../support/build-lock.ts';
import { filesBelow, readOutput } from '../support/dist.ts';

const ASTRO = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const FIXTURE = resolve(import.meta.dirname, '../fixtures/security/site');
const EPOCH = String(Date.UTC(2026, 4, 1, 10) / 1000);

const out = mkdtempSync(join(tmpdir(), 'familiennetz-protected-'));
let outputs: Map<string, string>;



const content = await checkSite(join(FIXTURE), { now: new Date(Number(EPOCH) * 1000) });
const locations = content.entries.filter((e) => e.collection === 'locations').map((e) => ({ id: e.id, data: e.data as Location }));
const partners = content.entries.filter((e) => e.collection === 'partners').map((e) => ({ id: e.id, data: e.data as Partner }));
const protectedPlaces = locations.filter((l) => l.data.hideStreet);
const openPlaces = locations.filter((l) => !l.data.hideStreet);
const protectedAddresses = partners.flatMap((p) => (p.data.address?.hideStreet ? [p.data.address] : []));

/** Everything a protected place keeps internal, as written in its file. */
const internal: string[] = [
  ...protectedPlaces.flatMap(({ data }) => [
    data.street,
    streetName(data.street),
    data.postcode,
    data.name,
    ...(data.directions ? [data.directions] : []),
    ...(data.accessibility.notes ? [data.accessibility.notes] : []),
  ]),
  ...protectedAddresses.flatMap((a) => [a.street, streetName(a.street), a.postcode]),
];
// Pagefind's word index holds single words: each word of a protected street's name too.
const protectedStreets = [...protectedPlaces.map((l) => l.data.street), ...protectedAddresses.map((a) => a.street)];
internal.push(...protectedStreets.flatMap((street) => streetName(street).split(/\s+/)).filter((word) => word.length >= 4));

beforeAll(async () => {
  await exclusiveBuild(() => {
    execFileSync(process.execPath, [ASTRO, 'build', '--outDir', out], {
      env: buildEnv({ CONTENT_DIR: FIXTURE, SOURCE_DATE_EPOCH: EPOCH, SITE_URL: 'https://familie.example.org', BASE_PATH: '' }),
      stdio: 'pipe',
    });
  });
  // Everything made from content; the CMS's and Pagefind's own program files are not.
  const fromContent = (file: string) => !/\.(wasm|woff2?|svg)$/.test(file) && (!file.startsWith('admin/') || /^admin\/(index\.html|config\.yml)$/.test(file));
  outputs = new Map(filesBelow(out).map((file) => relative(out, file)).filter(fromContent).map((file) => [file, readOutput(join(out, file))]));
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * The outputs that contain a text as a whole (any case, not inside a longer word or number).
 * In Pagefind's binary word index a length byte may precede a word, so there any occurrence counts.
 */
function filesNaming(text: string): string[] {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const whole = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
  const anywhere = new RegExp(escaped, 'iu');
  return [...outputs].filter(([file, body]) => (file.endsWith('.pf_index') ? anywhere : whole).test(body)).map(([file]) => file);
}

describe('the fixture', () => {
  it('has what the tests need: the alliance at a protected place, another protected place, a protected partner address, an open place', () => {
    expect(content.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const alliance = partners.find((p) => p.id === 'familiennetz-werne');
    expect(protectedPlaces.map((l) => l.id)).toContain(alliance?.data.location);
    expect(protectedPlaces.length).toBeGreaterThanOrEqual(2);
    expect(protectedAddresses.length).toBeGreaterThanOrEqual(1);
    expect(openPlaces.length).toBeGreaterThanOrEqual(1);
    expect(internal.length).toBeGreaterThan(10);
  });
});

describe('0 and 10: what a protected place publishes', () => {
  it('no page, JSON-LD, search index, calendar file, sitemap or CMS file names anything the protected places keep internal', () => {
    const kinds = [...outputs.keys()];
    // The search index, the calendar files and the sitemap are really among the outputs searched.
    for (const pattern of [/^pagefind\/index\/.+\.pf_index$/, /^pagefind\/fragment\//, /kalender\.ics$/, /^sitemap-0\.xml$/, /^suche\/begriffe\.json$/, /^admin\/config\.yml$/]) {
      expect(kinds.some((file) => pattern.test(file)), String(pattern)).toBe(true);
    }
    const leaks = internal.map((text) => [text, filesNaming(text)] as const).filter(([, files]) => files.length > 0);
    expect(leaks).toEqual([]);
  });

  it('would see a street: the open place is published everywhere with street, name, directions and notes', () => {
    for (const { data } of openPlaces) {
      const files = filesNaming(data.street);
      expect(files.some((f) => f.endsWith('.html')), data.street).toBe(true);
      expect(files.some((f) => f.endsWith('kalender.ics')), data.street).toBe(true);
      expect(files.some((f) => f.startsWith('pagefind/fragment/')), data.street).toBe(true);
      // The word index holds single words.
      const word = streetName(data.street).split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? '';
      expect(filesNaming(word).some((f) => f.startsWith('pagefind/index/')), word).toBe(true);
      for (const text of [data.name, data.directions, data.accessibility.notes]) expect(filesNaming(text ?? '').length, text).toBeGreaterThan(0);
    }
  });

  it('shows the town, the access facts, the public name and the public notes of a protected place, and says how to ask', () => {
    const home = load(outputs.get('index.html') ?? '');
    const footer = home('footer address').text();
    const office = protectedPlaces.find((l) => l.data.publicName)!.data;
    expect(footer).toContain(office.publicName);
    expect(footer).toContain(office.town);
    expect(footer).toContain('nur auf Nachfrage');
    const contact = load(outputs.get('kontakt/index.html') ?? '')('main').text();
    expect(contact).toContain(office.publicNotes);
    expect(contact).toContain('Stufenloser Zugang: ja');
  });

  it('the home page describes the alliance from its data: meta, Open Graph and Organization name the town, never the street', () => {
    const home = load(outputs.get('index.html') ?? '');
    const alliance = partners.find((p) => p.id === 'familiennetz-werne')!.data;
    const office = protectedPlaces.find((l) => l.id === alliance.location)!.data;
    for (const selector of ['meta[name="description"]', 'meta[property="og:description"]']) {
      const description = home(selector).attr('content') ?? '';
      expect(description, selector).toContain(alliance.name);
      expect(description, selector).toContain(office.town);
    }
    const org = home('script[type="application/ld+json"]')
      .toArray()
      .map((el) => JSON.parse(home(el).text()) as Record<string, unknown>)
      .find((d) => String(d['@type']).endsWith('Organization'));
    expect(org?.['address']).toEqual({ '@type': 'PostalAddress', addressLocality: office.town, addressRegion: 'Nordrhein-Westfalen', addressCountry: 'DE' });
  });

  it('an event at a protected place hides the place in its page and JSON-LD alike; its calendar file gives the public name and town', () => {
    const ics = outputs.get('veranstaltungen/sommerfest/kalender.ics') ?? '';
    const office = protectedPlaces.find((l) => l.id === 'familienbuero')!.data;
    expect(ics).toContain(`LOCATION:${office.publicName}, ${office.town}`);
    const page = load(outputs.get('veranstaltungen/sommerfest/index.html') ?? '');
    const event = page('script[type="application/ld+json"]')
      .toArray()
      .map((el) => JSON.parse(page(el).text()) as Record<string, unknown>)
      .find((d) => d['@type'] === 'Event');
    expect(event?.['location']).toMatchObject({ '@type': 'Place', name: office.publicName, address: { addressLocality: office.town } });
    expect(page('main address').first().text()).toContain(office.publicName);
  });
});
