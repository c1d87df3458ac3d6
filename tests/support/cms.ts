// Watching the CMS under /admin/ in the browser: what it asks for and what it is refused.
import type { Locator, Page } from 'playwright-core';

export interface AdminWatch {
  /** Every URL requested on the site's own origin. */
  ownRequests: string[];
  report(): { foreign: string[]; refused: string[]; missing: string[]; errors: string[] };
}

export function watchAdmin(page: Page, origin: string): AdminWatch {
  const foreign: string[] = [];
  const refused: string[] = [];
  const missing: string[] = [];
  const errors: string[] = [];
  const ownRequests: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    if (url.origin === origin) ownRequests.push(request.url());
    else foreign.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  // A request the CSP refuses never leaves the browser; Chromium reports it on the console.
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { ownRequests, report: () => ({ foreign, refused, missing, errors }) };
}

/** Name of the folder in the Origin Private File System that stands in for the repository on disk. */
const REPO_DIR = 'repository';

/**
 * Makes "Work with Local Repository" open a folder of the Origin Private File System: Chromium's
 * directory picker needs a person, the CMS needs only a FileSystemDirectoryHandle, and OPFS gives
 * the same handle type backed by real files. Call before the page loads.
 */
export async function answerDirectoryPicker(page: Page): Promise<void> {
  await page.addInitScript((name) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      configurable: true,
      value: async () => (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true }),
    });
  }, REPO_DIR);
}

/**
 * Fills the OPFS folder with the given files (path → text) and an empty `.git` folder: Sveltia only
 * checks that `.git` exists to accept the folder as a repository root; it never reads it.
 */
export async function writeRepository(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    async ({ name, files }) => {
      const opfs = await navigator.storage.getDirectory();
      await opfs.removeEntry(name, { recursive: true }).catch(() => undefined);
      const root = await opfs.getDirectoryHandle(name, { create: true });
      await root.getDirectoryHandle('.git', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let dir = root;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { name: REPO_DIR, files },
  );
}

/** Every file in the OPFS folder (path → text), `.git` left out. */
export async function readRepository(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async (name) => {
    const files: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [entry, handle] of dir.entries()) {
        if (prefix === '' && entry === '.git') continue;
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${entry}/`);
        else files[`${prefix}${entry}`] = await (await (handle as FileSystemFileHandle).getFile()).text();
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(name), '');
    return files;
  }, REPO_DIR);
}

interface ConfigField {
  name: string;
  label?: string;
  options?: unknown[];
  fields?: readonly ConfigField[];
  types?: readonly { name: string; label?: string; fields: readonly ConfigField[] }[];
}
interface ConfigCollection {
  name: string;
  label: string;
  fields: readonly ConfigField[];
}

/** The fields along a dotted path ("schedule.rules.start"), through objects, lists and variants. */
function fieldPath(collection: ConfigCollection, path: string): ConfigField[] {
  const found: ConfigField[] = [];
  let fields: readonly ConfigField[] = collection.fields;
  for (const name of path.split('.')) {
    const field = fields.find((f) => f.name === name);
    if (!field) throw new Error(`${collection.name}: kein Feld ${path} in config.yml`);
    found.push(field);
    fields = [...(field.fields ?? []), ...(field.types ?? []).flatMap((t) => t.fields)];
  }
  return found;
}

/**
 * Drives Sveltia's editor the way a person does, finding fields by their German label as
 * config.yml has it (so the labels can change without breaking this). Where a list holds several
 * items, the last one is meant: that is where a newly added item appears.
 */
export function editor(page: Page, collections: readonly ConfigCollection[]) {
  const collection = (name: string): ConfigCollection => {
    const found = collections.find((c) => c.name === name);
    if (!found) throw new Error(`keine Sammlung ${name}`);
    return found;
  };
  const field = (name: string, path: string): Locator => {
    let scope: Page | Locator = page;
    for (const f of fieldPath(collection(name), path)) {
      // The group's aria-label, matched as an attribute: computing accessible names of every
      // element of the large editor (getByRole) made each step take seconds.
      const label = `Feld „\u2068${f.label ?? f.name}\u2069“`.replaceAll('"', '\\"');
      scope = scope.locator(`[role="group"][aria-label="${label}"]`).last();
    }
    return scope as Locator;
  };
  const showCollection = async (name: string) => {
    await page.getByRole('treeitem', { name: collection(name).label, exact: true }).click();
    await page.waitForURL(new RegExp(`#/collections/${name}$`));
    await page.getByRole('status').filter({ hasText: `„\u2068${collection(name).label}\u2069“ wird angezeigt` }).waitFor();
  };
  return {
    field,
    /** Types into a text field and makes sure the CMS kept it (a form still starting up can drop it). */
    async fill(name: string, path: string, value: string) {
      const box = field(name, path).getByRole('textbox').first();
      for (let attempt = 0; attempt < 5; attempt++) {
        if (attempt === 0) await box.fill(value);
        else {
          // Typed key by key, as a person would, where the quick way was not taken.
          await box.click();
          await box.press('ControlOrMeta+a');
          await box.pressSequentially(value);
        }
        await page.waitForTimeout(150);
        if ((await box.inputValue()) === value) return;
      }
      const groups = await page.getByRole('group', { name: /Feld/ }).count();
      throw new Error(`${name}.${path}: das CMS behält den Wert „${value}“ nicht (${page.url()}, ${groups} Felder, Wert „${await box.inputValue()}“, ${await box.evaluate((e) => e.outerHTML.slice(0, 300))})`);
    },
    options: (name: string, path: string): string[] => (fieldPath(collection(name), path).at(-1)?.options ?? []).map(String),
    async open(name: string, title: string) {
      await showCollection(name);
      await page.getByRole('gridcell', { name: title, exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'wird bearbeitet' }).waitFor();
    },
    async create(name: string) {
      await showCollection(name);
      await page.getByRole('button', { name: 'Neuen Eintrag anlegen' }).click();
      await page.waitForURL(new RegExp(`#/collections/${name}/new$`));
      // The form is ready when the CMS announces the new entry; typing earlier can be lost.
      await page.getByRole('status').filter({ hasText: 'neuer Eintrag' }).waitFor();
    },
    /** Picks an option of a select or relation field from its drop-down, and makes sure it shows as chosen. */
    async choose(name: string, path: string, option: string) {
      const box = field(name, path);
      for (let attempt = 0; attempt < 3; attempt++) {
        await box.getByRole('combobox').click();
        await page.getByRole('option', { name: option, exact: true }).click();
        const chosen = box.getByRole('gridcell', { name: option, exact: true }).or(box.getByRole('combobox', { name: option }));
        if (await chosen.first().isVisible()) return;
        await page.waitForTimeout(200);
        if (await chosen.first().isVisible()) return;
      }
      throw new Error(`${name}.${path}: „${option}“ lässt sich nicht auswählen`);
    },
    /**
     * Ticks a checkbox or radio button inside a field and makes sure the CMS kept it: a sub-form
     * that has just appeared (an optional object switched on) can redraw and drop the first click,
     * and the entry then fails to save with "Dieses Feld ist erforderlich" (seen once in CI).
     */
    async tick(name: string, path: string, role: 'checkbox' | 'radio', label?: string) {
      const target = () => {
        const box = field(name, path).getByRole(role, label === undefined ? {} : { name: label, exact: true });
        return box.first();
      };
      for (let attempt = 0; attempt < 5; attempt++) {
        await target().check();
        // Kept means still ticked twice in a row, after the sub-form had time to redraw.
        await page.waitForTimeout(250);
        if (!(await target().isChecked())) continue;
        await page.waitForTimeout(250);
        if (await target().isChecked()) return;
      }
      throw new Error(`${name}.${path}: das CMS behält die Auswahl „${label ?? role}“ nicht (${page.url()})`);
    },
    /** Adds a list item or object of the given variant ("wöchentlich", "kostenlos"). */
    async addVariant(name: string, path: string, type: string) {
      const last = fieldPath(collection(name), path).at(-1);
      const label = last?.types?.find((t) => t.name === type)?.label ?? type;
      await field(name, path).getByRole('button', { name: /hinzufügen$/ }).last().click();
      await page.getByRole('menuitem', { name: label, exact: true }).click();
    },
    /** Saves; when the CMS refuses, fails with the fields it marks and its messages. */
    async save() {
      await page.getByRole('button', { name: 'Speichern' }).click();
      const saved = page.getByText('Eintrag gespeichert.');
      const invalid = page.locator('[aria-invalid="true"]');
      await saved.or(invalid).first().waitFor({ timeout: 30_000 }).catch(() => undefined);
      if (!(await saved.isVisible())) {
        const fields = await page.evaluate(() =>
          [...document.querySelectorAll('[aria-invalid="true"]')].map((input) => {
            const group = input.closest('[role="group"][aria-label^="Feld"]');
            return `${group?.getAttribute('aria-label') ?? input.outerHTML.slice(0, 120)}: ${(input as HTMLInputElement).value ?? ''}`;
          }),
        );
        const said = await page.locator('[role=alert], [role=status]').allInnerTexts();
        throw new Error(`Das CMS speichert nicht (${page.url()}):\n${[...new Set(fields)].join('\n')}\n${said.join(' | ')}`);
      }
      await page.getByRole('button', { name: 'Neuen Eintrag anlegen' }).waitFor();
    },
  };
}
