import { describe, expect, it } from 'vitest';
import { DiskFullError, diskFullCause } from '../../src/shared/disk-full.js';

/** An error as Node's fs gives it: a message, a `code`, and the paths it was given (if any). */
function systemError(code: string, paths: { path?: string; dest?: string } = {}): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed`), { code, ...paths });
}

describe('diskFullCause', () => {
  it('recognises no space left (ENOSPC) and a used-up quota (EDQUOT)', () => {
    const noSpace = systemError('ENOSPC');
    const quota = systemError('EDQUOT');
    expect(diskFullCause(noSpace)).toBe(noSpace);
    expect(diskFullCause(quota)).toBe(quota);
  });

  it('finds one wrapped by a library, however deep in the causes', () => {
    const system = systemError('ENOSPC');
    const wrapped = new Error('could not save the store', { cause: new Error('write failed', { cause: system }) });
    expect(diskFullCause(wrapped)).toBe(system);
  });

  it('is undefined for any other error, a code that is no system error, and a loop of causes', () => {
    expect(diskFullCause(systemError('EACCES'))).toBeUndefined();
    expect(diskFullCause(systemError('toString'))).toBeUndefined();
    expect(diskFullCause({ code: 'ENOSPC' })).toBeUndefined();
    expect(diskFullCause(undefined)).toBeUndefined();
    const loop = new Error('one');
    loop.cause = new Error('two', { cause: loop });
    expect(diskFullCause(loop)).toBeUndefined();
  });
});

describe('DiskFullError.from', () => {
  it('names the file the system named, else what was being written', () => {
    expect(DiskFullError.from(systemError('ENOSPC', { path: '/disk/a.json' }), '/disk')?.path).toBe('/disk/a.json');
    expect(DiskFullError.from(systemError('ENOSPC'), '/disk')?.path).toBe('/disk');
    // A link or a rename writes its second path: the first one (a link's target) was only read.
    expect(DiskFullError.from(systemError('ENOSPC', { path: 'target', dest: '/disk/link' }), '/disk')?.path).toBe('/disk/link');
  });

  it('says what happened in words, keeps the system error as its cause, and adds advice after it', () => {
    const system = systemError('EDQUOT');
    const error = DiskFullError.from(new Error('wrapper', { cause: system }), '/disk/index')!;
    expect(error).toMatchObject({ code: 'DISK_FULL', cause: system });
    expect(error.message).toBe('the disk is full (the disk quota is used up) while writing to /disk/index');
    const advised = error.advise('free some space');
    expect(advised.message).toBe('the disk is full (the disk quota is used up) while writing to /disk/index: free some space');
    expect(advised).toMatchObject({ path: '/disk/index', cause: system });
  });

  it('keeps one already made, and gives nothing for other errors', () => {
    const made = new DiskFullError('/disk/file.part', 'no space left on the device');
    expect(DiskFullError.from(made, '/elsewhere')).toBe(made);
    expect(DiskFullError.from(new Error('ECONNRESET'), '/disk')).toBeUndefined();
  });
});
