import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A PDF with one page per element; a page is a line of text or several lines (top to bottom). */
export async function makePdf(pages: ReadonlyArray<string | readonly string[]>): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const page of pages) {
    const lines = typeof page === 'string' ? [page] : page;
    const pdfPage = doc.addPage([612, 792]);
    lines.forEach((line, i) => pdfPage.drawText(line, { x: 72, y: 720 - i * 18, size: 12, font }));
  }
  return Buffer.from(await doc.save());
}

/** A PDF whose pages carry no text at all (like a scanned document without OCR). */
export async function makeBlankPdf(pageCount = 2): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pageCount; i++) {
    doc.addPage([612, 792]).drawRectangle({ x: 100, y: 100, width: 200, height: 100 });
  }
  return Buffer.from(await doc.save());
}

/** A `%PDF` header followed by deterministic pseudo-random bytes. */
export function garbagePdf(size = 4096, seed = 42): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed;
  for (let i = 0; i < size; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  Buffer.from('%PDF-1.7\n').copy(bytes);
  return bytes;
}

/** The first `fraction` of a file, as if a download stopped half way. */
export function truncate(bytes: Buffer, fraction = 0.5): Buffer {
  return bytes.subarray(0, Math.floor(bytes.length * fraction));
}
