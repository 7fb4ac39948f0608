import {
  decodePDFRawStream,
  PDFArray,
  PDFDocument,
  PDFRawStream,
  StandardFonts,
  type PDFPage,
} from "pdf-lib";
import { describe, expect, it } from "vitest";
import { formatDate } from "../lib/format-date";
import { checkIn, rating, session } from "../progress/journal-fixtures";
import { buildPdf } from "./build-pdf";
import { buildPrintDocument } from "./build-print-document";
import { summariseProgress } from "./build-progress-blocks";
import { SAMPLE_REQUESTS, samplePlan } from "./sample-plans";
import { isWinAnsi, toWinAnsi } from "./to-win-ansi";

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
    for (const session of plan.schedule)
      expect(flat).toContain(`Session ${session.number}: ${formatDate(session.date)}`);
    expect(flat).toContain("Mon 4 Jan 2027");
    expect(flat).toContain("Page 1 of");
    expect(flat).toContain(toWinAnsi(plan.disclaimer));
  });

  it("adds a course's progress after the disclaimer", async () => {
    const plan = samplePlan("caution");
    const progress = summariseProgress({
      state: "active",
      changes: [],
      sessions: [session("2027-01-04")],
      checkIns: [checkIn("2027-01-05", { redness: 2 })],
      ratings: [rating("2027-02-01", "acne-scars", 6)],
    });
    const blocks = buildPrintDocument({ title: "t", madeOn: "2026-12-01", plan, progress });
    const { text } = await textOf(await buildPdf(blocks, { title: "t", createdAt }));
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Progress so far");
    expect(flat).toContain("1 of 4 sessions done");
    expect(flat).toContain("Latest check-in (Tue 5 Jan 2027)");
    expect(flat).toContain("Redness: 2 of 3");
    expect(flat).toContain("Acne scars: 6 of 10 (Mon 1 Feb 2027)");
    expect(flat.indexOf("Please read")).toBeLessThan(flat.indexOf("Progress so far"));
  });

  it("ends a draft's plan with where the two rule packs differ", () => {
    const plan = samplePlan("caution");
    const other = samplePlan("cautionEvidence");
    const blocks = buildPrintDocument({ title: "t", madeOn: "2026-12-01", plan, other });
    const at = blocks.findIndex((b) => b.text === "Where the guideline and the evidence differ");
    expect(at).toBeGreaterThan(blocks.findIndex((b) => b.text === "Why these numbers"));
    const rows = blocks
      .slice(at)
      .filter((b) => b.kind === "bullet")
      .map((b) => b.text);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toContain(
      `Recommended weeks apart: Guideline (your plan) ${plan.intervalWeeks!.recommended}; Evidence ${other.intervalWeeks!.recommended}`,
    );
  });

  it("makes a one-page-or-more PDF for a plan with no dates", async () => {
    const plan = samplePlan("contraindicated");
    const blocks = buildPrintDocument({ title: "Your plan", madeOn: "2026-12-01", plan });
    const { pages, text } = await textOf(await buildPdf(blocks, { title: "Your plan", createdAt }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(text).toContain("Microneedling is not safe for you right now");
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
