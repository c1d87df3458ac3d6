// The dependency review of both pipelines: what `npm audit --omit=dev` reports about the packages
// the build uses, judged by one policy (docs/betrieb.md, "Abhängigkeiten prüfen"):
//   critical, high      → the pipeline fails (exit 1): nothing is published until fixed or accepted
//   moderate, low, info → a warning (exit 3: GitLab shows the job orange, GitHub an annotation)
//   no answer           → a warning that says the check did NOT happen (exit 3), never a silent pass
// An accepted risk is an entry in .ci/accepted-advisories.yaml with a reason and an end date;
// after that date the advisory counts again.

export type Severity = 'critical' | 'high' | 'moderate' | 'low' | 'info';
const SEVERITIES: readonly Severity[] = ['critical', 'high', 'moderate', 'low', 'info'];
const FAILING: readonly Severity[] = ['critical', 'high'];

export interface Advisory {
  id: string;
  package: string;
  severity: Severity;
  title: string;
  url: string;
  range: string;
}

export interface AcceptedAdvisory {
  advisory: string;
  package?: string;
  reason: string;
  until: string;
  by?: string;
}

export type Outcome = 'ok' | 'warn' | 'fail';
export interface Review {
  outcome: Outcome;
  exitCode: 0 | 1 | 3;
  lines: string[];
}

export const ACCEPTED_FILE = '.ci/accepted-advisories.yaml';

const EXIT: Record<Outcome, 0 | 1 | 3> = { ok: 0, fail: 1, warn: 3 };
const review = (outcome: Outcome, lines: string[]): Review => ({ outcome, exitCode: EXIT[outcome], lines });

interface AuditVia {
  source?: number;
  name?: string;
  title?: string;
  url?: string;
  severity?: string;
  range?: string;
}

/** The advisories in an `npm audit --json` report (auditReportVersion 2), or undefined if it is none. */
export function advisoriesOf(report: unknown): Advisory[] | undefined {
  if (typeof report !== 'object' || report === null) return undefined;
  const vulnerabilities = (report as { vulnerabilities?: unknown }).vulnerabilities;
  if (typeof vulnerabilities !== 'object' || vulnerabilities === null) return undefined;
  const found = new Map<string, Advisory>();
  for (const entry of Object.values(vulnerabilities as Record<string, { via?: (AuditVia | string)[] }>)) {
    for (const via of entry.via ?? []) {
      // A string names another vulnerable package that this one depends on: its own entry lists the advisory.
      if (typeof via === 'string') continue;
      const url = via.url ?? '';
      const id = /GHSA-[\w-]+/.exec(url)?.[0] ?? `npm-${via.source ?? '?'}`;
      const severity = (SEVERITIES as readonly string[]).includes(via.severity ?? '') ? (via.severity as Severity) : 'high';
      const pkg = via.name ?? '?';
      found.set(`${id} ${pkg}`, { id, package: pkg, severity, title: via.title ?? '', url, range: via.range ?? '' });
    }
  }
  return [...found.values()].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.id.localeCompare(b.id));
}

/** Problems in the accepted-risks file, each naming the entry and the field. */
export function acceptedProblems(entries: unknown): string[] {
  if (!Array.isArray(entries)) return [`${ACCEPTED_FILE}: „accepted“ muss eine Liste sein (leer: accepted: [])`];
  const problems: string[] = [];
  entries.forEach((entry: Partial<AcceptedAdvisory> | null, index) => {
    const where = `${ACCEPTED_FILE}, Eintrag ${index + 1}`;
    if (typeof entry !== 'object' || entry === null) return void problems.push(`${where}: muss advisory, reason und until enthalten`);
    if (typeof entry.advisory !== 'string' || !/^GHSA-[\w-]+$/.test(entry.advisory)) {
      problems.push(`${where}, advisory: die GHSA-Kennung aus dem Bericht, z. B. GHSA-xxxx-xxxx-xxxx`);
    }
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 10) {
      problems.push(`${where}, reason: in einem Satz begründen, warum das Risiko hier hinnehmbar ist`);
    }
    if (typeof entry.until !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(entry.until)) {
      problems.push(`${where}, until: Datum (JJJJ-MM-TT, in Anführungszeichen), bis zu dem die Ausnahme gilt — höchstens ein paar Monate`);
    }
  });
  return problems;
}

function describe(a: Advisory): string {
  return `${a.severity.toUpperCase()} ${a.package}${a.range ? ` (${a.range})` : ''}: ${a.title} — ${a.url || a.id}`;
}

/**
 * Judges an audit report. `report` is npm's parsed JSON output (or undefined when it printed
 * none), `npmMessage` what npm said when it failed, `today` the local date (YYYY-MM-DD).
 */
export function reviewAudit(report: unknown, accepted: AcceptedAdvisory[], today: string, npmMessage = ''): Review {
  const advisories = advisoriesOf(report);
  if (!advisories) {
    const said = (report as { message?: string } | undefined)?.message ?? npmMessage.trim().split('\n')[0] ?? '';
    return review('warn', [
      'Abhängigkeiten NICHT geprüft: Die Sicherheitsdatenbank der npm-Registry hat nicht geantwortet.',
      ...(said ? [`npm meldet: ${said}`] : []),
      'Bekannte Sicherheitslücken sind damit unbekannt, nicht ausgeschlossen. Die nächste Pipeline (spätestens der nächtliche Neubau) prüft erneut; bleibt es dabei, Netzwerkzugang des Runners zur Registry prüfen.',
    ]);
  }

  const lines: string[] = [];
  const open: Advisory[] = [];
  for (const advisory of advisories) {
    const acceptance = accepted.find((a) => a.advisory === advisory.id && (!a.package || a.package === advisory.package));
    if (acceptance && acceptance.until >= today) {
      lines.push(`Hingenommen bis ${acceptance.until}${acceptance.by ? ` (${acceptance.by})` : ''}: ${describe(advisory)} — ${acceptance.reason}`);
    } else {
      if (acceptance) lines.push(`Ausnahme für ${advisory.id} ist am ${acceptance.until} abgelaufen: neu bewerten, aktualisieren oder verlängern.`);
      open.push(advisory);
    }
  }
  for (const acceptance of accepted) {
    if (!advisories.some((a) => a.id === acceptance.advisory)) {
      lines.push(`${ACCEPTED_FILE}: ${acceptance.advisory} wird nicht mehr gemeldet — der Eintrag kann entfernt werden.`);
    }
  }

  const failing = open.filter((a) => FAILING.includes(a.severity));
  const warning = open.filter((a) => !FAILING.includes(a.severity));
  for (const a of failing) lines.push(`FEHLER ${describe(a)}`);
  for (const a of warning) lines.push(`Warnung ${describe(a)}`);
  if (failing.length > 0) {
    lines.push(
      `${failing.length} schwere Sicherheitslücke(n) in Paketen, die der Bau verwendet: nicht veröffentlichen, bis sie behoben sind (npm update / neue Version) oder mit Begründung und Frist in ${ACCEPTED_FILE} hingenommen werden.`,
    );
    return review('fail', lines);
  }
  if (warning.length > 0) {
    lines.push(`${warning.length} Sicherheitshinweis(e) mittlerer oder geringer Schwere: beim nächsten Update beheben.`);
    return review('warn', lines);
  }
  lines.push(`Abhängigkeiten geprüft: keine offene bekannte Sicherheitslücke (${advisories.length} hingenommen).`);
  return review('ok', lines);
}
