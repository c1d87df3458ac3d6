// npm run dependency-review: `npm audit --omit=dev` judged by the policy in
// src/lib/ci/dependency-review.ts. Exit 0 = clean, 1 = fix before publishing, 3 = warning only.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ACCEPTED_FILE, acceptedProblems, reviewAudit, type AcceptedAdvisory } from '../src/lib/ci/dependency-review.ts';
import { now } from '../src/lib/dates/now.ts';
import { localDay } from '../src/lib/dates/zone.ts';

const audit = spawnSync('npm', ['audit', '--omit=dev', '--package-lock-only', '--json'], { encoding: 'utf8' });
let report: unknown;
try {
  report = JSON.parse(audit.stdout);
} catch {
  report = undefined;
}

const acceptedRaw = existsSync(ACCEPTED_FILE) ? ((parse(readFileSync(ACCEPTED_FILE, 'utf8')) ?? {}) as { accepted?: unknown }).accepted ?? [] : [];
const problems = acceptedProblems(acceptedRaw);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}

const result = reviewAudit(report, acceptedRaw as AcceptedAdvisory[], localDay(now()), `${audit.stderr ?? ''}${audit.error?.message ?? ''}`);
for (const line of result.lines) console.log(line);
// On GitHub the job has no "warning" colour: an annotation shows on the run's summary instead.
if (process.env['GITHUB_ACTIONS'] && result.outcome !== 'ok') {
  console.log(`::${result.outcome === 'fail' ? 'error' : 'warning'} title=Abhängigkeiten::${result.lines.at(-1) ?? ''}`);
}
process.exit(result.exitCode);
