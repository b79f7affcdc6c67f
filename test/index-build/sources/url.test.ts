import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile, mkdir, symlink } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/index-build/sources/index.js';
import { DiskFullError } from '../../../src/shared/disk-full.js';
import { makePdf } from '../../support/pdf-fixtures.js';
import { makeZip } from '../../support/zip-fixtures.js';
import { collect, tempDir } from './collect.js';

interface Seen {
  path: string;
  range?: string;
}

let server: http.Server;
let base: string;
let zip: Buffer;
let seen: Seen[] = [];
const failedOnce = new Set<string>();
let dir: string;
let cleanup: () => Promise<void>;

/** Serve `body`, honouring `Range: bytes=N-` unless told not to. */
function serve(req: http.IncomingMessage, res: http.ServerResponse, body: Buffer, ranges = true): void {
  const match = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
  if (!ranges || !match) {
    res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/zip' });
    res.end(body);
    return;
  }
  const start = Number(match[1]);
  if (start >= body.length) {
    res.writeHead(416, { 'content-range': `bytes */${body.length}` }).end();
    return;
  }
  res.writeHead(206, { 'content-length': body.length - start, 'content-range': `bytes ${start}-${body.length - 1}/${body.length}` });
  res.end(body.subarray(start));
}

function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = req.url ?? '';
  seen.push({ path: url, range: req.headers.range });
  const first = !failedOnce.has(url);
  failedOnce.add(url);
  if (url === '/flaky/corpus.zip' && first) {
    res.writeHead(503, { 'retry-after': '0' }).end('busy');
  } else if (url === '/cut/corpus.zip' && first) {
    res.writeHead(200, { 'content-length': zip.length });
    res.write(zip.subarray(0, Math.floor(zip.length / 2)), () => setTimeout(() => req.socket.destroy(), 30));
  } else if (url === '/always-busy/corpus.zip') {
    res.writeHead(500).end();
  } else if (url.endsWith('/corpus.zip')) {
    serve(req, res, zip, !url.startsWith('/no-ranges/'));
  } else {
    res.writeHead(404).end('not found');
  }
}

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('sources-url'));
  zip = await makeZip([
    { name: 'corpus/AI-RFI-2025-0001.pdf', data: await makePdf(['Downloaded page one', 'Downloaded page two']), compress: false },
    { name: 'corpus/AI-RFI-2025-0002.txt', data: 'A downloaded text submission.\n'.repeat(500), compress: false },
  ]);
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await cleanup();
});

/** Linux's device that answers every write with ENOSPC. */
const FULL_DEVICE = '/dev/full';

const options = (name: string) => ({ cacheDir: path.join(dir, name), retryDelayMs: 5, progress: true });

describe('URL sources', () => {
  it('retries after a 503 with Retry-After, reads the zip, then reuses the download offline', async () => {
    seen = [];
    const first = await collect(`${base}/flaky/corpus.zip`, options('flaky'));
    expect(first.docs.map((d) => d.id)).toEqual(['AI-RFI-2025-0001', 'AI-RFI-2025-0002']);
    expect(first.docs[0]?.pages).toEqual(['Downloaded page one', 'Downloaded page two']);
    expect(seen.map((s) => s.path)).toEqual(['/flaky/corpus.zip', '/flaky/corpus.zip']);
    const cached = path.join(dir, 'flaky', 'downloads');
    expect(await readdir(cached)).toEqual(['corpus.zip']);

    const second = await collect(`${base}/flaky/corpus.zip`, options('flaky'));
    expect(second.docs).toEqual(first.docs);
    expect(seen).toHaveLength(2);
  });

  it('resumes an interrupted download with a Range request and ends with the right bytes', async () => {
    seen = [];
    const result = await collect(`${base}/cut/corpus.zip`, options('cut'));
    expect(result.docs).toHaveLength(2);
    expect(seen).toHaveLength(2);
    expect(seen[0]?.range).toBeUndefined();
    const resumedAt = Number(/^bytes=(\d+)-$/.exec(seen[1]?.range ?? '')?.[1]);
    expect(resumedAt).toBeGreaterThan(0);
    expect(resumedAt).toBeLessThanOrEqual(Math.floor(zip.length / 2));
    expect((await readFile(path.join(dir, 'cut', 'downloads', 'corpus.zip'))).equals(zip)).toBe(true);
  });

  it('starts over when the server ignores Range and answers 200', async () => {
    const downloads = path.join(dir, 'no-ranges', 'downloads');
    await mkdir(downloads, { recursive: true });
    await writeFile(path.join(downloads, 'corpus.zip.part'), 'stale partial bytes');
    seen = [];
    const result = await collect(`${base}/no-ranges/corpus.zip`, options('no-ranges'));
    expect(result.docs).toHaveLength(2);
    expect(seen[0]?.range).toBe('bytes=19-');
    expect((await readFile(path.join(downloads, 'corpus.zip'))).equals(zip)).toBe(true);
  });

  it('fails with DOWNLOAD_FAILED naming the URL and status on a 404', async () => {
    const url = `${base}/missing.zip`;
    const error = await collect(url, options('missing')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code: 'DOWNLOAD_FAILED' });
    expect((error as Error).message).toContain(url);
    expect((error as Error).message).toContain('404');
  });

  it.skipIf(!existsSync(FULL_DEVICE))(`stops at once with DISK_FULL naming the partial file when the disk is full (skipped where there is no ${FULL_DEVICE})`, async () => {
    const downloads = path.join(dir, 'full-disk', 'downloads');
    await mkdir(downloads, { recursive: true });
    // Every write to this device fails as on a full disk.
    const part = path.join(downloads, 'corpus.zip.part');
    await symlink(FULL_DEVICE, part);
    seen = [];
    const error = await collect(`${base}/whole/corpus.zip`, options('full-disk')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiskFullError);
    expect(error).toMatchObject({ code: 'DISK_FULL', path: part });
    expect((error as Error).message).toContain(`the disk is full (no space left on the device) while writing to ${part}`);
    // A full disk is not a lost connection: no retries.
    expect(seen).toHaveLength(1);
  });

  it('gives up after the configured retries on persistent 5xx', async () => {
    seen = [];
    const error = await collect(`${base}/always-busy/corpus.zip`, { ...options('busy'), retries: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DOWNLOAD_FAILED' });
    expect((error as Error).message).toMatch(/after 3 attempts: HTTP 500/);
    expect(seen).toHaveLength(3);
  });
});
