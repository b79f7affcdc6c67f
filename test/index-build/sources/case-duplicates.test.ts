import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from '../../support/zip-fixtures.js';
import { collect, reasonOf, tempDir } from './collect.js';

/**
 * Ids that differ only in letter case cannot both exist where the same folder sits on a
 * case-insensitive file system (macOS, Windows): the build treats them as duplicates everywhere.
 */
let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('sources-case'));
});
afterAll(() => cleanup());

describe('ids differing only in case', () => {
  it('in a folder: the first in path order is kept, the other skipped with the reason', async () => {
    const folder = path.join(dir, 'folder');
    await mkdir(path.join(folder, 'sub'), { recursive: true });
    await writeFile(path.join(folder, 'Dup-Case-AI-RFI-2025.txt'), 'upper');
    await writeFile(path.join(folder, 'dup-case-AI-RFI-2025.txt'), 'lower');
    await writeFile(path.join(folder, 'sub', 'DUP-CASE-ai-rfi-2025.txt'), 'shouting');
    await writeFile(path.join(folder, 'Other-AI-RFI-2025.txt'), 'other');
    const result = await collect(folder, { cacheDir: dir });
    expect(result.docs.map((d) => d.id)).toEqual(['Dup-Case-AI-RFI-2025', 'Other-AI-RFI-2025']);
    expect(reasonOf(result, 'dup-case-AI-RFI-2025.txt')).toBe('duplicate id: differs only in letter case from Dup-Case-AI-RFI-2025');
    expect(reasonOf(result, 'sub/DUP-CASE-ai-rfi-2025.txt')).toBe('duplicate id: differs only in letter case from Dup-Case-AI-RFI-2025');
  });

  it('in a zip too', async () => {
    const zip = path.join(dir, 'cases.zip');
    await writeFile(zip, await makeZip([{ name: 'a/Mixed-AI-RFI-2025.txt', data: 'one' }, { name: 'b/MIXED-AI-RFI-2025.txt', data: 'two' }]));
    const result = await collect(zip, { cacheDir: dir });
    expect(result.docs.map((d) => d.id)).toEqual(['Mixed-AI-RFI-2025']);
    expect(result.skipped).toEqual([{ id: 'MIXED-AI-RFI-2025', file: 'b/MIXED-AI-RFI-2025.txt', reason: 'duplicate id: differs only in letter case from Mixed-AI-RFI-2025' }]);
  });
});
