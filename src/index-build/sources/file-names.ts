import path from 'node:path';

export type FileKind = 'txt' | 'pdf' | 'zip';

/** The kind of a file from its extension (case-insensitive); undefined when unsupported. */
export function fileKind(name: string): FileKind | undefined {
  const ext = path.posix.extname(name).toLowerCase();
  if (ext === '.txt') return 'txt';
  if (ext === '.pdf') return 'pdf';
  if (ext === '.zip') return 'zip';
  return undefined;
}

/** Document id: base name without extension, NFC-normalised. */
export function documentId(name: string): string {
  const base = path.posix.basename(name.replace(/\\/g, '/'));
  const ext = path.posix.extname(base);
  return (ext ? base.slice(0, -ext.length) : base).normalize('NFC');
}

/** A forward-slash path, whatever the platform. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
