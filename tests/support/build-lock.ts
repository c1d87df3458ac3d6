// Astro builds of this project share its caches (.astro/, node_modules/.astro/): two at the same
// time break each other ("Cannot find module .astro/.prerender/chunks/…"). Test files that build
// the site run in parallel, so each build takes this lock: a directory, which only one process can
// create. A lock left behind by a process that died is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCK = join(process.cwd(), 'node_modules', '.cache', 'familiennetz-build.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The process holding the lock; while it is still writing its pid, this one (so nothing is taken over). */
function lockOwner(): number {
  try {
    return Number(readFileSync(join(LOCK, 'pid'), 'utf8')) || process.pid;
  } catch {
    return process.pid;
  }
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK, { recursive: false });
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    return true;
  } catch {
    if (!alive(lockOwner())) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/** Runs `build` while no other test builds the site; waits for its turn. */
export async function exclusiveBuild<T>(build: () => T | Promise<T>): Promise<T> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  while (!tryLock()) await new Promise((resolve) => setTimeout(resolve, 250));
  try {
    return await build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The environment for a child build, without the import.meta.env values vitest puts into process.env (BASE_URL would override the base path). */
export function buildEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[key];
  return env;
}
