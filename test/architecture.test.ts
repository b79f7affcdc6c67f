/**
 * The dependency rules, read from the sources so they cannot quietly regress: retrieval is a
 * library that reads no configuration and knows no entry point; only the composition root and
 * the entry points read the configuration or create the process logger; and no module imports
 * itself through others.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './support/run-script.js';

interface Import {
  /** Project-relative path of the imported module (`src/config.ts`), or the package name. */
  target: string;
  typeOnly: boolean;
}
interface Source {
  file: string;
  text: string;
  imports: Import[];
}

const SRC = path.join(projectRoot, 'src');
const IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolve(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.startsWith('node:') ? specifier : specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  return path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts');
}

async function readSources(): Promise<Source[]> {
  const files = (await fs.readdir(SRC, { recursive: true })).filter((f) => f.endsWith('.ts')).map((f) => `src/${f.split(path.sep).join('/')}`);
  return Promise.all(
    files.sort().map(async (file) => {
      const text = await fs.readFile(path.join(projectRoot, file), 'utf8');
      const imports = [
        ...[...text.matchAll(IMPORT)].map((m) => ({ target: resolve(file, m[3]!), typeOnly: m[2] !== undefined })),
        ...[...text.matchAll(DYNAMIC_IMPORT)].map((m) => ({ target: resolve(file, m[1]!), typeOnly: false })),
      ];
      return { file, text, imports };
    }),
  );
}

const ENTRY_POINTS = /^src\/(main|app)\.ts$|^src\/cli\//;
const under = (dir: string) => (s: Source) => s.file.startsWith(`${dir}/`);
const violations = (sources: Source[], bad: (i: Import) => boolean) =>
  sources.flatMap((s) => s.imports.filter(bad).map((i) => `${s.file} → ${i.target}`));

/** Every loop of relative imports, each as the path that closes it (`a.ts → b.ts → a.ts`), by a depth-first search. */
function importLoops(all: Source[]): string[] {
  const known = new Map(all.map((s) => [s.file, s.imports.map((i) => i.target).filter((t) => t.startsWith('src/'))]));
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const loops: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    trail.push(file);
    for (const next of known.get(file) ?? []) {
      if (!known.has(next)) continue;
      if (state.get(next) === 'open') loops.push([...trail.slice(trail.indexOf(next)), next].join(' → '));
      else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(file, 'done');
  };
  for (const file of known.keys()) if (!state.has(file)) visit(file);
  return loops;
}

let sources: Source[];
beforeAll(async () => {
  sources = await readSources();
});

describe('the architecture', () => {
  it('reads every source file and its imports', () => {
    expect(sources.length).toBeGreaterThan(100);
    const ask = sources.find((s) => s.file === 'src/retrieval/ask.ts');
    expect(ask?.imports.map((i) => i.target)).toContain('src/retrieval/answer/compose.ts');
    expect(sources.find((s) => s.file === 'src/main.ts')?.imports.map((i) => i.target)).toContain('src/config.ts');
  });

  it('keeps retrieval a library: no configuration, logger, composition root, entry point or bot', () => {
    const retrieval = sources.filter(under('src/retrieval'));
    expect(retrieval.length).toBeGreaterThan(50);
    const upward = (i: Import) => /^src\/(config|logger|app|main)\.ts$|^src\/(cli|bot|index-build)\//.test(i.target) || i.target === 'discord.js';
    expect(violations(retrieval, upward)).toEqual([]);
  });

  it('keeps search apart from question analysis: the corpus index and the retriever import nothing from question/', () => {
    const core = sources.filter((s) => s.file === 'src/retrieval/retriever.ts' || s.file === 'src/retrieval/corpus-index.ts');
    expect(core).toHaveLength(2);
    expect(violations(core, (i) => i.target.startsWith('src/retrieval/question/'))).toEqual([]);
  });

  it('points dependencies one way: bot → retrieval ← index-build, never between bot and index-build', () => {
    const across = (from: string, to: string) => violations(sources.filter(under(from)), (i) => i.target.startsWith(`${to}/`));
    expect(across('src/bot', 'src/index-build')).toEqual([]);
    expect(across('src/index-build', 'src/bot')).toEqual([]);
  });

  it('leaves the configuration and the process logger to the composition root and the entry points', () => {
    const library = sources.filter((s) => !ENTRY_POINTS.test(s.file) && s.file !== 'src/config.ts' && s.file !== 'src/logger.ts');
    // Mapping the parsed configuration to a module's own options needs its type, nothing more.
    expect(violations(library, (i) => i.target === 'src/config.ts' && !i.typeOnly)).toEqual([]);
    expect(violations(library, (i) => i.target === 'src/logger.ts')).toEqual([]);
    expect(violations(library, (i) => ENTRY_POINTS.test(i.target))).toEqual([]);
    const calls = library.filter((s) => /\b(getConfig|logger)\(\)|process\.env\b/.test(s.text)).map((s) => s.file);
    expect(calls).toEqual([]);
  });

  it('writes to the console only in entry points and the console chat', () => {
    const talking = sources.filter((s) => /\bconsole\.(log|error|warn|info)\(/.test(s.text)).map((s) => s.file);
    expect(talking.filter((f) => !ENTRY_POINTS.test(f) && f !== 'src/bot/console.ts')).toEqual([]);
  });

  it('keeps the HNSW vector store behind its port', () => {
    const hnsw = (i: Import) => i.target === 'hnswlib-node' || i.target.startsWith('@langchain/community');
    // hnsw.ts is the store; hnsw-graph.ts makes the graph alone, on the build's thread.
    expect(violations(sources, hnsw).sort()).toEqual(['src/retrieval/store/hnsw-graph.ts → hnswlib-node', 'src/retrieval/store/hnsw.ts → @langchain/community', 'src/retrieval/store/hnsw.ts → hnswlib-node']);
  });

  it('keeps the OpenAI client behind the chat-model and embedding adapters, made from the composition root\'s settings', () => {
    const openai = (i: Import) => i.target === 'openai' && !i.typeOnly;
    expect(violations(sources, openai).sort()).toEqual(['src/retrieval/chat/openai.ts → openai', 'src/retrieval/embedders/openai.ts → openai']);
  });

  it('has no import loops in src/ (type-only imports count: they couple modules too)', () => {
    expect(importLoops(sources)).toEqual([]);
  });

  it('lets shared code depend on nothing of the project but shared code', () => {
    const shared = sources.filter(under('src/shared'));
    expect(violations(shared, (i) => i.target.startsWith('src/') && !i.target.startsWith('src/shared/'))).toEqual([]);
  });
});
