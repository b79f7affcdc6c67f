/**
 * PDFs shaped like the official RFI files: PDF 1.7 saved with a classic xref table,
 * Flate-compressed page contents, an embedded TrueType subset (pdf-lib writes it as
 * Type0 / CIDFontType2, Identity-H, with a /ToUnicode map), a tagged structure tree with
 * marked content, `/OriginalPageNumber` on every page, one bookmark, and optionally pages that
 * are only a scanned image. The font is DejaVu Sans from the `dejavu-fonts-ttf` package.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import {
  concatTransformationMatrix,
  drawObject,
  endMarkedContent,
  PDFDocument,
  type PDFArray,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  type PDFPage,
  type PDFRef,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';

/** A page: lines of text from the top, or a scanned image with no text layer. */
export type OfficialPage = readonly string[] | 'image';

export interface OfficialPdfOptions {
  /** `/OriginalPageNumber` of the first page (the page's place in the combined volume). */
  originalPageStart?: number;
  /** Title of the one bookmark, which points at page 1. */
  bookmark?: string;
}

let fontBytes: Buffer | undefined;
function dejaVuSans(): Buffer {
  fontBytes ??= readFileSync(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  return fontBytes;
}

const LINE_HEIGHT = 16;
const TOP = 740;

export async function makeOfficialStylePdf(pages: readonly OfficialPage[], options: OfficialPdfOptions = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setProducer('Adobe Acrobat Pro (64-bit) 24.1.20643');
  doc.setCreator('Acrobat PDFMaker 24 for Word');
  const font = await doc.embedFont(dejaVuSans(), { subset: true });
  const tags = new StructureTree(doc);
  pages.forEach((spec, i) => {
    const page = doc.addPage([612, 792]);
    page.node.set(PDFName.of('OriginalPageNumber'), PDFNumber.of((options.originalPageStart ?? 1) + i));
    if (spec === 'image') return drawScan(doc, page);
    spec.forEach((line, l) => {
      const mcid = tags.paragraph(page, i);
      page.pushOperators(beginMarkedContent(doc, mcid));
      page.drawText(line, { x: 72, y: TOP - l * LINE_HEIGHT, size: 11, font });
      page.pushOperators(endMarkedContent());
    });
  });
  tags.attach();
  addBookmark(doc, options.bookmark ?? 'Response to the AI Action Plan RFI');
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/** `/P <</MCID n>> BDC`, with the properties inline as Acrobat writes them (pdf-lib's operand type omits dictionaries). */
function beginMarkedContent(doc: PDFDocument, mcid: number): PDFOperator {
  const properties = doc.context.obj({ MCID: mcid }) as unknown as PDFArray;
  return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('P'), properties]);
}

/** A grey image XObject covering most of the page, and no text: what a scan without OCR is. */
function drawScan(doc: PDFDocument, page: PDFPage): void {
  const [w, h] = [64, 80];
  const pixels = Buffer.alloc(w * h);
  for (let at = 0; at < pixels.length; at++) pixels[at] = (at * 7) % 256;
  const image = doc.context.flateStream(pixels, { Type: 'XObject', Subtype: 'Image', Width: w, Height: h, ColorSpace: 'DeviceGray', BitsPerComponent: 8 });
  const name = page.node.newXObject('Im', doc.context.register(image));
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(468, 0, 0, 612, 72, 90), drawObject(name), popGraphicsState());
}

function addBookmark(doc: PDFDocument, title: string): void {
  const outlines = doc.context.nextRef();
  const item = doc.context.register(
    doc.context.obj({ Title: PDFHexString.fromText(title), Parent: outlines, Dest: [doc.getPage(0).ref, 'XYZ', null, null, null] }),
  );
  doc.context.assign(outlines, doc.context.obj({ Type: 'Outlines', First: item, Last: item, Count: 1 }));
  doc.catalog.set(PDFName.of('Outlines'), outlines);
}

/** A Document element with one P element per line, tied to the marked content by MCID. */
class StructureTree {
  private readonly root: PDFRef;
  private readonly document: PDFRef;
  private readonly kids: PDFRef[] = [];
  private readonly byPage = new Map<number, PDFRef[]>();

  constructor(private readonly doc: PDFDocument) {
    this.root = doc.context.nextRef();
    this.document = doc.context.nextRef();
  }

  /** A new P element on the page; returns its MCID. */
  paragraph(page: PDFPage, pageIndex: number): number {
    const onPage = this.byPage.get(pageIndex) ?? [];
    const mcid = onPage.length;
    const elem = this.doc.context.register(this.doc.context.obj({ Type: 'StructElem', S: 'P', P: this.document, Pg: page.ref, K: mcid }));
    onPage.push(elem);
    this.kids.push(elem);
    this.byPage.set(pageIndex, onPage);
    page.node.set(PDFName.of('StructParents'), PDFNumber.of(pageIndex));
    return mcid;
  }

  attach(): void {
    const { context } = this.doc;
    const nums = [...this.byPage].flatMap(([page, elems]) => [page, elems]);
    const parentTree = context.register(context.obj({ Nums: nums }));
    context.assign(this.document, context.obj({ Type: 'StructElem', S: 'Document', P: this.root, K: this.kids }));
    context.assign(this.root, context.obj({ Type: 'StructTreeRoot', K: this.document, ParentTree: parentTree, ParentTreeNextKey: this.doc.getPageCount() }));
    this.doc.catalog.set(PDFName.of('StructTreeRoot'), this.root);
    this.doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
    this.doc.catalog.set(PDFName.of('Lang'), PDFHexString.fromText('en-US'));
  }
}
