// npm run check: validates all content without building the site.
import { checkSite } from '../src/lib/content/check.ts';
import { errorsOnly, formatProblem } from '../src/lib/content/messages.ts';
import { contentRoot } from '../src/lib/content/paths.ts';

const { problems, entries } = await checkSite(contentRoot());
for (const problem of problems) console.log(formatProblem(problem));
const errors = errorsOnly(problems).length;
const warnings = problems.length - errors;
if (errors > 0) {
  console.error(`\n${errors} Fehler, ${warnings} Warnungen in ${entries.length} Einträgen. Hilfe: content/README.md`);
  process.exit(1);
}
console.log(`Inhalt in Ordnung: ${entries.length} Einträge geprüft, ${warnings} Warnungen.`);
