// npm run format: brings content files into the form the CMS writes (field order, left-out empty
// fields, YAML style), so that the next edit in the CMS shows in a merge request as just the lines
// that changed. `npm run format -- --check` only lists the files that are not in that form.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile } from '../src/lib/content/file-safety.ts';
import { listFiles } from '../src/lib/content/files.ts';
import { checkSiteFile } from '../src/lib/content/check.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { SITE_FILE } from '../src/schemas/index.ts';
import { backendFromEnv, cmsConfig } from '../src/lib/editor/cms-config.ts';
import { formatContentFile, formatRepositoryFile, hasYamlComments, type FormatCollection } from '../src/lib/editor/cms-format.ts';

const checkOnly = process.argv.includes('--check');
const root = contentRoot();
// Folder collections (entries), and file collections (the site's settings, content/site.yaml).
type ConfigCollection = FormatCollection | { files: { file: string; fields: FormatCollection['fields'] }[] };
// With the site's languages, so translation files are formatted as the CMS writes them too.
const languages = checkSiteFile(root).site?.config.languages ?? [];
const all = (cmsConfig({ backend: backendFromEnv({}), siteUrl: 'https://example.org', languages }) as { collections: ConfigCollection[] }).collections;
const collections = all.filter((c): c is FormatCollection => 'folder' in c);
const changed: string[] = [];
const unreadable: string[] = [];
const commented: string[] = [];

function formatFile(file: string, markdown: boolean, format: (text: string) => string | undefined): void {
  const read = readRegularFile(file);
  if ('problem' in read) {
    unreadable.push(file);
    return;
  }
  const text = read.text;
  const formatted = format(text);
  if (formatted === undefined) unreadable.push(file);
  else if (formatted !== text && hasYamlComments(text, markdown)) commented.push(file);
  else if (formatted !== text) {
    changed.push(file);
    if (!checkOnly) writeFileSync(file, formatted);
  }
}

// The site's settings (content/site.yaml) are formatted like an entry; the list files (another
// file collection) keep their comments and are not rewritten.
for (const entry of all.flatMap((c) => ('files' in c ? c.files : []))) {
  if (entry.file !== `content/${SITE_FILE.file}`) continue;
  // config.yml names files below content/; CONTENT_DIR may put that folder elsewhere.
  const file = join(root, entry.file.replace(/^content\//, ''));
  if (existsSync(file)) formatFile(file, false, (text) => formatContentFile(text, entry.fields, false));
}
for (const collection of collections.filter((c) => c.folder)) {
  // config.yml names folders below content/; CONTENT_DIR may put that folder elsewhere.
  const dir = join(root, collection.folder.replace(/^content\//, ''));
  // Regular files only: a link is never followed, so never written through (npm run check reports it).
  const names = listFiles(dir).filter((name) => name.endsWith(`.${collection.extension}`));
  for (const name of names) {
    formatFile(join(dir, name), collection.extension === 'md', (text) => formatRepositoryFile(collections, `${collection.folder}/${name}`, text));
  }
}
for (const file of unreadable) console.error(`${file}: nicht lesbar (YAML-Fehler?) – erst „npm run check“`);
for (const file of commented) {
  console.error(`${file}: enthält Kommentare (#) und bleibt, wie sie ist – das Redaktionssystem (und diese Formatierung) entfernt Kommentare; erst auflösen, dann „npm run format“`);
}
if (changed.length === 0) console.log('Alle Inhaltsdateien sind in der Form, die das Redaktionssystem schreibt.');
else if (checkOnly) {
  console.log(`Nicht in der Form des Redaktionssystems (${changed.length}):\n${changed.map((f) => `  ${f}`).join('\n')}\n„npm run format“ bringt sie in diese Form.`);
  process.exitCode = 1;
} else console.log(`In die Form des Redaktionssystems gebracht (${changed.length}):\n${changed.map((f) => `  ${f}`).join('\n')}`);
if (unreadable.length > 0 || (checkOnly && commented.length > 0)) process.exitCode = 1;
