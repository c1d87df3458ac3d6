// The words that name one alliance: its name, town, district, parent body,
// addresses, phone, e-mail and contact person, read from its content/site.yaml
// and its partner entry (the central contact). The code must name none of
// them; the example alliance's build must name none of the real alliance's.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSite } from '../../src/lib/content/check.ts';
import type { Location } from '../../src/schemas/location.ts';
import type { Partner } from '../../src/schemas/partner.ts';

/** Words that name the Werne alliance even where its content is not at hand. */
export const FIXED_WORDS = ['Werne', 'Unna', 'Stilter', '59368', '02389', 'Neutor'];

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

/** A host and its registrable domain: "familiennetz.werne.de" → both it and "werne.de". */
function hostWords(url: string | undefined): string[] {
  if (!url) return [];
  const host = new URL(url).hostname.replace(/^www\./, '');
  const parts = host.split('.');
  return [host, ...(parts.length > 2 ? [parts.slice(-2).join('.')] : [])];
}

/** Every word that names the alliance whose content lies in `root`, longest first. */
export async function allianceWords(root: string): Promise<string[]> {
  const content = await checkSite(root);
  const site = content.site?.config;
  if (!site) throw new Error(`${root}/site.yaml fehlt oder ist fehlerhaft`);
  const partner = content.entries.find((e) => e.collection === 'partners' && e.id === site.contact)?.data as Partner | undefined;
  const place = content.entries.find((e) => e.collection === 'locations' && e.id === partner?.location)?.data as Location | undefined;
  const phone = partner?.phone;
  const words = [
    site.name,
    site.shortName,
    site.town,
    ...(site.district ? [site.district.replace(/^(Kreis|Landkreis|Rhein-)\s*/, '')] : []),
    site.operator.name,
    ...hostWords(site.operator.url),
    ...hostWords(site.url),
    site.contact,
    ...(phone ? [phone, digits(phone), `+49${digits(phone).replace(/^0/, '')}`] : []),
    ...(partner?.email ? [partner.email, partner.email.split('@')[1] ?? ''] : []),
    ...(partner?.contactPerson ? [partner.contactPerson.split(',')[0]!.trim()] : []),
    ...(place && !place.hideStreet ? [place.street] : []),
  ];
  return [...new Set(words.map((w) => w.trim()).filter((w) => w.length >= 4))].sort((a, b) => b.length - a.length);
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for the words, case-insensitive, as whole words with German endings ("Werner",
 * "Familiennetzes"), so that "Unna" does not hit "UNNAMED".
 */
export function wordPattern(words: readonly string[]): RegExp {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\d])(?:${longestFirst.map(escape).join('|')})(?:s|es|r|er|n)?(?![\\p{L}\\d])`, 'giu');
}

export interface Hit {
  file: string;
  line: number;
  word: string;
}

/** Every hit in a text file, with its line. */
export function hitsIn(file: string, text: string, pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(pattern)) hits.push({ file, line: index + 1, word: match[0] });
  });
  return hits;
}

/** The text files below the given paths (files or folders), relative to `root`. */
export function textFiles(root: string, paths: readonly string[]): string[] {
  const walk = (path: string): string[] => {
    if (!existsSync(path)) return [];
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path).flatMap((name) => walk(join(path, name)));
  };
  return paths.flatMap((p) => walk(join(root, p))).map((file) => relative(root, file));
}

/** Hits of the pattern in the files below `paths`. */
export function findWords(root: string, paths: readonly string[], pattern: RegExp): Hit[] {
  return textFiles(root, paths).flatMap((file) => hitsIn(file, readFileSync(join(root, file), 'utf8'), pattern));
}
