import { describe, expect, it } from 'vitest';
import { formatAddress, normalizeBasePath, siteAddress } from '../../src/lib/ci/site-address.ts';

const gitlab = { GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'push' };
const gitlabMr = { GITLAB_CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '12' };
const github = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'Stadt-Werne/familiennetz', GITHUB_REF: 'refs/heads/main' };
const githubPr = { ...github, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/34/merge' };

describe('live address', () => {
  it('a GitLab without Pages and without settings leaves the site default alone, also when the variables expand to ""', () => {
    expect(siteAddress(gitlab)).toEqual({});
    expect(siteAddress({ ...gitlab, SITE_URL: '', BASE_PATH: ' ', CI_PAGES_URL: '' })).toEqual({});
    expect(formatAddress(siteAddress({ ...gitlab, SITE_URL: '' }), 'export')).toBe('');
  });
  it('takes SITE_URL and BASE_PATH from the settings, in any spelling', () => {
    expect(siteAddress({ ...gitlab, SITE_URL: 'https://familiennetz.example.org/', BASE_PATH: 'familie' })).toEqual({
      siteUrl: 'https://familiennetz.example.org',
      basePath: '/familie/',
    });
    expect(siteAddress({ ...gitlab, SITE_URL: 'https://www.example.org/familiennetz' })).toEqual({
      siteUrl: 'https://www.example.org',
      basePath: '/familiennetz/',
    });
  });
  it('falls back to the GitLab Pages address with its path', () => {
    expect(siteAddress({ ...gitlab, CI_PAGES_URL: 'https://stadt-werne.gitlab.io/familiennetz' })).toEqual({
      siteUrl: 'https://stadt-werne.gitlab.io',
      basePath: '/familiennetz/',
    });
  });
  it('falls back to GitHub Pages: owner.github.io/repo/, or the root for an owner.github.io repository', () => {
    expect(siteAddress(github)).toEqual({ siteUrl: 'https://stadt-werne.github.io', basePath: '/familiennetz/' });
    expect(siteAddress({ ...github, GITHUB_REPOSITORY: 'Stadt-Werne/stadt-werne.github.io' }).basePath).toBe('/');
    // USE_PAGES=false: the city publishes only on its own server, so no Pages address either.
    expect(siteAddress({ ...github, USE_PAGES: 'false' })).toEqual({});
    expect(siteAddress({ ...github, SITE_URL: 'https://familiennetz.example.org' })).toEqual({
      siteUrl: 'https://familiennetz.example.org',
      basePath: '/',
    });
  });
  it('refuses what is not an address or a path, in German, naming the setting', () => {
    expect(() => siteAddress({ ...gitlab, SITE_URL: 'familiennetz.example.org' })).toThrow(/SITE_URL=.*keine vollständige Adresse/);
    expect(() => siteAddress({ ...gitlab, SITE_URL: 'ftp://example.org' })).toThrow(/https:\/\//);
    expect(() => siteAddress({ ...gitlab, BASE_PATH: '/a b/' })).toThrow(/BASE_PATH=.*darf nur/);
    expect(() => normalizeBasePath('BASE_PATH', '/$(rm)/')).toThrow();
  });
});

describe('merge and pull requests', () => {
  it('without a preview set up, are built as they would go live', () => {
    expect(siteAddress(gitlabMr)).toEqual({});
    expect(siteAddress({ ...gitlabMr, SITE_URL: 'https://familiennetz.example.org' })).toEqual({ siteUrl: 'https://familiennetz.example.org', basePath: '/' });
    // Parallel deployments are opt-in: a Pages address alone never makes a preview.
    expect(siteAddress({ ...gitlabMr, CI_PAGES_URL: 'https://familiennetz-1a2b.gitlab.io', SITE_URL: 'https://familiennetz.example.org' }).preview).toBeUndefined();
    expect(siteAddress(githubPr)).toEqual({ siteUrl: 'https://stadt-werne.github.io', basePath: '/familiennetz/' });
  });

  it('with a preview host, go below mr-<n>/ or pr-<n>/ of its own origin', () => {
    const live = { SITE_URL: 'https://familiennetz.example.org', PREVIEW_URL: 'https://vorschau.example.org/familiennetz/' };
    expect(siteAddress({ ...gitlabMr, ...live })).toEqual({
      siteUrl: 'https://vorschau.example.org',
      basePath: '/familiennetz/mr-12/',
      preview: { kind: 'server', folder: 'mr-12', url: 'https://vorschau.example.org/familiennetz/mr-12/', live: 'https://familiennetz.example.org/' },
    });
    expect(siteAddress({ ...githubPr, ...live }).basePath).toBe('/familiennetz/pr-34/');
    expect(formatAddress(siteAddress({ ...githubPr, ...live }), 'env').split('\n')).toEqual([
      'SITE_URL=https://vorschau.example.org',
      'BASE_PATH=/familiennetz/pr-34/',
      'PREVIEW_FOLDER=pr-34',
      'PREVIEW_ADDRESS=https://vorschau.example.org/familiennetz/pr-34/',
      'LIVE_ADDRESS=https://familiennetz.example.org/',
    ]);
  });

  it("never put a preview on the live origin, where the CMS keeps the editor's sign-in", () => {
    expect(() => siteAddress({ ...gitlabMr, SITE_URL: 'https://familiennetz.example.org', PREVIEW_URL: 'https://familiennetz.example.org/vorschau/' })).toThrow(
      /dieselbe Adresse wie die Live-Website/,
    );
    expect(() => siteAddress({ ...githubPr, PREVIEW_URL: 'https://stadt-werne.github.io/vorschau/' })).toThrow(/dieselbe Adresse/);
    expect(() => siteAddress({ ...gitlabMr, PREVIEW_URL: 'https://vorschau.example.org' })).toThrow(/SITE_URL ist nicht gesetzt/);
  });

  describe('GitLab Pages parallel deployments (PREVIEW_PAGES=parallel)', () => {
    const pages = { ...gitlabMr, PREVIEW_PAGES: 'parallel', CI_SERVER_VERSION: '17.9.2-ee', CI_PAGES_URL: 'https://familiennetz-1a2b3c.gitlab.io' };
    it('go below mr-<n>/ of the Pages address when the live site has another origin', () => {
      expect(siteAddress({ ...pages, SITE_URL: 'https://familiennetz.example.org' })).toEqual({
        siteUrl: 'https://familiennetz-1a2b3c.gitlab.io',
        basePath: '/mr-12/',
        preview: { kind: 'gitlab-pages', folder: 'mr-12', url: 'https://familiennetz-1a2b3c.gitlab.io/mr-12/', live: 'https://familiennetz.example.org/' },
      });
      // Inside the pages job, GitLab 17.9+ already includes the prefix in CI_PAGES_URL.
      expect(siteAddress({ ...pages, SITE_URL: 'https://familiennetz.example.org', CI_PAGES_URL: 'https://stadt.gitlab.io/familiennetz/mr-12' }).basePath).toBe(
        '/familiennetz/mr-12/',
      );
    });
    it('are refused where they would share the live origin, need a newer GitLab, or Pages is off', () => {
      // Without SITE_URL the live site is the Pages address itself.
      expect(() => siteAddress(pages)).toThrow(/dieselbe Adresse/);
      expect(() => siteAddress({ ...pages, SITE_URL: 'https://familiennetz-1a2b3c.gitlab.io' })).toThrow(/dieselbe Adresse/);
      expect(() => siteAddress({ ...pages, SITE_URL: 'https://familiennetz.example.org', CI_SERVER_VERSION: '17.8.4' })).toThrow(/GitLab 17\.9 oder neuer/);
      expect(() => siteAddress({ ...pages, SITE_URL: 'https://familiennetz.example.org', CI_PAGES_URL: '' })).toThrow(/Pages ist hier nicht eingeschaltet/);
    });
  });
});
