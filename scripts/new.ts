// npm run new -- offer|partner|event|location|page "Titel"
// npm run new -- --sprache=en <Ordner> <Kennung>   (Übersetzung, z. B. --sprache=en offers netz-cafe)
import { checkSite } from '../src/lib/content/check.ts';
import { contentRoot } from '../src/lib/content/paths.ts';
import { germanSource } from '../src/lib/content/translations.ts';
import { translationFileOf } from '../src/lib/editor/translation-report.ts';
import { KINDS, scaffold, scaffoldTranslation, type Kind } from '../src/lib/editor/scaffold.ts';
import { COLLECTIONS, type CollectionName } from '../src/schemas/index.ts';

const args = process.argv.slice(2);
const language = args.find((arg) => arg.startsWith('--sprache='))?.slice('--sprache='.length);

async function newTranslation(lang: string, [folder, id]: string[]): Promise<string> {
  const collection = (Object.keys(COLLECTIONS) as CollectionName[]).find((c) => COLLECTIONS[c].dir === folder || KINDS[folder as Kind] === c);
  if (!collection || !id) throw new Error(`Aufruf: npm run new -- --sprache=${lang} <Ordner> <Kennung>, z. B. --sprache=${lang} offers netz-cafe\nOrdner: ${Object.values(COLLECTIONS).map((c) => c.dir).join(', ')}`);
  const content = await checkSite(contentRoot());
  const languages = content.site?.config.languages ?? [];
  if (!languages.slice(1).includes(lang as never)) throw new Error(`Die Website bietet „${lang}“ nicht an (content/site.yaml, „languages“: ${languages.join(', ')})`);
  const entry = content.entries.find((e) => e.collection === collection && e.id === id);
  if (!entry?.data) throw new Error(`content/${COLLECTIONS[collection].dir}/${id} gibt es nicht oder hat Fehler — „npm run check“`);
  return scaffoldTranslation(translationFileOf(entry, lang), {
    collection,
    germanFile: entry.file.file,
    german: entry.data,
    lang,
    source: germanSource(collection, entry.data, entry.file.body),
  });
}

try {
  if (language) {
    const path = await newTranslation(language, args.filter((arg) => !arg.startsWith('--')));
    console.log(`Neu angelegt: ${path}\nJetzt die Felder übersetzen (der deutsche Text steht jeweils darüber); „npm run check“ nennt, was noch fehlt.`);
  } else {
    const [kind, ...words] = args;
    const title = words.join(' ').trim();
    if (!kind || !(kind in KINDS) || !title) {
      console.error(`Aufruf: npm run new -- ${Object.keys(KINDS).join('|')} "Titel"\nBeispiel: npm run new -- offer "Café für Väter"\nÜbersetzung: npm run new -- --sprache=en offers netz-cafe`);
      process.exit(2);
    }
    const path = scaffold(contentRoot(), kind as Kind, title);
    console.log(`Neu angelegt: ${path}\nDer Eintrag ist ein Entwurf. Jetzt die leeren Felder ausfüllen (Erklärungen stehen in der Datei), „npm run check“ nennt, was noch fehlt; dann „draft: false“ setzen.`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
