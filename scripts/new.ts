// npm run new -- offer|partner|event|location|page "Titel"
import { contentRoot } from '../src/lib/content/paths.ts';
import { KINDS, scaffold, type Kind } from '../src/lib/editor/scaffold.ts';

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!kind || !(kind in KINDS) || !title) {
  console.error(`Aufruf: npm run new -- ${Object.keys(KINDS).join('|')} "Titel"\nBeispiel: npm run new -- offer "Café für Väter"`);
  process.exit(2);
}
try {
  const path = scaffold(contentRoot(), kind as Kind, title);
  console.log(`Neu angelegt: ${path}\nDer Eintrag ist ein Entwurf. Jetzt die leeren Felder ausfüllen (Erklärungen stehen in der Datei), „npm run check“ nennt, was noch fehlt; dann „draft: false“ setzen.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
