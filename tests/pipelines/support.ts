// Shared by the pipeline runs: a copy of this working tree as a repository of its own, and the
// environment of a fresh runner (this machine's Node 20 and npm, no npm-script variables).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = process.cwd();

/** Copies tracked and new files (nothing ignored) to `dest` and commits them on branch main. */
export function copyWorkingTree(dest: string, remote: string): void {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(join(ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dest, file));
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: dest, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'Stand zum Testen');
  git('remote', 'add', 'origin', remote);
}

/** A runner's environment: PATH without any node_modules/.bin, and nothing npm put there for a script. */
export function runnerEnv(home: string): NodeJS.ProcessEnv {
  const path = (process.env['PATH'] ?? '')
    .split(':')
    .filter((dir) => !dir.includes('node_modules'))
    .join(':');
  const env: NodeJS.ProcessEnv = { PATH: path, HOME: home, LANG: 'C.UTF-8', TMPDIR: tmpdir() };
  if (process.env['CI']) env['CI'] = process.env['CI'];
  return env;
}
