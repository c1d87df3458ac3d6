// Release check: the public site is never published while a page still holds
// a note the city has to fill in ("[Von der Stadt zu ergänzen: …]", mostly in
// Impressum and Datenschutz). A build for the public site stops and lists every
// note with file and line; previews and local builds only warn, so editors can
// still look at their work.
//
// Which build is "for the public site" is decided from the pipeline's own
// variables, so neither pipeline has to remember a switch:
// - RELEASE=1 (or "true"/"ja"): set explicitly, e.g. by the GitHub workflow for
//   pushes and nightly runs on main (the runs that deploy);
// - GitLab: CI_COMMIT_BRANCH equals CI_DEFAULT_BRANCH (the runs whose `pages`
//   and `webserver` jobs publish), merge-request pipelines excluded.
// A variable set but empty counts as unset.
import { join, relative } from 'node:path';
import { readRegularFile } from '../content/file-safety.ts';
import { listFiles } from '../content/files.ts';

/** How every note for the city begins; the legal pages close each note with "]". */
export const PLACEHOLDER_MARK = '[Von der Stadt zu ergänzen';

/** The content folders whose files are published as text of their own. */
const FOLDERS = ['pages'] as const;

type Env = Record<string, string | undefined>;

export interface Placeholder {
  /** Path relative to the content folder, e.g. "pages/impressum.md". */
  file: string;
  line: number;
  /** The note itself, up to its closing "]" (or the end of the line). */
  note: string;
}

export interface ReleaseMode {
  release: boolean;
  /** Why, in German, for the build log. */
  reason: string;
}

function setting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** Whether this build publishes the public site (see the comment at the top). */
export function releaseMode(env: Env = process.env): ReleaseMode {
  const explicit = setting(env, 'RELEASE')?.toLowerCase();
  if (explicit !== undefined) {
    if (['1', 'true', 'ja', 'yes'].includes(explicit)) return { release: true, reason: `RELEASE=${env['RELEASE']}` };
    if (['0', 'false', 'nein', 'no'].includes(explicit)) return { release: false, reason: `RELEASE=${env['RELEASE']}` };
    throw new Error(`RELEASE="${env['RELEASE']}" ist kein gültiger Wert — 1 (Bau für die öffentliche Website) oder 0 setzen`);
  }
  const branch = setting(env, 'CI_COMMIT_BRANCH');
  const defaultBranch = setting(env, 'CI_DEFAULT_BRANCH');
  if (branch && defaultBranch && branch === defaultBranch && setting(env, 'CI_PIPELINE_SOURCE') !== 'merge_request_event') {
    return { release: true, reason: `Standard-Branch ${branch} (GitLab)` };
  }
  return { release: false, reason: 'Vorschau oder lokaler Bau' };
}

/** Every note for the city in the given texts, with its line. */
export function findPlaceholders(files: readonly { file: string; text: string }[]): Placeholder[] {
  const found: Placeholder[] = [];
  for (const { file, text } of files) {
    text.split(/\r?\n/).forEach((line, index) => {
      let from = line.indexOf(PLACEHOLDER_MARK);
      while (from !== -1) {
        const end = line.indexOf(']', from);
        found.push({ file, line: index + 1, note: line.slice(from, end === -1 ? undefined : end + 1) });
        from = line.indexOf(PLACEHOLDER_MARK, from + PLACEHOLDER_MARK.length);
      }
    });
  }
  return found;
}

/** The published text files of a content folder (links and special files are skipped, as everywhere). */
export function readPublishedTexts(root: string): { file: string; text: string }[] {
  return FOLDERS.flatMap((folder) =>
    listFiles(join(root, folder)).flatMap((name) => {
      const read = readRegularFile(join(root, folder, name));
      return 'text' in read ? [{ file: relative(root, join(root, folder, name)), text: read.text }] : [];
    }),
  );
}

export type ReleaseCheck =
  | { outcome: 'ok' }
  | { outcome: 'warn' | 'fail'; message: string; placeholders: Placeholder[] };

/** The verdict for a build: ok, a warning (preview, local) or a stop (public site). */
export function releaseCheck(root: string, env: Env = process.env): ReleaseCheck {
  const placeholders = findPlaceholders(readPublishedTexts(root));
  if (placeholders.length === 0) return { outcome: 'ok' };
  const mode = releaseMode(env);
  const list = placeholders.map((p) => `  content/${p.file}, Zeile ${p.line}: ${p.note}`).join('\n');
  const count = placeholders.length === 1 ? 'eine Stelle' : `${placeholders.length} Stellen`;
  if (mode.release) {
    return {
      outcome: 'fail',
      placeholders,
      message:
        `Die öffentliche Website wird nicht gebaut (${mode.reason}): ${count} „${PLACEHOLDER_MARK} …]“ noch offen.\n${list}\n` +
        'Bitte die Angaben eintragen (bzw. den Hinweis streichen) und erneut veröffentlichen.',
    };
  }
  return {
    outcome: 'warn',
    placeholders,
    message: `${count} „${PLACEHOLDER_MARK} …]“ noch offen (${mode.reason}: nur ein Hinweis; ein Bau für die öffentliche Website würde hier abbrechen):\n${list}`,
  };
}
