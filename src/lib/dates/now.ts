// "Now" for a build. Reproducible builds (https://reproducible-builds.org/specs/source-date-epoch/)
// pin it with SOURCE_DATE_EPOCH, so the same content gives byte-identical output on any machine.

type Env = Record<string, string | undefined>;

const EPOCH_RE = /^\d{1,15}$/;

/**
 * The instant the build treats as "now": SOURCE_DATE_EPOCH (whole seconds since 1970, UTC) when
 * set, else the clock. An empty variable counts as unset, as CI systems often define it empty.
 * A malformed value stops the build: silently falling back to the clock would make output
 * non-reproducible without anyone noticing.
 */
export function buildNow(env: Env = process.env): Date {
  const raw = env['SOURCE_DATE_EPOCH'];
  if (raw === undefined || raw.trim() === '') return new Date();
  const text = raw.trim();
  if (!EPOCH_RE.test(text)) {
    throw new Error(
      `SOURCE_DATE_EPOCH="${raw}" ist keine gültige Zeitangabe: erwartet werden ganze Sekunden seit 1970-01-01 UTC, z. B. 1767225600 (Ausgabe von "date +%s").`,
    );
  }
  return new Date(Number(text) * 1000);
}
