// What the content reader refuses before it reads a byte (security finding
// 17/5 and the size part of 17/8). Content is semi-trusted: a merge request
// from outside is checked and previewed. So only regular files below
// content/ are read, and only up to a size no real page comes near:
// - a symbolic link is never followed: one pointing outside the repository
//   would publish that file (or print its keys into the CI log), a broken one
//   crashed the check, one to /dev/zero made the build read gigabytes;
// - devices, pipes and sockets are refused (a pipe would block the build);
// - a file is opened without following links and checked again on the open
//   handle, so swapping a file for a link between listing and reading fails too.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeContent } from './encoding.ts';

/** Largest content file read: about 40 pages of text. The longest real page is under 10 KB. */
export const MAX_CONTENT_FILE_BYTES = 256 * 1024;

export interface FileSafetyProblem {
  /** Path relative to the working directory, for messages. */
  file: string;
  message: string;
}

const SYMLINK_MESSAGE =
  'Verknüpfung (Symlink) statt Datei — nicht erlaubt und nicht gelesen: Inhalte müssen echte Dateien in content/ sein. Verknüpfung löschen und die Datei selbst hierher kopieren';
const SPECIAL_MESSAGE = 'Keine normale Datei (Gerät, Pipe oder Socket) — nicht gelesen: diesen Eintrag löschen, Inhalte sind Textdateien';

function tooBigMessage(bytes: number): string {
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  return `Datei ist zu groß (${kb(bytes)}, höchstens ${kb(MAX_CONTENT_FILE_BYTES)}) — Text kürzen oder auf mehrere Seiten verteilen`;
}

/** Why an entry that is not a plain directory or file is refused, or undefined. */
function refusal(stats: Stats): string | undefined {
  if (stats.isSymbolicLink()) return SYMLINK_MESSAGE;
  if (!stats.isFile() && !stats.isDirectory()) return SPECIAL_MESSAGE;
  return undefined;
}

/** Every symbolic link and special file anywhere below `root`: reported, never followed. */
export function contentTreeProblems(root: string, cwd = process.cwd()): FileSafetyProblem[] {
  const problems: FileSafetyProblem[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stats = lstatSync(path);
      const file = relative(cwd, path) || path;
      const refused = refusal(stats);
      if (refused) problems.push({ file, message: refused });
      else if (stats.isDirectory()) visit(path);
    }
  };
  let rootStats: Stats | undefined;
  try {
    rootStats = lstatSync(root);
  } catch {
    return problems;
  }
  // The content folder itself may be a link (CONTENT_DIR of a benchmark); what is inside may not.
  if (rootStats.isDirectory() || rootStats.isSymbolicLink()) visit(root);
  return problems;
}

/** True when `dir` is a real directory (a link to one is not). */
export function isRealDirectory(dir: string): boolean {
  try {
    return lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Names of the regular files in `dir`, links and special files left out (contentTreeProblems reports them). */
export function regularFileNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

/** The file's text, or why it is not read (`line`: where in the file, when it is known). */
export type SafeRead = { text: string } | { problem: string; line?: number };

/**
 * Reads a content file as UTF-8 (strictly: encoding.ts) if it is a regular file within the size limit:
 * opened without following a link and without blocking on a pipe, checked on
 * the open handle, and never read beyond the limit.
 */
export function readRegularFile(path: string): SafeRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return { problem: SYMLINK_MESSAGE };
    return { problem: `Datei lässt sich nicht öffnen (${code ?? 'unbekannter Fehler'}) — Datei neu anlegen oder Rechte prüfen` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { problem: SPECIAL_MESSAGE };
    if (stats.size > MAX_CONTENT_FILE_BYTES) return { problem: tooBigMessage(stats.size) };
    // One byte more than allowed tells a file that grew since fstat from one that fits.
    const buffer = Buffer.alloc(MAX_CONTENT_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > MAX_CONTENT_FILE_BYTES) return { problem: tooBigMessage(length) };
    }
    return decodeContent(buffer.subarray(0, length));
  } finally {
    closeSync(fd);
  }
}
