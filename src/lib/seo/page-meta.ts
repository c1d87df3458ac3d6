// The document <title>: "Page – Site" while it stays short enough for search
// results (about 70 characters); a longer page title stands alone, since it is
// unique anyway and the site name would only be cut off.
export const MAX_TITLE_LENGTH = 70;

export function documentTitle(title: string, siteName: string, isHome = false): string {
  if (isHome) return title;
  const full = `${title} – ${siteName}`;
  return full.length <= MAX_TITLE_LENGTH ? full : title;
}
