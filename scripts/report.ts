// npm run report: content health report for the editors (errors: npm run check).
import { berlinDate, checkContent, errorsOnly } from '../src/lib/content/check.ts';
import { buildReport, formatReport } from '../src/lib/editor/report.ts';
import { buildNow } from '../src/lib/dates/now.ts';
import { contentRoot } from '../src/lib/content/paths.ts';

const now = buildNow();
const today = berlinDate(now);
const { problems, entries } = checkContent(contentRoot(), { now });
console.log(formatReport(buildReport(entries, today), entries.length, today));
const errors = errorsOnly(problems).length;
if (errors > 0) console.log(`Außerdem ${errors} Fehler: Details mit „npm run check“.`);
