// Runs the content check before Astro reads any content, so that a bad edit
// stops the build with every problem listed (Astro alone would show the first
// one and let dangling references through).
import type { AstroIntegration } from 'astro';
import { checkContent, checkContentOnce, errorsOnly, formatProblem } from '../lib/content/check.ts';
import { contentRoot } from '../lib/content/paths.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'familiennetz:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // A build keeps the result for the search index; the dev server checks afresh on every reload.
        const { problems } = command === 'build' ? checkContentOnce(contentRoot()) : checkContent(contentRoot());
        for (const warning of problems.filter((p) => p.severity === 'warning')) logger.warn(formatProblem(warning));
        const errors = errorsOnly(problems);
        if (errors.length > 0) {
          const lines = errors.map(formatProblem).join('\n');
          throw new ContentError(
            `${errors.length} Fehler im Inhalt – die Seite wird nicht gebaut:\n${lines}\n\nHilfe: content/README.md`,
          );
        }
      },
    },
  };
}
