// Where content is read from. The benchmark points CONTENT_DIR at generated
// content; everyone else uses content/ at the top of the repository.
import { resolve } from 'node:path';

export function contentRoot(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env['CONTENT_DIR'] ?? 'content');
}
