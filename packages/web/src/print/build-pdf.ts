// The PDF download: the printed document's blocks drawn as real text with the standard Helvetica
// (nothing to download or embed). pdf-lib is loaded only here, when someone asks for a PDF.
import { t } from "../strings";
import { A4, layoutPages, type FontName } from "./layout-pages";
import type { PrintBlock } from "./print-block";
import { toWinAnsi } from "./to-win-ansi";

export interface PdfInfo {
  readonly title: string;
  /** When the file is made (the PDF's creation date). */
  readonly createdAt: Date;
}

const GREY = 0.32;

/** A paginated A4 text PDF of the blocks, with "Page n of m" at the foot of every page. */
export async function buildPdf(blocks: readonly PrintBlock[], info: PdfInfo): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await import("pdf-lib");
  const doc = await PDFDocument.create();
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  } satisfies Record<FontName, unknown>;
  const title = toWinAnsi(info.title);
  doc.setTitle(title);
  doc.setSubject(title);
  doc.setCreator(toWinAnsi(t.common.appName));
  doc.setProducer(toWinAnsi(t.common.appName));
  doc.setCreationDate(info.createdAt);
  doc.setModificationDate(info.createdAt);
  doc.setLanguage(t.print.language);

  const pages = layoutPages(blocks, (text, font, size) =>
    fonts[font].widthOfTextAtSize(text, size),
  );
  const grey = rgb(GREY, GREY, GREY);
  const black = rgb(0, 0, 0);
  pages.forEach((lines, index) => {
    const page = doc.addPage([A4.width, A4.height]);
    for (const line of lines)
      page.drawText(line.text, {
        x: line.x,
        y: line.y,
        size: line.size,
        font: fonts[line.font],
        color: line.grey ? grey : black,
      });
    const footer = toWinAnsi(`${title} · ${t.print.pageOf(index + 1, pages.length)}`);
    page.drawText(footer, {
      x: A4.margin,
      y: A4.margin - 14,
      size: 8,
      font: fonts.regular,
      color: grey,
    });
  });
  return doc.save();
}
