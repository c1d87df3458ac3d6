// Files the build would skip without a word: a collection folder is read one
// level deep, so "content/offers/alt/x.md" is never published. Each such file
// is named, with where it belongs.
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SEPARATOR } from './messages.ts';

export interface NestedFileProblem {
  file: string;
  line: number;
  field: string;
  message: string;
  severity: 'error';
}

function filesBelow(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stats = lstatSync(path);
    if (stats.isDirectory()) files.push(...filesBelow(path));
    else if (stats.isFile()) files.push(path);
  }
  return files;
}

/** Every file in a subfolder of a collection folder (links and special files are reported by file-safety.ts). */
export function nestedFileProblems(root: string, collectionDirs: readonly string[], cwd = process.cwd()): NestedFileProblem[] {
  const problems: NestedFileProblem[] = [];
  for (const dir of collectionDirs) {
    const folder = join(root, dir);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const sub = join(folder, name);
      if (!lstatSync(sub).isDirectory()) continue;
      for (const file of filesBelow(sub)) {
        if (file.split('/').pop()?.startsWith('.')) continue;
        problems.push({
          file: relative(cwd, file) || file,
          line: 1,
          field: '',
          message: `Datei in einem Unterordner von content/${dir}/ wird nicht veröffentlicht und nicht geprüft${SEPARATOR}direkt nach content/${dir}/ verschieben; ein altes Angebot bleibt dort mit „status: beendet“, Entwürfe mit „draft: true“, und was weg soll, wird gelöscht`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}
