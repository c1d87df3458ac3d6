// Stops a build for the public site while a page still holds a note the city
// has to fill in; other builds only warn (src/lib/release/placeholders.ts).
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/content/paths.ts';
import { releaseCheck } from '../lib/release/placeholders.ts';

export function releaseGuard(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'site:release-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const verdict = releaseCheck(contentRoot(env), env);
        if (verdict.outcome === 'fail') throw new Error(verdict.message);
        if (verdict.outcome === 'warn') logger.warn(verdict.message);
      },
    },
  };
}
