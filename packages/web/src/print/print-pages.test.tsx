import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PDFDocument } from "pdf-lib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { captureDownloads } from "../../test/capture-downloads";
import { saveDraft } from "../../test/fixtures";
import { mockFetch } from "../../test/mock-fetch";
import { checkIn, COURSE_ID, courseWith, rating, session } from "../progress/journal-fixtures";
import CoursePrintPage from "./course-print-page";
import DraftPrintPage from "./draft-print-page";
import { SAMPLE_REQUESTS, samplePlan } from "./sample-plans";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("DraftPrintPage", () => {
  it("shows the whole plan unfolded, prints, and downloads it as a PDF", async () => {
    saveDraft(SAMPLE_REQUESTS.caution!, 9);
    const print = vi.fn();
    vi.stubGlobal("print", print);
    const files = captureDownloads();
    const user = userEvent.setup();
    render(<DraftPrintPage params={{}} />);

    expect(screen.getByRole("heading", { level: 1, name: "Your microneedling plan" })).toBeTruthy();
    const glance = screen.getByRole("region", { name: "Your plan at a glance" });
    expect(glance.textContent).toContain("Session 1: Mon 4 Jan 2027");
    expect(screen.getByRole("region", { name: "Please read" }).textContent).toContain(
      "not a diagnosis",
    );
    for (const details of document.querySelectorAll("details")) expect(details.open).toBe(true);
    expect(
      screen.getByRole("region", { name: "Where the guideline and the evidence differ" }),
    ).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledOnce();

    await user.click(screen.getByRole("button", { name: "Download PDF" }));
    expect(await screen.findByText("The PDF is downloaded.")).toBeTruthy();
    expect(files[0]!.blob.type).toBe("application/pdf");
    const pdf = await PDFDocument.load(new Uint8Array(await files[0]!.blob.arrayBuffer()));
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toBe("Your microneedling plan");
  });

  it("sends a person with no answers to the questions", () => {
    render(<DraftPrintPage params={{}} />);
    expect(screen.getByText(/There is no plan to print yet/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Make a plan" }).getAttribute("href")).toBe("/start");
  });
});

describe("CoursePrintPage", () => {
  it("adds the course's progress: sessions done, the latest check-in and ratings", async () => {
    const base = `/api/courses/${COURSE_ID}`;
    const plan = samplePlan("caution");
    mockFetch({
      [`GET ${base}`]: { status: 200, body: courseWith(plan, SAMPLE_REQUESTS.caution as never) },
      [`GET ${base}/sessions`]: { status: 200, body: { items: [session("2027-01-04")] } },
      [`GET ${base}/check-ins`]: {
        status: 200,
        body: {
          items: [
            checkIn("2027-01-06", { redness: 1, warningSigns: ["pus"] }),
            checkIn("2027-01-05", { redness: 3 }),
          ],
        },
      },
      [`GET ${base}/ratings`]: {
        status: 200,
        body: {
          items: [rating("2027-02-01", "acne-scars", 3), rating("2027-03-01", "acne-scars", 5)],
        },
      },
    });
    render(<CoursePrintPage params={{ id: COURSE_ID }} />);
    const progress = await screen.findByRole("region", { name: "Progress so far" });
    const inProgress = within(progress);
    expect(inProgress.getByText("1 of 4 sessions done")).toBeTruthy();
    expect(
      inProgress.getByRole("heading", { name: "Latest check-in (Wed 6 Jan 2027)" }),
    ).toBeTruthy();
    expect(inProgress.getByText("Redness: 1 of 3")).toBeTruthy();
    expect(inProgress.getByText("Warning signs reported: pus")).toBeTruthy();
    expect(inProgress.getByText("Acne scars: 5 of 10 (Mon 1 Mar 2027)")).toBeTruthy();
    await waitFor(() => expect(document.title).toBe("Microneedling course: My cheeks"));
  });
});
