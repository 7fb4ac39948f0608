import {
  decodePDFRawStream,
  PDFArray,
  PDFDocument,
  PDFRawStream,
  StandardFonts,
  type PDFPage,
} from "pdf-lib";
import { describe, expect, it } from "vitest";
import { buildPdf } from "./build-pdf";
import { buildPrintDocument } from "./build-print-document";
import { formatDay } from "./format-day";
import { isWinAnsi, toWinAnsi } from "./to-win-ansi";
import { SAMPLE_REQUESTS, samplePlan } from "./sample-plans";

/** The text a page draws: every hex string shown with Tj, decoded from WinAnsi bytes. */
function pageText(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents];
  const lines: string[] = [];
  for (const ref of streams) {
    const stream = page.doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const source = new TextDecoder("latin1").decode(decodePDFRawStream(stream).decode());
    for (const [, hex] of source.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) {
      const bytes = Uint8Array.from(hex!.match(/../g) ?? [], (pair) => parseInt(pair, 16));
      lines.push(new TextDecoder("windows-1252").decode(bytes));
    }
  }
  return lines.join("\n");
}

async function textOf(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await PDFDocument.load(bytes);
  return { pages: doc.getPageCount(), text: doc.getPages().map(pageText).join("\n") };
}

const createdAt = new Date("2026-12-01T10:00:00Z");

describe("buildPdf", () => {
  it("makes a paginated PDF whose text holds every session date of a real plan", async () => {
    const plan = samplePlan("caution");
    const blocks = buildPrintDocument({ title: "Your plan", madeOn: "2026-12-01", plan });
    const { pages, text } = await textOf(await buildPdf(blocks, { title: "Your plan", createdAt }));
    expect(pages).toBeGreaterThan(1);
    const flat = text.replace(/\s+/g, " ");
    for (const session of plan.schedule) expect(flat).toContain(formatDay(session.date));
    expect(flat).toContain("Page 1 of");
    expect(flat).toContain(toWinAnsi(plan.disclaimer));
  });

  it("makes a one-page-or-more PDF for a plan with no dates", async () => {
    const plan = samplePlan("contraindicated");
    const blocks = buildPrintDocument({ title: "Your plan", madeOn: "2026-12-01", plan });
    const { pages, text } = await textOf(await buildPdf(blocks, { title: "Your plan", createdAt }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain("not suitable");
  });

  it.each(Object.keys(SAMPLE_REQUESTS))(
    "can draw every string of the %s plan in Helvetica",
    async (name) => {
      const doc = await PDFDocument.create();
      const regular = await doc.embedFont(StandardFonts.Helvetica);
      const bold = await doc.embedFont(StandardFonts.HelveticaBold);
      const plan = samplePlan(name);
      const strings = [
        ...buildPrintDocument({ title: "t", madeOn: "2026-12-01", plan }).map((b) => b.text),
        ...JSON.stringify(plan)
          .match(/"(?:[^"\\]|\\.)*"/g)!
          .map((s) => JSON.parse(s) as string),
      ];
      for (const text of strings) {
        expect(() => regular.encodeText(toWinAnsi(text))).not.toThrow();
        expect(() => bold.encodeText(toWinAnsi(text))).not.toThrow();
      }
    },
  );

  it("agrees with Helvetica on which characters WinAnsi has", async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    for (let code = 0x20; code <= 0x2122; code += 1) {
      const char = String.fromCodePoint(code);
      if (isWinAnsi(char)) expect(() => font.encodeText(char), char).not.toThrow();
    }
  });
});
