// Editors link to site pages as "/kontakt/". When the city publishes the site
// below a path (BASE_PATH, e.g. GitLab Pages previews), those links must get
// that path in front, or they lead nowhere.

/** Prefixes a root-relative site link with the base path; other links stay as they are. */
export function withBase(url: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (prefix === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  if (url === prefix.slice(0, -1) || url.startsWith(prefix)) return url;
  return `${prefix}${url.slice(1)}`;
}
