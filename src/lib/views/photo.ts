// What a page shows of an entry's photo. The content layer has already turned
// the photo's address into the image Astro's pipeline resizes (ImageMetadata);
// an entry without a photo, or one the pipeline did not resolve, shows none.
import type { ImageMetadata } from 'astro';

/** The "image" field as the content layer gives it to a page. */
export interface PhotoField {
  src: unknown;
  alt: string;
  photographer: string;
  licence: string;
  licenceUrl?: string | undefined;
}

export interface EntryPhoto {
  src: ImageMetadata;
  alt: string;
  photographer: string;
  licence: string;
  licenceUrl: string | undefined;
}

function isImageMetadata(value: unknown): value is ImageMetadata {
  if (value === null || typeof value !== 'object') return false;
  const image = value as Record<string, unknown>;
  return typeof image['src'] === 'string' && typeof image['width'] === 'number' && typeof image['height'] === 'number' && typeof image['format'] === 'string';
}

/** The photo to show, or undefined. A photo address that reached a page unresolved is a build error, not a broken image. */
export function entryPhoto(field: PhotoField | undefined): EntryPhoto | undefined {
  if (!field) return undefined;
  if (!isImageMetadata(field.src)) {
    throw new Error(`Foto „${String(field.src)}“ wurde nicht von Astros Bild-Pipeline aufgelöst`);
  }
  return { src: field.src, alt: field.alt, photographer: field.photographer, licence: field.licence, licenceUrl: field.licenceUrl };
}
