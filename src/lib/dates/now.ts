// "Now" for the site: SOURCE_DATE_EPOCH when set, else the clock. Reproducible
// builds (https://reproducible-builds.org/specs/source-date-epoch/) pin it, so
// the same content gives byte-identical output on any machine.
//
// Read when asked, never at import: the dev server sees the clock move. A
// build without SOURCE_DATE_EPOCH takes the clock once and keeps that instant,
// so every page of one build agrees on what is "past" and what is "today".

type Env = Record<string, string | undefined>;

const EPOCH_RE = /^\d{1,15}$/;

/**
 * SOURCE_DATE_EPOCH (whole seconds since 1970, UTC) as an instant, or
 * undefined when unset or empty (CI systems often define it empty). A
 * malformed value stops the build: silently falling back to the clock would
 * make output non-reproducible without anyone noticing.
 */
export function sourceDateEpoch(env: Env = process.env): Date | undefined {
  const text = env['SOURCE_DATE_EPOCH']?.trim();
  if (!text) return undefined;
  if (!EPOCH_RE.test(text)) {
    throw new Error(
      `SOURCE_DATE_EPOCH="${env['SOURCE_DATE_EPOCH']}" ist keine gültige Zeitangabe: erwartet werden ganze Sekunden seit 1970-01-01 UTC, z. B. 1767225600 (Ausgabe von "date +%s").`,
    );
  }
  return new Date(Number(text) * 1000);
}

let buildInstant: Date | undefined;

/** The instant the site treats as "now". */
export function now(env: Env = process.env): Date {
  const pinned = sourceDateEpoch(env);
  if (pinned) return pinned;
  // Astro's dev server: the real clock on every request.
  if (import.meta.env?.DEV) return new Date();
  buildInstant ??= new Date();
  return new Date(buildInstant);
}
