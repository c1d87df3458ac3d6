// The moment the site is built for. Reproducible builds set SOURCE_DATE_EPOCH
// (seconds since 1970); everything that depends on "today" reads it from here.
export function buildNow(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch.trim() !== '') {
    const seconds = Number(epoch);
    if (!Number.isFinite(seconds)) throw new Error(`SOURCE_DATE_EPOCH ist keine Zahl: „${epoch}“`);
    return new Date(seconds * 1000);
  }
  return new Date();
}
