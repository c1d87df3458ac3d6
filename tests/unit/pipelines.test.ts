import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(resolve(ROOT, path), 'utf8');

describe('GitLab pipeline', () => {
  const text = read('.gitlab-ci.yml');
  const ci = parse(text) as Record<string, { script?: string[]; stage?: string; rules?: { if: string }[]; pages?: Record<string, string> }>;
  const script = (job: string) => (ci[job]?.script ?? []).join('\n');

  it('installs Debian Chromium, checks, builds and tests', () => {
    expect(script('check')).toContain('npm run check');
    expect(script('build')).toContain('npm run build');
    expect(script('test')).toContain('apt-get install -y --no-install-recommends chromium');
    expect(script('test')).toContain('npm test');
  });
  it('publishes dist/ to Pages from the default branch, previews merge requests, and can rsync to a web server', () => {
    expect(ci['pages']?.pages).toMatchObject({ publish: 'dist' });
    expect(ci['pages']?.rules?.[0]?.if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    expect(ci['preview']?.pages).toMatchObject({ path_prefix: 'mr-$CI_MERGE_REQUEST_IID' });
    expect(script('webserver')).toContain('rsync');
  });
  it('takes the address from configuration, not code', () => {
    expect(text).not.toMatch(/SITE_URL:\s*https?:/);
    expect(text).toContain('SITE_URL="${SITE_URL:-$CI_PAGES_URL}"');
  });
});

describe('GitHub workflow', () => {
  const wf = parse(read('.github/workflows/site.yml')) as {
    on: { schedule: { cron: string }[]; pull_request: unknown };
    jobs: Record<string, { container?: string; steps?: { run?: string; uses?: string }[] }>;
  };
  const runs = (wf.jobs['build']?.steps ?? []).map((s) => s.run ?? s.uses ?? '').join('\n');

  it('rebuilds nightly and on pull requests', () => {
    expect(wf.on.schedule[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(wf.on).toHaveProperty('pull_request');
  });
  it('checks, builds and tests with Debian Chromium, then deploys Pages', () => {
    expect(wf.jobs['build']?.container).toMatch(/bookworm/);
    for (const step of ['apt-get install -y --no-install-recommends chromium', 'npm run check', 'npm run build', 'npm test', 'actions/upload-pages-artifact', 'rsync']) {
      expect(runs).toContain(step);
    }
    expect(wf.jobs['pages']?.steps?.[0]?.uses).toMatch(/^actions\/deploy-pages@/);
  });
});
