import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pMapIterable } from 'p-map';
import { systemClock } from '../../shared/clock.js';
import { silentLog } from '../../shared/log.js';
import { documentFromFile, type ExtractPages } from './document-from-file.js';
import { downloadToCache } from './download.js';
import { fileKind } from './file-names.js';
import { listFolder, readFolder, readFolderFile } from './folder-source.js';
import { acquirePdfPool, defaultPdfWorkers } from './pdf-pool.js';
import { SourceError } from './source-error.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_PDF_TIMEOUT_MS, type RawItem, type ReadSourceOptions, type SourceItem } from './types.js';
import { readZip } from './zip-source.js';

/**
 * The submissions of a source: a folder (recursively: .txt, .pdf and .zip files), a .zip file,
 * a single .txt/.pdf file, or an http(s) URL of a zip. PDFs are extracted on a worker pool
 * (`pdfWorkers`, one per core by default), items still come out in source order. Bad files
 * come out as skipped items; only a source that cannot be read at all throws a `SourceError`.
 */
export async function* readSource(source: string, options: ReadSourceOptions): AsyncGenerator<SourceItem> {
  const timeoutMs = options.pdfTimeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const workers = Math.max(1, options.pdfWorkers ?? defaultPdfWorkers());
  // Ids by case-folded id: two ids differing only in case cannot both exist on a
  // case-insensitive file system (macOS, Windows), so a build must not depend on the platform.
  const seen = new Map<string, string>();
  let documents = 0;
  let skipped = 0;
  let pages = 0;
  const { log = silentLog, clock = systemClock } = options;
  const started = clock();
  const pdfs = lazyPool(workers);
  const items = pMapIterable(
    rawItems(source, options),
    (raw): Promise<SourceItem> | SourceItem => (raw.type === 'skipped' ? raw : documentFromFile(raw, { extract: pdfs.extract, timeoutMs })),
    // Two files a worker in flight: one being extracted, the next already read from disk or zip.
    { concurrency: workers, backpressure: workers * 2 },
  );
  try {
    for await (let item of items) {
      options.signal?.throwIfAborted();
      const first = item.type === 'document' ? seen.get(item.doc.id.toLowerCase()) : undefined;
      if (item.type === 'document' && first !== undefined) {
        const reason = first === item.doc.id ? 'duplicate id' : `duplicate id: differs only in letter case from ${first}`;
        item = { type: 'skipped', skipped: { id: item.doc.id, file: item.doc.file, reason } };
      }
      if (item.type === 'document') {
        seen.set(item.doc.id.toLowerCase(), item.doc.id);
        documents++;
        pages += item.doc.pages?.length ?? 0;
      } else {
        skipped++;
        log.debug({ ...item.skipped }, 'skipped source file');
      }
      yield item;
    }
  } finally {
    pdfs.release();
  }
  log.info({ source, documents, skipped, pdfPages: pages, pdfWorkers: workers, ms: clock() - started }, 'source read');
}

/** The shared PDF pool, taken on the first PDF: a source of .txt files never starts one. */
function lazyPool(workers: number): { extract: ExtractPages; release(): void } {
  let held: ReturnType<typeof acquirePdfPool> | undefined;
  return {
    extract: (bytes, ms) => (held ??= acquirePdfPool(workers)).pool.extract(bytes, ms),
    release: () => held?.release(),
  };
}

async function* rawItems(source: string, options: ReadSourceOptions): AsyncGenerator<RawItem> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { signal, log } = options;
  const zipOptions = { maxFileBytes, signal, ...(log ? { log } : {}), ...(options.onTotal ? { onEntries: options.onTotal } : {}) };
  if (/^https?:\/\//i.test(source)) {
    yield* readZip(await downloadToCache(source, options), zipOptions);
    return;
  }
  const info = await stat(source).catch(() => undefined);
  if (!info) throw new SourceError('SOURCE_NOT_FOUND', `Source not found: ${source}`);
  if (info.isDirectory()) {
    if (options.onTotal) options.onTotal((await listFolder(source)).length); // a zip inside counts as one
    yield* readFolder(source, { maxFileBytes, signal, ...(log ? { log } : {}) });
    return;
  }
  const name = path.basename(source);
  const kind = fileKind(name);
  if (kind === 'zip') {
    yield* readZip(source, zipOptions);
  } else if (kind === 'txt' || kind === 'pdf') {
    options.onTotal?.(1);
    yield await readFolderFile(source, name, maxFileBytes);
  } else {
    throw new SourceError('UNSUPPORTED_SOURCE', `Unsupported source ${source}: expected a folder, a .zip, a .txt/.pdf file or an http(s) URL`);
  }
}
