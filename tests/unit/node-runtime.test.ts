// The Node that runs every npm script comes from a platform package pinned in package-lock.json
// with its checksum (issue 17, finding 4), not from an install script outside the lockfile.
import { readFileSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../scripts/require-node.mjs';

const ROOT = process.cwd();
interface LockEntry {
  version?: string;
  integrity?: string;
  os?: string | string[];
  cpu?: string | string[];
  hasInstallScript?: boolean;
  optional?: boolean;
}
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  optionalDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

describe('the Node binary of the npm scripts', () => {
  const binary = realpathSync(join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'node.exe' : 'node'));
  const packageDir = relative(ROOT, binary).split(sep).slice(0, 2).join('/');

  it('is the binary running these tests', () => {
    expect(realpathSync(process.execPath)).toBe(binary);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(22);
  });

  it('comes from a platform package that package-lock.json pins with a sha512 checksum and no install script', () => {
    expect(packageDir).toMatch(/^node_modules\/node-(linux|win)-(x64|arm64)$/);
    const entry = lock.packages[packageDir];
    expect(entry?.integrity).toMatch(/^sha512-/);
    expect(entry?.hasInstallScript).toBeUndefined();
    expect(entry?.os).toBe(process.platform);
    expect(entry?.cpu).toBe(process.arch);
    expect(manifest.optionalDependencies[packageDir.replace('node_modules/', '')]).toBe(entry?.version);
  });

  it('no dependency runs an install script that is not reviewed in allowScripts', () => {
    // The entry "" is this project, whose own postinstall (scripts/require-node.mjs) npm records there.
    const withScripts = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''));
    expect(withScripts.filter((name) => manifest.allowScripts[name] !== true)).toEqual([]);
    // The former "node" package fetched its binary in a preinstall script, outside the lockfile.
    expect(lock.packages['node_modules/node']).toBeUndefined();
  });
});

describe('nodeVersionProblem', () => {
  it('refuses Node older than 22.12 with a German message that says what to do', () => {
    for (const version of ['v20.20.2', 'v22.11.0', 'v18.0.0']) {
      const problem = nodeVersionProblem(version, 'darwin', 'arm64');
      expect(problem, version).toContain(`Node.js ${version} ist zu alt`);
      expect(problem).toContain('darwin-arm64');
      expect(problem).toContain('Node.js 24 installieren');
    }
  });
  it('accepts 22.12 and newer', () => {
    for (const version of ['v22.12.0', 'v22.20.1', 'v24.21.0', 'v26.0.0']) expect(nodeVersionProblem(version, 'linux', 'x64')).toBeNull();
  });
});
