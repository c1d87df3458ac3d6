// No import cycle in src/: modules form layers (schemas ← lib ← data ←
// pages), so each can be read and tested on its own. The imports are read
// with the TypeScript compiler's own pre-processor, from .ts files and from
// the front matter and scripts of .astro files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

/** The code of a file: all of a .ts file; the front matter and <script> blocks of an .astro file. */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontMatter, ...scripts].join('\n');
}

/** Relative imports of every file, as absolute paths (type-only imports included: they tie modules too). */
function importGraph(files: readonly string[], read: (file: string) => string = codeOf): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(read(file), true, true);
    graph.set(
      file,
      importedFiles.map((i) => i.fileName).filter((name) => name.startsWith('.')).map((name) => resolve(dirname(file), name)),
    );
  }
  return graph;
}

/** The strongly connected components with more than one module, or a module importing itself (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('imports in src/', () => {
  const files = sourceFiles(SRC);
  const graph = importGraph(files);

  it('reads the imports of every module, .astro files included', () => {
    expect(files.some((f) => f.endsWith('.astro'))).toBe(true);
    const imported = new Set([...graph.values()].flat());
    expect(imported.has(join(SRC, 'lib/routes.ts'))).toBe(true);
    expect(imported.has(join(SRC, 'layouts/BaseLayout.astro'))).toBe(true);
  });

  it('has no cycle', () => {
    expect(cycles(graph).map((cycle) => cycle.map((f) => relative(SRC, f)))).toEqual([]);
  });

  it('would find one', () => {
    const code: Record<string, string> = {
      '/x/a.ts': "import { b } from './b.ts';",
      '/x/b.ts': "import type { C } from './c.ts';",
      '/x/c.ts': "export { a } from './a.ts';",
      '/x/d.ts': "import { a } from './a.ts';",
    };
    const found = cycles(importGraph(Object.keys(code), (file) => code[file] ?? ''));
    expect(found).toEqual([['/x/a.ts', '/x/b.ts', '/x/c.ts']]);
  });
});
