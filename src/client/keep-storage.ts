// The saved list in this browser's localStorage. Reading stores nothing; the first write happens
// on the visitor's click, and an emptied list removes the key again.
import { STORAGE_KEY, readStored, writeStored } from '../lib/keep/list.ts';

/** The stored list, or undefined where the browser refuses storage (then nothing can be kept). */
export function readList(): string[] | undefined {
  try {
    return readStored(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return undefined;
  }
}

/** Stores the list (removes it when empty); false where the browser refuses. */
export function writeList(keys: readonly string[]): boolean {
  try {
    if (keys.length) window.localStorage.setItem(STORAGE_KEY, writeStored(keys));
    else window.localStorage.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Calls `changed` when another tab of this site changes the list. */
export function onListChange(changed: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === STORAGE_KEY) changed();
  });
}
