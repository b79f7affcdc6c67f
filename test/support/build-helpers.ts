/** Helpers for the index-build tests: temp folders, build options, and looks into an index folder. */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BuildOptions } from '../../src/index-build/build.js';
import type { OpenAISettings } from '../../src/index-build/embedder-setup.js';

// The logger reads LOG_LEVEL on first use, which is always after this module has run.
process.env.LOG_LEVEL ??= 'silent';

export interface TempRoot {
  dir: string;
  cleanup(): Promise<void>;
}

/** A fresh folder under the OS temp dir (never the project's data/). */
export async function tempRoot(prefix: string): Promise<TempRoot> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `rfi-${prefix}-`));
  return { dir, cleanup: () => fs.rm(dir, { recursive: true, force: true }) };
}

/** OpenAI settings that are never used by an lsa build, or the start of real ones. */
export function openaiSettings(overrides: Partial<OpenAISettings> = {}): OpenAISettings {
  return { model: 'unused', batchSize: 16, concurrency: 1, timeoutMs: 5_000, maxRetries: 0, ...overrides };
}

/** Options for an offline (lsa) build of `source` into `<root>/index`, caching in `<root>/cache`. */
export function buildOptions(root: string, source: string, overrides: Partial<BuildOptions> = {}): BuildOptions {
  return {
    source,
    out: path.join(root, 'index'),
    embedder: 'lsa',
    cacheDir: path.join(root, 'cache'),
    openai: openaiSettings(),
    progress: false,
    ...overrides,
  };
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The build folders kept beside an index (`<out>.builds/`), sorted. */
export async function buildFolders(out: string): Promise<string[]> {
  const entries = await fs.readdir(`${out}.builds`).catch(() => [] as string[]);
  return entries.sort();
}

/** Where the `<out>` symlink points (relative, as written by the build). */
export function linkTarget(out: string): Promise<string> {
  return fs.readlink(out);
}

/** Files next to `<out>` that a swap left behind (`<out>.link-<pid>`). */
export async function strayLinks(out: string): Promise<string[]> {
  const base = path.basename(out);
  return (await fs.readdir(path.dirname(out))).filter((name) => name.startsWith(`${base}.link-`));
}

/** Everything under `dir` by its relative path: a file as its sha256, a link as its target, a folder as such. To see that nothing changed. */
export async function folderContents(dir: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  const described = await Promise.all(
    entries.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      const name = path.relative(dir, file);
      if (entry.isSymbolicLink()) return [name, `link to ${await fs.readlink(file)}`];
      return [name, entry.isDirectory() ? 'folder' : sha256(await fs.readFile(file))];
    }),
  );
  return Object.fromEntries(described);
}

/** Copies of every file of the fixture corpus's raw/ folder, for zips and mixed folders. */
export async function rawFiles(rawDir: string): Promise<{ name: string; data: Buffer }[]> {
  const names = (await fs.readdir(rawDir)).sort();
  return Promise.all(names.map(async (name) => ({ name, data: await fs.readFile(path.join(rawDir, name)) })));
}

export interface StaticServer {
  url: string;
  /** Request paths seen, in order. */
  seen: string[];
  close(): Promise<void>;
}

/** A local HTTP server answering `GET <path>` with the given bodies, 404 otherwise. */
export async function serveFiles(files: Record<string, Buffer>): Promise<StaticServer> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    seen.push(url);
    const body = files[url];
    if (!body) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
