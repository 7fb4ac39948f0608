// Printing: the printable plan and a course's progress summary download as real PDFs (pdf-lib loads
// only when asked), and the print stylesheet leaves the site's navigation off the paper.
import type { Course } from "@mnplan/core";
import { PDFDocument } from "pdf-lib";
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { t } from "../src/strings";
import { saveScreenshot } from "./support/artifacts";
import { describeInBrowser } from "./support/browser";
import {
  createCourse,
  draftStorage,
  followedStorage,
  newcomerRequest,
  seedJournal,
  today,
} from "./support/fixtures";
import { downloadedBytes } from "./support/downloads";
import { photoPng } from "./support/images";
import { pageReady } from "./support/pages";

const words = t.print;

/** Downloads the page's PDF and opens it; its page count. */
async function downloadPdf(page: Page): Promise<number> {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: words.pdfButton }).click(),
  ]);
  await page.getByRole("status").filter({ hasText: words.pdfDone }).waitFor();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  expect(scripts.length, "the PDF code loads when asked, not with the page").toBeGreaterThan(0);
  const pdf = await PDFDocument.load(await downloadedBytes(download));
  return pdf.getPageCount();
}

/** The page as it prints: the print stylesheet applies, and the site's navigation is hidden. */
async function expectPrintLayout(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ media: "print" });
  await expect(
    page.getByRole("navigation", { name: t.common.nav.label }).isVisible(),
  ).resolves.toBe(false);
  await expect(page.getByRole("button", { name: words.pdfButton }).isVisible()).resolves.toBe(
    false,
  );
  await saveScreenshot(page, name);
}

describeInBrowser("printing", (browsing) => {
  let course: Course;
  beforeAll(async () => {
    course = await createCourse(browsing.url(""), newcomerRequest({ startDate: today() }));
    await seedJournal(browsing.url(""), course, photoPng(64, 12));
  });

  it("downloads the draft plan as a PDF and prints without the site's frame", async () => {
    const page = await browsing.open("desktop", "/plan/print", draftStorage(newcomerRequest()));
    await pageReady(page);
    await expect(downloadPdf(page)).resolves.toBeGreaterThan(0);
    await expectPrintLayout(page, "plan-print-as-printed");
  });

  it("downloads a course's plan and progress summary as a PDF", async () => {
    const page = await browsing.open(
      "phone",
      `/course/${course.id}/print`,
      followedStorage([course]),
    );
    await pageReady(page);
    await expect(downloadPdf(page)).resolves.toBeGreaterThan(0);
    await expectPrintLayout(page, "course-print-as-printed");
  });
});
