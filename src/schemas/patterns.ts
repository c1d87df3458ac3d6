// The patterns a text field must match, in one place. The schemas check with
// them; the CMS gets them from the schemas (through their JSON Schema), so an
// editor is told the same in the CMS as by the content check.

/** Entry ids are file names: lower case, digits and hyphens ("netz-cafe"). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A time of day, 24-hour clock: "09:30", "15:00". */
export const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Digits, spaces, "/", "-", "(", ")" and a leading "+". */
export const PHONE_PATTERN = /^\+?[0-9](?:[0-9 /()-]*[0-9])?$/;

/**
 * Only https links: http leaks what families read, javascript: runs code.
 * (The pattern must not end in "/": the CMS would read that as the end of a /…/flags literal.)
 */
export const HTTPS_PATTERN = /^https:\/\/./;

/** German postcodes have five digits. */
export const POSTCODE_PATTERN = /^\d{5}$/;

/** A photo in the content's photo folder, as the CMS names it: "/fotos/elterncafe.jpg". */
export const IMAGE_PATH_PATTERN = /^\/fotos\/[A-Za-z0-9][A-Za-z0-9._-]*\.(?:jpe?g|png|webp|avif)$/i;
