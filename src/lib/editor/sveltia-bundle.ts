// Sveltia CMS as /admin/ serves it: the browser build from the pinned npm
// package, with every address on another host that the CMS would load by
// itself pointed at a copy on this site. Nothing here runs in the browser;
// the integration (src/integrations/cms-admin.ts) writes what this returns.
//
// What Sveltia loads from elsewhere in the IIFE build, and what happens to it:
// - three fonts from cdn.jsdelivr.net → the same fonts from the package's npm build (npm/assets/)
// - everything below https://unpkg.com/ (interface strings, the "is there a newer version" check,
//   libraries it imports on demand) → ./vendor/ on this site, filled from node_modules
// - chunks/ next to the script (React for preview templates) → copied beside it
// - a status API of github.com / gitlab.com every 5 minutes → the call is removed
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

export interface SveltiaPackage {
  /** Folder of the installed package (node_modules/@sveltia/cms). */
  dir: string;
  version: string;
  /** The package's dependencies with their ranges, as the bundle has them built in. */
  dependencies: Record<string, string>;
}

/** One file of /admin/ besides the generated ones: its path there and where it comes from. */
export interface AdminAsset {
  path: string;
  /** Absolute path of a file copied as it is. */
  source?: string;
  /** Or its text. */
  text?: string;
}

export interface PatchedSveltia {
  script: string;
  assets: AdminAsset[];
}

const require = createRequire(import.meta.url);

export function sveltiaPackage(): SveltiaPackage {
  // The package exports only its npm entry (npm/index.js); the package folder is two levels up.
  const dir = dirname(dirname(require.resolve('@sveltia/cms')));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as SveltiaPackage;
  return { dir, version: pkg.version, dependencies: pkg.dependencies };
}

export const SCRIPT = 'sveltia-cms.js';
const UNPKG = 'https://unpkg.com/';
const VENDOR = './vendor/';

/**
 * Libraries Sveltia imports from UNPKG when a feature needs them, served from node_modules instead
 * (the path is the one inside the npm package). Immutable: preview templates; exifr: reading a
 * photo's date on upload; turndown: copying rich text between languages. The others (maps, image
 * conversion, HEIC, code highlighting) belong to features this site does not configure; their
 * address now points at this site, where nothing answers, instead of at a CDN.
 */
export const VENDOR_MODULES: Record<string, string> = {
  immutable: 'dist/immutable.es.js',
  exifr: 'dist/lite.esm.mjs',
  turndown: 'lib/turndown.browser.es.js',
};

/** The version the bundle asks UNPKG for: the lower end of the package's range, as Sveltia computes it. */
function requestedVersion(range: string): string {
  return range.replace(/^\D/, '');
}

/**
 * Sveltia's stylesheet takes its fonts from the fontsource CDN. The same fonts ship in the
 * package's npm build as files named after the fontsource ones plus a content hash.
 */
const FONT_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/([a-z0-9-]+)\.woff2/g;

function fontAsset(pkg: SveltiaPackage, family: string, file: string): string {
  const assets = join(pkg.dir, 'npm', 'assets');
  const prefix = `${family}-${file}-`;
  const name = existsSync(assets) ? readdirSync(assets).find((n) => n.startsWith(prefix) && n.endsWith('.woff2')) : undefined;
  if (!name) {
    throw new Error(
      `Sveltia CMS ${pkg.version} lädt die Schrift „${family}“ vom CDN, aber das Paket bringt keine Datei ${prefix}….woff2 mit — src/lib/editor/sveltia-bundle.ts anpassen`,
    );
  }
  return name;
}

function patchFonts(script: string, pkg: SveltiaPackage, assets: AdminAsset[]): string {
  return script.replace(FONT_URL, (_url, family: string, file: string) => {
    const name = fontAsset(pkg, family, file);
    if (!assets.some((a) => a.path === `fonts/${name}`)) {
      assets.push({ path: `fonts/${name}`, source: join(pkg.dir, 'npm', 'assets', name) });
      const license = join(pkg.dir, 'npm', 'assets', `${family}.LICENSE.txt`);
      if (existsSync(license)) assets.push({ path: `fonts/${family}.LICENSE.txt`, source: license });
    }
    return `fonts/${name}`;
  });
}

/**
 * The backend objects carry `checkStatus` (a status page of github.com or gitlab.com, polled every
 * five minutes) under its own name, which minification keeps. Without it the status bar stays off,
 * as it does for a self-hosted GitLab. There is no option for this.
 */
const STATUS_CHECK = /\bcheckStatus:(?!void 0)[\w$]+/g;

function patchStatusCheck(script: string, version: string): string {
  if ((script.match(STATUS_CHECK) ?? []).length === 0) {
    throw new Error(
      `Sveltia CMS ${version}: die Statusabfrage (checkStatus) ist nicht mehr wie erwartet im Code — src/lib/editor/sveltia-bundle.ts anpassen`,
    );
  }
  return script.replace(STATUS_CHECK, 'checkStatus:void 0');
}

function vendorAssets(pkg: SveltiaPackage): AdminAsset[] {
  const assets: AdminAsset[] = [];
  // Interface strings for the editor's browser language.
  const locales = join(pkg.dir, 'locales');
  for (const name of readdirSync(locales).filter((n) => n.endsWith('.json'))) {
    assets.push({ path: `vendor/@sveltia/cms@${pkg.version}/locales/${name}`, source: join(locales, name) });
  }
  // The hourly "newer version?" check reads this file. The site's pinned version is the one it
  // should run, so the answer is always "no": an update is a change to package.json, reviewed in Git.
  assets.push({ path: 'vendor/@sveltia/cms/package.json', text: `${JSON.stringify({ name: '@sveltia/cms', version: pkg.version })}\n` });
  for (const [name, file] of Object.entries(VENDOR_MODULES)) {
    const range = pkg.dependencies[name];
    if (!range) throw new Error(`Sveltia CMS ${pkg.version} hängt nicht mehr von ${name} ab — VENDOR_MODULES in src/lib/editor/sveltia-bundle.ts anpassen`);
    assets.push({ path: `vendor/${name}@${requestedVersion(range)}/${file}`, source: require.resolve(`${name}/${file}`) });
  }
  const chunks = join(pkg.dir, 'dist', 'chunks');
  for (const name of readdirSync(chunks).filter((n) => n.endsWith('.js'))) {
    assets.push({ path: `chunks/${name}`, source: join(chunks, name) });
  }
  return assets;
}

/** The browser build with every self-started request to another host pointed at this site or removed. */
export function patchSveltia(script: string, pkg: SveltiaPackage): PatchedSveltia {
  const assets: AdminAsset[] = [];
  let patched = patchFonts(script, pkg, assets);
  if (!patched.includes(UNPKG)) {
    throw new Error(`Sveltia CMS ${pkg.version} nennt UNPKG nicht mehr — src/lib/editor/sveltia-bundle.ts prüfen`);
  }
  // Relative to the script (import()) and to /admin/ (fetch()), which is the same folder.
  patched = patched.replaceAll(UNPKG, VENDOR);
  patched = patchStatusCheck(patched, pkg.version);
  return { script: patched, assets: [...assets, ...vendorAssets(pkg)] };
}

export function sveltiaScript(pkg: SveltiaPackage = sveltiaPackage()): PatchedSveltia {
  return patchSveltia(readFileSync(join(pkg.dir, 'dist', SCRIPT), 'utf8'), pkg);
}

export const PREVIEW_SCRIPT = 'preview.js';
/** The one script /admin/index.html loads: it starts the others on the live origin only (src/client/cms-start.ts). */
export const START_SCRIPT = 'start.js';

/**
 * The preview needs two small helpers of a module that also imports the recurrence library; that
 * library does not declare that importing it has no side effects, so without this it would be
 * bundled whole (180 KB) although nothing of it runs.
 */
function sideEffectFree(packages: readonly string[]): Plugin {
  return {
    name: 'side-effect-free',
    setup(build) {
      const filter = new RegExp(`^(${packages.join('|')})$`);
      build.onResolve({ filter }, async (args) => {
        if (args.pluginData === 'side-effect-free') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'side-effect-free' });
        return { ...resolved, sideEffects: false };
      });
    },
  };
}

/**
 * The preview templates (src/client/cms-preview.ts) as one classic script for /admin/: it imports
 * the site's own wording (schemas, dates, texts), so it is bundled like the site's scripts are.
 */
export async function previewScript(): Promise<string> {
  return clientScript('cms-preview.ts', [sideEffectFree(['rrule-temporal'])]);
}

/** The origin check that starts the CMS (src/client/cms-start.ts), as one classic script. */
export async function startScript(): Promise<string> {
  return clientScript('cms-start.ts');
}

/** A script of src/client/ bundled into one minified classic script. */
async function clientScript(name: string, plugins: Plugin[] = []): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../../client/${name}`, import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins,
  });
  return new TextDecoder().decode(result.outputFiles[0]?.contents);
}
