// Where content is read from: content/ at the top of the repository, or
// CONTENT_DIR (the benchmark's generated content). Set but empty counts as unset.
import { resolve } from 'node:path';

export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return resolve(env['CONTENT_DIR']?.trim() || 'content');
}
