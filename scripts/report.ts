// npm run report: content health report for the editors (errors: npm run check).
import { checkSite } from '../src/lib/content/check.ts';
import { errorsOnly } from '../src/lib/content/messages.ts';
import { buildReport, formatReport } from '../src/lib/editor/report.ts';
import { now } from '../src/lib/dates/now.ts';
import { localDay } from '../src/lib/dates/zone.ts';
import { contentRoot } from '../src/lib/content/paths.ts';

const at = now();
const today = localDay(at);
const { problems, entries } = await checkSite(contentRoot(), { now: at });
console.log(formatReport(buildReport(entries, today), entries.length, today));
const errors = errorsOnly(problems).length;
if (errors > 0) console.log(`Außerdem ${errors} Fehler: Details mit „npm run check“.`);
