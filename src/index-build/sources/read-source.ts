import { stat } from 'node:fs/promises';
import path from 'node:path';
import { logger } from '../../logger.js';
import { documentFromFile } from './document-from-file.js';
import { downloadToCache } from './download.js';
import { documentId, fileKind } from './file-names.js';
import { readFolder, readFolderFile } from './folder-source.js';
import { SourceError } from './source-error.js';
import { DEFAULT_MAX_FILE_BYTES, DEFAULT_PDF_TIMEOUT_MS, type RawItem, type ReadSourceOptions, type SourceItem } from './types.js';
import { readZip } from './zip-source.js';

/**
 * The submissions of a source: a folder (recursively: .txt, .pdf and .zip files), a .zip file,
 * a single .txt/.pdf file, or an http(s) URL of a zip. Bad files come out as skipped items;
 * only a source that cannot be read at all throws a `SourceError`.
 */
export async function* readSource(source: string, options: ReadSourceOptions): AsyncGenerator<SourceItem> {
  const pdfTimeoutMs = options.pdfTimeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  // Ids by case-folded id: two ids differing only in case cannot both exist on a
  // case-insensitive file system (macOS, Windows), so a build must not depend on the platform.
  const seen = new Map<string, string>();
  let documents = 0;
  let skipped = 0;
  const started = Date.now();
  for await (const raw of rawItems(source, options)) {
    options.signal?.throwIfAborted();
    let item: SourceItem;
    const id = raw.type === 'raw' ? documentId(raw.name) : raw.skipped.id;
    const first = seen.get(id.toLowerCase());
    if (raw.type === 'skipped') item = raw;
    else if (first !== undefined) {
      const reason = first === id ? 'duplicate id' : `duplicate id: differs only in letter case from ${first}`;
      item = { type: 'skipped', skipped: { id, file: raw.file, reason } };
    } else item = await documentFromFile(raw, pdfTimeoutMs);

    if (item.type === 'document') {
      seen.set(item.doc.id.toLowerCase(), item.doc.id);
      documents++;
    } else {
      skipped++;
      logger().debug({ ...item.skipped }, 'skipped source file');
    }
    yield item;
  }
  logger().info({ source, documents, skipped, ms: Date.now() - started }, 'source read');
}

async function* rawItems(source: string, options: ReadSourceOptions): AsyncGenerator<RawItem> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { signal } = options;
  if (/^https?:\/\//i.test(source)) {
    yield* readZip(await downloadToCache(source, options), { maxFileBytes, signal });
    return;
  }
  const info = await stat(source).catch(() => undefined);
  if (!info) throw new SourceError('SOURCE_NOT_FOUND', `Source not found: ${source}`);
  if (info.isDirectory()) {
    yield* readFolder(source, { maxFileBytes, signal });
    return;
  }
  const name = path.basename(source);
  const kind = fileKind(name);
  if (kind === 'zip') {
    yield* readZip(source, { maxFileBytes, signal });
  } else if (kind === 'txt' || kind === 'pdf') {
    yield await readFolderFile(source, name, maxFileBytes);
  } else {
    throw new SourceError('UNSUPPORTED_SOURCE', `Unsupported source ${source}: expected a folder, a .zip, a .txt/.pdf file or an http(s) URL`);
  }
}
