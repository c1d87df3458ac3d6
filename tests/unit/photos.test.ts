// Photos of entries (issue 14): the content check makes sure every photo is
// described (alt text), credited and really there as a picture, naming file,
// field and line; the loader hands a good photo to Astro's image pipeline.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { cmsConfig } from '../../src/lib/editor/cms-config.ts';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../../src/lib/content/check.ts';
import { contentLoaders } from '../../src/lib/content/loader.ts';
import { MEDIA_FOLDER, imageImportPath } from '../../src/lib/content/images.ts';

const VALID = resolve(import.meta.dirname, '../fixtures/valid');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]);

const OFFER = 'offers/netz-cafe.md';

/** A copy of the valid fixture whose offer has the given image block (YAML lines) and picture files. */
function content(imageYaml: string, files: Record<string, Buffer> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'photos-'));
  cpSync(VALID, root, { recursive: true });
  mkdirSync(join(root, MEDIA_FOLDER));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(root, MEDIA_FOLDER, name), bytes);
  const offer = join(root, OFFER);
  const text = readFileSync(offer, 'utf8');
  writeFileSync(offer, text.replace('reviewed: 2026-01-10', `${imageYaml}\nreviewed: 2026-01-10`));
  return root;
}

const image = (fields: Record<string, string>) =>
  ['image:', ...Object.entries(fields).map(([key, value]) => `  ${key}: ${value}`)].join('\n');
const GOOD = { src: '/fotos/cafe.png', alt: 'Kinder spielen in der Spiellandschaft', photographer: 'Erika Muster', licence: 'CC BY 4.0' };

async function photoProblems(root: string) {
  const { problems } = await checkSite(root, { now: new Date('2026-02-01T12:00:00Z') });
  return problems.filter((p) => p.severity === 'error').map((p) => ({ file: p.file.replace(/^.*?(offers\/)/, '$1'), line: p.line, field: p.field, message: p.message }));
}

describe('photos of entries', () => {
  it('accept a described, credited picture in the photo folder', async () => {
    const root = content(image(GOOD), { 'cafe.png': PNG });
    expect(await photoProblems(root)).toEqual([]);
  });

  it('refuse a photo without a description, naming file, line and field', async () => {
    const { alt: _alt, ...withoutAlt } = GOOD;
    const root = content(image(withoutAlt), { 'cafe.png': PNG });
    const problems = await photoProblems(root);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: OFFER, field: 'image.alt' });
    expect(problems[0]!.line).toBeGreaterThan(10);
    expect(problems[0]!.message).toMatch(/Pflichtfeld fehlt/);
  });

  it('refuse a photo without photographer or licence', async () => {
    const { photographer: _p, licence: _l, ...uncredited } = GOOD;
    const problems = await photoProblems(content(image(uncredited), { 'cafe.png': PNG }));
    expect(problems.map((p) => p.field).sort()).toEqual(['image.licence', 'image.photographer']);
  });

  it('refuse a missing file, a file of another kind than its name says, a link, and an address outside the photo folder', async () => {
    const missing = await photoProblems(content(image(GOOD)));
    expect(missing).toMatchObject([{ file: OFFER, field: 'image.src' }]);
    expect(missing[0]!.message).toContain('„fotos/cafe.png“ gibt es nicht');

    const renamed = await photoProblems(content(image({ ...GOOD, src: '/fotos/cafe.png' }), { 'cafe.png': JPEG }));
    expect(renamed[0]!.message).toContain('ist ein JPG-Bild, heißt aber „.png“');

    const root = content(image(GOOD));
    symlinkSync('/etc/hostname', join(root, MEDIA_FOLDER, 'cafe.png'));
    expect((await photoProblems(root)).map((p) => p.field)).toContain('image.src');

    for (const src of ['/bilder/cafe.png', 'cafe.png', '/fotos/../site.yaml', '/fotos/café.png']) {
      const problems = await photoProblems(content(image({ ...GOOD, src }), { 'cafe.png': PNG }));
      expect(problems.map((p) => p.field), src).toEqual(['image.src']);
    }
  });

  it('hand the photo to Astro\'s image pipeline: an import path relative to the entry\'s file', async () => {
    const root = content(image(GOOD), { 'cafe.png': PNG });
    const entries = new Map<string, { data: Record<string, unknown> }>();
    const context = {
      collection: 'offers',
      store: { clear: () => entries.clear(), set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true) },
      logger: { warn: () => {}, info: () => {}, error: () => {} },
      config: { base: '/' },
      generateDigest: (value: unknown) => JSON.stringify(value).length.toString(36),
    } as unknown as LoaderContext;
    await contentLoaders(root).offers.load(context);
    const stored = entries.get('netz-cafe')?.data['image'] as { src: string; alt: string };
    expect(stored.src).toBe('__ASTRO_IMAGE_../fotos/cafe.png');
    expect(stored.alt).toBe(GOOD.alt);
    expect(imageImportPath(root, join(root, 'offers/netz-cafe.md'), '/fotos/cafe.png')).toBe('../fotos/cafe.png');
  });

  it('give editors an upload field that puts photos into the photo folder', () => {
    const config = cmsConfig({ backend: { name: 'github', repo: 'stadt/familie', branch: 'main' }, siteUrl: 'https://example.org' });
    const offers = (config.collections as { name: string; fields: { name: string; fields?: Record<string, unknown>[] }[] }[]).find((c) => c.name === 'offers')!;
    const src = offers.fields.find((f) => f.name === 'image')!.fields!.find((f) => f['name'] === 'src')!;
    expect(src).toMatchObject({ widget: 'image', media_folder: `/content/${MEDIA_FOLDER}`, public_folder: `/${MEDIA_FOLDER}` });
  });
});
