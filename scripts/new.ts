// npm run new -- offer|partner|event|location|page "Titel"
import { now } from '../src/lib/dates/now.ts';
import { localDay } from '../src/lib/dates/zone.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { KINDS, scaffold, type Kind } from '../src/lib/editor/scaffold.ts';

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!kind || !(kind in KINDS) || !title) {
  console.error(`Aufruf: npm run new -- ${Object.keys(KINDS).join('|')} "Titel"\nBeispiel: npm run new -- offer "Café für Väter"`);
  process.exit(2);
}
try {
  const path = scaffold(contentRoot(), kind as Kind, title, localDay(now()));
  console.log(`Neu angelegt: ${path}\nJetzt die Felder ausfüllen (Erklärungen stehen in der Datei), dann „npm run check“.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
