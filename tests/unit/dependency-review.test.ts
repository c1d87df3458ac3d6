// The dependency review: the policy on audit reports, and the script run for real against a
// stand-in for the registry's audit endpoint on loopback (the real one may not answer here).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptedProblems, advisoriesOf, reviewAudit } from '../../src/lib/ci/dependency-review.ts';

const via = (name: string, severity: string, ghsa: string) => ({
  source: 1,
  name,
  dependency: name,
  title: `Flaw in ${name}`,
  url: `https://github.com/advisories/${ghsa}`,
  severity,
  range: '<2.0.0',
});
const report = (...vias: ReturnType<typeof via>[]) => ({
  auditReportVersion: 2,
  vulnerabilities: Object.fromEntries([
    ...vias.map((v) => [v.name, { name: v.name, severity: v.severity, via: [v] }]),
    // A package that is only affected through a vulnerable dependency names it as a string.
    ['astro', { name: 'astro', severity: 'high', via: vias.map((v) => v.name) }],
  ]),
  metadata: {},
});
const TODAY = '2026-11-29';

describe('reviewAudit', () => {
  it('passes a clean report', () => {
    const result = reviewAudit({ auditReportVersion: 2, vulnerabilities: {}, metadata: {} }, [], TODAY);
    expect(result).toMatchObject({ outcome: 'ok', exitCode: 0 });
  });
  it('fails on high and critical, naming package, advisory and what to do', () => {
    const result = reviewAudit(report(via('yaml', 'high', 'GHSA-aaaa-bbbb-cccc')), [], TODAY);
    expect(result).toMatchObject({ outcome: 'fail', exitCode: 1 });
    expect(result.lines.join('\n')).toMatch(/FEHLER HIGH yaml \(<2\.0\.0\): Flaw in yaml — https:\/\/github\.com\/advisories\/GHSA-aaaa-bbbb-cccc/);
    expect(result.lines.at(-1)).toContain('.ci/accepted-advisories.yaml');
    expect(advisoriesOf(report(via('yaml', 'critical', 'GHSA-aaaa-bbbb-cccc')))).toHaveLength(1);
  });
  it('only warns on moderate and low', () => {
    expect(reviewAudit(report(via('sirv', 'moderate', 'GHSA-1111-2222-3333')), [], TODAY)).toMatchObject({ outcome: 'warn', exitCode: 3 });
  });
  it('accepts a recorded risk until its end date, then counts it again', () => {
    const accepted = [{ advisory: 'GHSA-aaaa-bbbb-cccc', reason: 'Betrifft nur den Entwicklungsserver.', until: '2026-12-31', by: 'IT' }];
    const high = report(via('yaml', 'high', 'GHSA-aaaa-bbbb-cccc'));
    const kept = reviewAudit(high, accepted, TODAY);
    expect(kept.outcome).toBe('ok');
    expect(kept.lines[0]).toMatch(/^Hingenommen bis 2026-12-31 \(IT\): HIGH yaml/);
    const expired = reviewAudit(high, accepted, '2027-01-01');
    expect(expired.outcome).toBe('fail');
    expect(expired.lines[0]).toContain('am 2026-12-31 abgelaufen');
    expect(reviewAudit(report(), accepted, TODAY).lines[0]).toContain('kann entfernt werden');
  });
  it('says clearly that nothing was checked when the registry does not answer', () => {
    for (const [answer, npm] of [[{ message: '405 Method Not Allowed - POST …/advisories/bulk' }, ''], [undefined, 'npm error network ETIMEDOUT\nmore']] as const) {
      const result = reviewAudit(answer, [], TODAY, npm);
      expect(result).toMatchObject({ outcome: 'warn', exitCode: 3 });
      expect(result.lines[0]).toContain('NICHT geprüft');
      expect(result.lines[1]).toMatch(/^npm meldet: (405|npm error network)/);
    }
  });
});

describe('acceptedProblems', () => {
  it('names entry and field of an incomplete acceptance', () => {
    expect(acceptedProblems([])).toEqual([]);
    expect(acceptedProblems('x')).toHaveLength(1);
    const problems = acceptedProblems([{ advisory: 'CVE-2026-1', reason: 'ok', until: 'bald' }]);
    expect(problems).toEqual([
      expect.stringMatching(/Eintrag 1, advisory: /),
      expect.stringMatching(/Eintrag 1, reason: /),
      expect.stringMatching(/Eintrag 1, until: /),
    ]);
  });
});

describe('npm run dependency-review against a stand-in registry', () => {
  const ROOT = process.cwd();
  const work = mkdtempSync(join(tmpdir(), 'familiennetz-audit-'));
  let answer: { status: number; body: unknown } = { status: 200, body: {} };
  let server: Server;
  let registry = '';

  beforeAll(async () => {
    for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(ROOT, file), join(work, file));
    mkdirSync(join(work, '.ci'));
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const isAudit = req.url?.startsWith('/-/npm/v1/security/advisories/bulk') === true;
        res.statusCode = isAudit ? answer.status : 404;
        res.setHeader('content-type', 'application/json');
        res.end(isAudit && answer.status === 200 ? JSON.stringify(answer.body) : isAudit ? '' : '{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(work, { recursive: true, force: true });
  });

  function run(accepted: string): Promise<{ code: number | null; out: string }> {
    writeFileSync(join(work, '.ci', 'accepted-advisories.yaml'), accepted);
    const script = join(ROOT, 'scripts', 'dependency-review.ts');
    const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', script], {
      cwd: work,
      env: { ...process.env, npm_config_registry: registry, GITHUB_ACTIONS: '' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
  }
  const yamlFlaw = { yaml: [{ id: 1, url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc', title: 'Test flaw', severity: 'high', vulnerable_versions: '<99.0.0' }] };

  it('fails the job on a high advisory in a package the build uses', async () => {
    answer = { status: 200, body: yamlFlaw };
    const { code, out } = await run('accepted: []\n');
    expect(code).toBe(1);
    expect(out).toMatch(/FEHLER HIGH yaml .*GHSA-aaaa-bbbb-cccc/);
  });
  it('passes it once the risk is recorded with a reason and an end date', async () => {
    const { code, out } = await run('accepted:\n  - advisory: GHSA-aaaa-bbbb-cccc\n    reason: Nur ein Test des Ablaufs.\n    until: "2999-12-31"\n');
    expect(code).toBe(0);
    expect(out).toContain('Hingenommen bis 2999-12-31');
  });
  it('refuses an acceptance without a reason, naming file and field', async () => {
    const { code, out } = await run('accepted:\n  - advisory: GHSA-aaaa-bbbb-cccc\n    until: "2999-12-31"\n');
    expect(code).toBe(1);
    expect(out).toContain('.ci/accepted-advisories.yaml, Eintrag 1, reason:');
  });
  it('warns, and says it checked nothing, when the audit endpoint refuses', async () => {
    answer = { status: 405, body: '' };
    const { code, out } = await run('accepted: []\n');
    expect(code).toBe(3);
    expect(out).toContain('Abhängigkeiten NICHT geprüft');
    expect(out).toContain('405');
  });
});
