// Photos of entries. An entry names its photo by the address the CMS writes
// ("/fotos/elterncafe.jpg"): the file lies in the content's photo folder
// (content/fotos/, where the CMS's photo field uploads to), never beside the
// entries, where it would be read as one. Pictures inside a text stay in
// public/bilder/ and are published as they are. The check makes sure the file is there, is a real
// file (no link) of a sensible size, and is the kind of picture its name says;
// the loader hands it to Astro's image pipeline (astro:assets), which makes
// the small, compressed versions the pages show.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The folder below the content root that holds every photo, and the address prefix that names it. */
export const MEDIA_FOLDER = 'fotos';
export const MEDIA_PREFIX = `/${MEDIA_FOLDER}/`;

/** Largest photo accepted: a camera picture of a phone; the site shows a few hundred pixels of it. */
export const MAX_IMAGE_BYTES = 12 * 1024 * 1024;

/** What each accepted file ending must start with (the file's first bytes). */
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  jpg: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  jpeg: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  png: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  webp: (h) => h.toString('latin1', 0, 4) === 'RIFF' && h.toString('latin1', 8, 12) === 'WEBP',
  avif: (h) => h.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(h.toString('latin1', 8, 12)),
};

export const IMAGE_EXTENSIONS = Object.keys(SIGNATURES);

/** The file a photo address names, below the content root. */
export function imageFile(root: string, src: string): string {
  return join(root, MEDIA_FOLDER, src.slice(MEDIA_PREFIX.length));
}

const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');

/** Why the photo at `src` cannot be used (German, with the fix), or undefined when it can. */
export function imageFileProblem(root: string, src: string): string | undefined {
  const file = imageFile(root, src);
  const shown = `${MEDIA_FOLDER}/${src.slice(MEDIA_PREFIX.length)}`;
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `Das Bild „${shown}“ gibt es nicht — Bild im Redaktionssystem hochladen oder in den Ordner „${MEDIA_FOLDER}“ des Inhalts legen, oder den Namen korrigieren`;
    if (code === 'ELOOP' || code === 'EMLINK') return `„${shown}“ ist eine Verknüpfung — das Bild selbst in den Ordner „${MEDIA_FOLDER}“ legen`;
    return `Das Bild „${shown}“ lässt sich nicht öffnen (${code ?? 'unbekannter Fehler'}) — Datei neu hochladen`;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return `„${shown}“ ist keine Bilddatei — ein Foto als JPG, PNG, WebP oder AVIF hochladen`;
    if (stats.size > MAX_IMAGE_BYTES) {
      return `Das Bild „${shown}“ ist ${MB(stats.size)} MB groß, höchstens ${MB(MAX_IMAGE_BYTES)} MB sind erlaubt — kleiner speichern (z. B. 2000 Pixel breit)`;
    }
    const head = Buffer.alloc(16);
    readSync(fd, head, 0, head.length, 0);
    const extension = src.slice(src.lastIndexOf('.') + 1).toLowerCase();
    const matches = SIGNATURES[extension];
    if (!matches?.(head)) {
      const actual = IMAGE_EXTENSIONS.find((ext) => SIGNATURES[ext]!(head));
      return actual
        ? `„${shown}“ ist ein ${actual.toUpperCase()}-Bild, heißt aber „.${extension}“ — die Endung in „.${actual}“ ändern (Datei und Eintrag)`
        : `„${shown}“ ist kein Foto im Format JPG, PNG, WebP oder AVIF — das Bild in einem dieser Formate speichern und neu hochladen`;
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The photo's path as Astro's content layer resolves it: relative to the entry's file, starting with "./" or "../". */
export function imageImportPath(root: string, entryFile: string, src: string): string {
  const path = relative(dirname(entryFile), imageFile(root, src)).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}
