// Release check (issue 11): a build for the public site stops while a page
// still holds a note the city has to fill in; previews and local builds warn.
// Content comes from fixtures, so the test does not depend on whether the
// real legal pages are filled in yet.
import { resolve } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { releaseGuard } from '../../src/integrations/release-check.ts';
import { findPlaceholders, releaseCheck, releaseMode } from '../../src/lib/release/placeholders.ts';

const OPEN = resolve(import.meta.dirname, '../fixtures/release/offen');
const DONE = resolve(import.meta.dirname, '../fixtures/release/fertig');
const GITLAB_MAIN = { CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'push' };

describe('which build publishes the public site', () => {
  it('GitLab: the default branch is a release, another branch or a merge request is not', () => {
    expect(releaseMode(GITLAB_MAIN).release).toBe(true);
    expect(releaseMode({ ...GITLAB_MAIN, CI_PIPELINE_SOURCE: 'schedule' }).release).toBe(true);
    expect(releaseMode({ ...GITLAB_MAIN, CI_COMMIT_BRANCH: 'cms/offers/netz-cafe' }).release).toBe(false);
    expect(releaseMode({ CI_DEFAULT_BRANCH: 'main', CI_PIPELINE_SOURCE: 'merge_request_event' }).release).toBe(false);
  });

  it('RELEASE decides when set; set but empty counts as unset; a typo stops the build', () => {
    expect(releaseMode({ RELEASE: '1' }).release).toBe(true);
    expect(releaseMode({ RELEASE: 'ja' }).release).toBe(true);
    expect(releaseMode({ ...GITLAB_MAIN, RELEASE: '0' }).release).toBe(false);
    expect(releaseMode({ RELEASE: '' }).release).toBe(false);
    expect(releaseMode({ ...GITLAB_MAIN, RELEASE: ' ' }).release).toBe(true);
    expect(() => releaseMode({ RELEASE: 'vielleicht' })).toThrow(/RELEASE="vielleicht".*1.*0/);
  });

  it('a local build is no release', () => {
    expect(releaseMode({}).release).toBe(false);
  });
});

describe('notes for the city in the pages', () => {
  it('finds every note with its line, also two on one line', () => {
    const found = findPlaceholders([{ file: 'pages/a.md', text: 'x\n[Von der Stadt zu ergänzen: A] und [Von der Stadt zu ergänzen: B]\nfertig' }]);
    expect(found).toEqual([
      { file: 'pages/a.md', line: 2, note: '[Von der Stadt zu ergänzen: A]' },
      { file: 'pages/a.md', line: 2, note: '[Von der Stadt zu ergänzen: B]' },
    ]);
  });

  it('public build with notes: fails and names file, line and note', () => {
    const verdict = releaseCheck(OPEN, { RELEASE: '1' });
    expect(verdict.outcome).toBe('fail');
    if (verdict.outcome === 'ok') return;
    expect(verdict.placeholders.map((p) => p.line)).toEqual([7, 10, 10]);
    expect(verdict.message).toContain('content/pages/impressum.md, Zeile 7: [Von der Stadt zu ergänzen: Name der Bürgermeisterin]');
    expect(verdict.message).toMatch(/3 Stellen/);
  });

  it('preview or local build with notes: only a warning', () => {
    expect(releaseCheck(OPEN, { ...GITLAB_MAIN, CI_COMMIT_BRANCH: 'cms/pages/impressum' }).outcome).toBe('warn');
    expect(releaseCheck(OPEN, {}).outcome).toBe('warn');
  });

  it('pages filled in: the public build goes ahead', () => {
    expect(releaseCheck(DONE, GITLAB_MAIN).outcome).toBe('ok');
  });
});

describe('the Astro integration', () => {
  const logger = () => ({ warn: vi.fn(), info: vi.fn(), error: vi.fn() }) as unknown as AstroIntegrationLogger & { warn: ReturnType<typeof vi.fn> };
  const start = (env: Record<string, string>, log: AstroIntegrationLogger) =>
    (releaseGuard(env).hooks['astro:build:start'] as (options: { logger: AstroIntegrationLogger }) => void)({ logger: log });

  it('stops the build for the public site', () => {
    expect(() => start({ CONTENT_DIR: OPEN, ...GITLAB_MAIN }, logger())).toThrow(/nicht gebaut.*Standard-Branch main/s);
  });

  it('warns in a preview and goes ahead', () => {
    const log = logger();
    start({ CONTENT_DIR: OPEN }, log);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('impressum.md, Zeile 10'));
  });

  it('says nothing when all is filled in', () => {
    const log = logger();
    start({ CONTENT_DIR: DONE, RELEASE: '1' }, log);
    expect(log.warn).not.toHaveBeenCalled();
  });
});
