import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mockFetch } from "../../test/mock-fetch";
import { SAMPLE_REQUESTS, samplePlan } from "../print/sample-plans";
import { checkIn, COURSE_ID, courseWith, photo, rating, session } from "./journal-fixtures";
import ProgressPage from "./progress-page";

const base = `/api/courses/${COURSE_ID}`;
const course = courseWith(samplePlan("caution"), SAMPLE_REQUESTS.caution as never);
const older = photo("2027-01-03", "front", "cheeks");
const newer = photo("2027-02-01", "front", "cheeks");
const added = photo("2027-01-10", "left-45", "cheeks");

function serve(photos = [older, newer]) {
  let current = photos;
  return mockFetch({
    [`GET ${base}`]: { status: 200, body: course },
    [`GET ${base}/sessions`]: { status: 200, body: { items: [session("2027-01-04")] } },
    [`GET ${base}/check-ins`]: {
      status: 200,
      body: {
        items: [
          checkIn("2027-01-05", { redness: 3, swelling: 2 }),
          checkIn("2027-01-06", { redness: 1 }),
        ],
      },
    },
    [`GET ${base}/ratings`]: {
      status: 200,
      body: { items: [rating("2027-02-01", "acne-scars", 4)] },
    },
    [`GET ${base}/photos`]: () => ({ status: 200, body: { items: current } }),
    [`DELETE ${base}/photos/${older.id}`]: () => {
      current = current.filter((p) => p.id !== older.id);
      return { status: 204 };
    },
    [`POST ${base}/photos`]: () => {
      current = [...current, added];
      return { status: 201, body: added };
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe("ProgressPage", () => {
  it("charts the check-ins with a table of the same numbers", async () => {
    serve();
    const user = userEvent.setup();
    render(<ProgressPage params={{ id: COURSE_ID }} />);
    const chart = await screen.findByRole("img", {
      name: /^Recovery check-ins, Mon 4 Jan 2027 to/,
    });
    expect(chart).toBeTruthy();
    const figure = chart.closest("figure")!;
    await user.click(within(figure).getByText("See the numbers as a table"));
    const rows = within(within(figure).getByRole("table")).getAllByRole("row");
    expect(rows.map((row) => row.textContent)).toEqual([
      "DateSessionRednessSwellingPainFlaking",
      "Mon 4 Jan 2027Session 1––––",
      "Tue 5 Jan 2027–3200",
      "Wed 6 Jan 2027–1000",
    ]);
    expect(screen.getByRole("img", { name: /^Your progress ratings/ })).toBeTruthy();
  });

  it("deletes a photo only after asking", async () => {
    const calls = serve();
    const user = userEvent.setup();
    render(<ProgressPage params={{ id: COURSE_ID }} />);
    await user.click(
      await screen.findByRole("button", { name: "Delete the photo of Sun 3 Jan 2027" }),
    );
    expect(screen.getByText("Delete this photo for good? It cannot be brought back.")).toBeTruthy();
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);

    await user.click(screen.getByRole("button", { name: "Keep it" }));
    expect(calls.some((c) => c.method === "DELETE")).toBe(false);

    await user.click(screen.getByRole("button", { name: "Delete the photo of Sun 3 Jan 2027" }));
    await user.click(screen.getByRole("button", { name: "Yes, delete it" }));
    await waitFor(() =>
      expect(
        screen.queryByRole("button", { name: "Delete the photo of Sun 3 Jan 2027" }),
      ).toBeNull(),
    );
    expect(calls.filter((c) => c.method === "DELETE").map((c) => c.path)).toEqual([
      `${base}/photos/${older.id}`,
    ]);
  });

  it("uploads a photo with its date, area, angle and consent", async () => {
    const calls = serve();
    const user = userEvent.setup();
    render(<ProgressPage params={{ id: COURSE_ID }} />);
    const form = (await screen.findByRole("heading", { name: "Add a photo" })).closest("form")!;
    const inForm = within(form);

    await user.click(inForm.getByRole("button", { name: "Save photo" }));
    expect(inForm.getByText("Choose a photo, or take one with the camera.")).toBeTruthy();
    expect(inForm.getByText(/Tick the box to keep the photo/)).toBeTruthy();
    expect(calls.some((c) => c.method === "POST")).toBe(false);

    const file = new File([new Uint8Array([137, 80, 78, 71])], "cheeks.png", { type: "image/png" });
    await user.upload(inForm.getByLabelText("Photo"), file);
    await user.clear(inForm.getByLabelText("Date taken"));
    await user.type(inForm.getByLabelText("Date taken"), "2027-01-10");
    await user.selectOptions(inForm.getByLabelText("Angle"), "left-45");
    await user.click(inForm.getByLabelText("Keep this photo on this planner's server"));
    await user.click(inForm.getByRole("button", { name: "Save photo" }));

    expect(await inForm.findByText("The photo is saved.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Cheeks, left, half turned" })).toBeTruthy();
    const post = calls.find((c) => c.method === "POST")!;
    const body = post.body as FormData;
    expect(post.path).toBe(`${base}/photos`);
    expect(Object.fromEntries([...body.entries()].filter(([k]) => k !== "file"))).toEqual({
      date: "2027-01-10",
      angle: "left-45",
      area: "cheeks",
      consent: "true",
    });
    expect((body.get("file") as File).name).toBe("cheeks.png");
  });
});
