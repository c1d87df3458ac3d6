// Security review (issue 17, findings 0 and 10): the one rule for protected
// places, as pure functions (what a page may get of a place), as schema rules
// (public fields only for protected places, never naming the street) and as
// the check's safety net (no other entry may name a protected street).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { addressLine, placeLine, publicAddress, publicLocation } from '../../src/lib/content/places.ts';
import { homeDescription } from '../../src/lib/seo/page-meta.ts';
import { locationSchema, mentionsStreet, streetName } from '../../src/schemas/location.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';
import { problemsOf } from '../schema/helpers.ts';

const SITE = resolve(import.meta.dirname, '../fixtures/security/site');
const NOW = new Date('2026-05-01T12:00:00Z');

const office = locationSchema.parse({
  name: 'Familienbüro im Lindenhof',
  street: 'Lindenallee 7',
  postcode: '12399',
  town: 'Musterstadt',
  hideStreet: true,
  publicName: 'Familienbüro in der Innenstadt',
  publicNotes: 'Den Eingang zeigen wir Ihnen am Telefon.',
  accessibility: { stepFree: 'ja', notes: 'Klingel am Hoftor' },
  directions: 'Hinter der Apotheke links',
  reviewed: '2026-01-10',
});

describe('publicLocation', () => {
  it('gives a protected place only its town, access facts, public name and public notes: the rest is not in the object at all', () => {
    const place = publicLocation(office);
    expect(place).toEqual({
      name: 'Familienbüro in der Innenstadt',
      town: 'Musterstadt',
      protected: true,
      directions: 'Den Eingang zeigen wir Ihnen am Telefon.',
      accessibility: { stepFree: 'ja', accessibleToilet: 'unbekannt', pramParking: 'unbekannt' },
    });
    expect(JSON.stringify(place)).not.toMatch(/Lindenallee|12399|Lindenhof|Apotheke|Hoftor/);
    expect(addressLine(place)).toBe('Musterstadt');
    expect(placeLine(place)).toBe('Familienbüro in der Innenstadt, Musterstadt');
  });

  it('names no place at all when a protected place has no public name', () => {
    const { publicName: _name, publicNotes: _notes, ...rest } = office;
    expect(placeLine(publicLocation({ ...rest }))).toBe('Musterstadt');
    expect(publicLocation({ ...rest })).not.toHaveProperty('directions');
  });

  it('gives an ordinary place everything', () => {
    const place = publicLocation({ ...office, hideStreet: false, publicName: undefined, publicNotes: undefined });
    expect(place).toMatchObject({ name: 'Familienbüro im Lindenhof', street: 'Lindenallee 7', postcode: '12399', directions: 'Hinter der Apotheke links' });
    expect(place.accessibility.notes).toBe('Klingel am Hoftor');
    expect(placeLine(place)).toBe('Familienbüro im Lindenhof, Lindenallee 7, 12399 Musterstadt');
  });

  it('lets a partner protect an address of its own', () => {
    const partner = partnerSchema.parse({
      name: 'Schutzverein',
      description: 'Ein Verein, nur für Tests erfunden, mit geschützter Anschrift.',
      kind: 'Verein',
      address: { street: 'Eichenstraße 3', postcode: '12397', town: 'Musterstadt', hideStreet: true },
      reviewed: '2026-01-10',
    });
    expect(publicAddress(partner.address!)).toEqual({ town: 'Musterstadt', protected: true, accessibility: { stepFree: 'unbekannt', accessibleToilet: 'unbekannt', pramParking: 'unbekannt' } });
    expect(addressLine(publicAddress({ ...partner.address!, hideStreet: false }))).toBe('Eichenstraße 3, 12397 Musterstadt');
  });
});

describe('the home page description', () => {
  it('comes from the data: the street of an open place, only the town of a protected one', () => {
    expect(homeDescription('Familienbündnis Musterstadt', publicLocation(office), 'de')).toBe(
      'Familienbündnis Musterstadt zeigt Familien alle Angebote an einem Ort: Beratung, Kinderbetreuung, Treffpunkte und Hilfe im Alltag – Musterstadt.',
    );
    const open = publicLocation({ ...office, hideStreet: false, publicName: undefined, publicNotes: undefined });
    expect(homeDescription('Familienbündnis Musterstadt', open, 'de')).toContain('– Lindenallee 7, 12399 Musterstadt.');
    expect(homeDescription('Familienbündnis Musterstadt', undefined, 'de')).not.toContain('–');
  });
});

describe('the street of a protected place', () => {
  it('is its name without the house number, found as a whole word in any case and spacing', () => {
    expect(streetName('Am Neutor 5')).toBe('Am Neutor');
    expect(streetName('Lindenallee 7a')).toBe('Lindenallee');
    expect(streetName('Birkenweg 12-14')).toBe('Birkenweg');
    expect(mentionsStreet('Eingang am  neutor, Hinterhof', 'Am Neutor 5')).toBe(true);
    expect(mentionsStreet('Lindenalleen gibt es viele', 'Lindenallee 7')).toBe(false);
  });

  it('may not be in the public name or notes, and public fields need a protected place', async () => {
    const base = ['name: Familienbüro im Lindenhof', 'street: Lindenallee 7', 'postcode: "12399"', 'town: Musterstadt', 'reviewed: 2026-01-10'];
    const named = await problemsOf('locations', 'buero.yaml', [...base, 'hideStreet: true', 'publicNotes: Eingang an der Lindenallee, Hoftor'].join('\n'));
    expect(named.map((p) => [p.line, p.field, p.message])).toEqual([
      [7, 'publicNotes', expect.stringMatching(/^nennt die geschützte Straße „Lindenallee“ — Straße aus diesem Text entfernen/)],
    ]);
    const unprotected = await problemsOf('locations', 'buero.yaml', [...base, 'publicName: Familienbüro'].join('\n'));
    expect(unprotected.map((p) => [p.line, p.field, p.message])).toEqual([
      [6, 'publicName', expect.stringMatching(/^„publicName“ gilt nur für geschützte Orte — „hideStreet: true“ setzen oder das Feld löschen/)],
    ]);
  });
});

describe('the check refuses a protected street anywhere else', () => {
  const root = mkdtempSync(join(tmpdir(), 'familiennetz-protected-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('in an offer text, a partner field or an ordinary place at the same address, each at its line and field', async () => {
    cpSync(SITE, root, { recursive: true });
    writeFileSync(
      join(root, 'offers/verraten.md'),
      '---\ntitle: Verraten\nsummary: Ein Angebot, dessen Text die geschützte Adresse nennt.\ntopics: [Beratung]\naudiences: [Eltern]\npartners: [schutzverein]\nreviewed: 2026-01-10\n---\nErster Absatz.\n\nWir treffen uns in der lindenallee  7, zweiter Stock.\n',
    );
    writeFileSync(
      join(root, 'partners/nachbar.yaml'),
      'name: Nachbarverein\ndescription: Ein Verein, nur für Tests erfunden, im selben Haus.\nkind: Verein\naddress:\n  street: Eichenstraße 3\n  postcode: "12397"\n  town: Musterstadt\nkeywords: [Birkenweg 12]\nreviewed: 2026-01-10\n',
    );
    const { problems } = await checkSite(root, { now: NOW });
    const source = (file: string) => relative(process.cwd(), join(root, file));
    const found = problems.filter((p) => p.severity === 'error').map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}: ${p.field}: ${p.message.split(' — ')[0]}`);
    expect(found).toEqual([
      'offers/verraten.md:11: Text: nennt die geschützte Adresse „Lindenallee 7“ (' + `${source('locations/familienbuero.yaml')}: „hideStreet: true“)`,
      'partners/nachbar.yaml:5: address.street: nennt die geschützte Adresse „Eichenstraße 3“ (' + `${source('partners/schutzverein.yaml')}: „hideStreet: true“)`,
      'partners/nachbar.yaml:8: keywords.0: nennt die geschützte Adresse „Birkenweg 12“ (' + `${source('locations/schutzraum.yaml')}: „hideStreet: true“)`,
    ]);
  });
});

// Re-probe of 17/10 as an attacker: the check searched other entries for the street with its
// number only, and skipped the entry that protects it. A partner's own description naming its
// protected street, and an offer held at a protected place saying "vom Birkenweg her", were
// published (partner page, JSON-LD, search index).
describe('the entries that belong to a protected place', () => {
  const root = mkdtempSync(join(tmpdir(), 'familiennetz-protected-own-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('may not name its street at all: the partner whose address it is, and an offer held there', async () => {
    cpSync(SITE, root, { recursive: true });
    cpSync(resolve(import.meta.dirname, '../fixtures/security/repro/protected'), root, { recursive: true });
    const { problems } = await checkSite(root, { now: NOW });
    const found = problems.filter((p) => p.severity === 'error').map((p) => `${p.file.split('/').slice(-2).join('/')}:${p.line}: ${p.field}: ${p.message.split(' — ')[0]}`);
    expect(found).toEqual([
      `offers/hinterhof.md:12: Text: nennt die geschützte Straße „Birkenweg“ (${relative(process.cwd(), join(root, 'locations/schutzraum.yaml'))}: „hideStreet: true“)`,
      'partners/schutzverein.yaml:2: description: nennt die eigene geschützte Straße „Eichenstraße“ („address.hideStreet: true“)',
    ]);
  });
});
