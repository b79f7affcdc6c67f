import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, reasonOf, tempDir, type Collected } from './collect.js';

let root: string;
let cleanup: () => Promise<void>;
let result: Collected;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('sources-symlinks'));
  const source = path.join(root, 'source');
  const outside = path.join(root, 'outside');
  await mkdir(path.join(source, 'sub'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(source, 'Good-AI-RFI-2025.txt'), 'A good submission.');
  await writeFile(path.join(source, 'sub', 'Real-AI-RFI-2025.txt'), 'A submission in a subfolder.');
  await writeFile(path.join(outside, 'Secret.txt'), 'not part of the corpus');
  await writeFile(path.join(outside, 'Leaked-AI-RFI-2025.txt'), 'not part of the corpus either');
  const link = (target: string, name: string) => symlink(target, path.join(source, name));
  await link('/etc/passwd', 'etc-passwd.txt');
  await link(path.join(outside, 'Secret.txt'), 'Secret.txt');
  await link(outside, 'outside-folder');
  await link('Loop.txt', 'Loop.txt');
  await link('.', 'ancestor');
  await link('missing.txt', 'Dangling.txt');
  await link('sub/Real-AI-RFI-2025.txt', 'Inside-AI-RFI-2025.txt');
  await link('sub', 'inside-folder');
  result = await collect(source, { cacheDir: root });
});
afterAll(() => cleanup());

describe('symbolic links in a source folder', () => {
  it('builds the real files and the links that stay inside the folder', () => {
    expect(result.docs.map((d) => d.file).sort()).toEqual(['Good-AI-RFI-2025.txt', 'Inside-AI-RFI-2025.txt', 'sub/Real-AI-RFI-2025.txt']);
    expect(result.docs.some((d) => /root:|not part of the corpus/.test(d.text))).toBe(false);
  });

  it('skips links that lead outside the folder, loops and dangling links, each with its reason', () => {
    expect(reasonOf(result, 'etc-passwd.txt')).toBe('symbolic link to outside the source folder');
    expect(reasonOf(result, 'Secret.txt')).toBe('symbolic link to outside the source folder');
    expect(reasonOf(result, 'outside-folder')).toBe('symbolic link to outside the source folder');
    expect(reasonOf(result, 'Loop.txt')).toBe('symbolic link loop');
    expect(reasonOf(result, 'ancestor')).toBe('symbolic link loop');
    expect(reasonOf(result, 'Dangling.txt')).toBe('dangling symbolic link (its target does not exist)');
    // A linked folder inside the source is read once, under its own path.
    expect(reasonOf(result, 'inside-folder')).toBe('symbolic link to a folder already read (sub)');
  });
});
