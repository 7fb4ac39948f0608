import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { captureDownloads } from "../../test/capture-downloads";
import { mockFetch } from "../../test/mock-fetch";
import { COURSES_KEY } from "../lib/courses";
import { DRAFT_KEY } from "../lib/draft";
import { SAMPLE_REQUESTS, samplePlan } from "../print/sample-plans";
import { courseWith } from "../progress/journal-fixtures";
import MyDataPage from "./my-data-page";

const A = {
  id: "aaaaaaaa-0000-4000-8000-000000000001",
  label: "Cheeks",
  createdAt: "2026-11-02T09:00:00.000Z",
};
const B = {
  id: "bbbbbbbb-0000-4000-8000-000000000002",
  label: "",
  createdAt: "2026-11-20T09:00:00.000Z",
};
const answers = { concerns: [{ concern: "glow", areas: ["cheeks"] }], age: 40 };
const exportOf = (id: string) => ({
  exportedAt: "2026-11-26T10:00:00.000Z",
  course: { id },
  sessions: [],
});

beforeEach(() => {
  window.localStorage.setItem(COURSES_KEY, JSON.stringify([A, B]));
  window.localStorage.setItem(DRAFT_KEY, JSON.stringify({ request: answers, step: 2 }));
  window.localStorage.setItem("mnplan.something-else.v1", "1");
  window.localStorage.setItem("another-app", "kept");
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("MyDataPage", () => {
  it("lists each followed course with its exports", () => {
    mockFetch({});
    render(<MyDataPage params={{}} />);
    const link = screen.getByRole("link", { name: "Journal (CSV): Cheeks" });
    expect(link.getAttribute("href")).toBe(`/api/courses/${A.id}/export.csv`);
    expect(
      screen
        .getByRole("link", { name: "Everything (JSON): Course without a name" })
        .getAttribute("href"),
    ).toBe(`/api/courses/${B.id}/export.json`);
    expect(screen.getByRole("button", { name: "Calendar (.ics): Cheeks" })).toBeTruthy();
  });

  it("makes the course's calendar file in the browser, one event per session", async () => {
    const files = captureDownloads();
    const plan = samplePlan("caution");
    mockFetch({
      [`GET /api/courses/${A.id}`]: {
        status: 200,
        body: courseWith(plan, SAMPLE_REQUESTS.caution as never, A.id),
      },
    });
    const user = userEvent.setup();
    render(<MyDataPage params={{}} />);
    await user.click(screen.getByRole("button", { name: "Calendar (.ics): Cheeks" }));
    await waitFor(() => expect(files).toHaveLength(1));
    const ics = await files[0]!.blob.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    const starts = [
      ...ics.matchAll(/UID:[^\r]*-session-\d+@mnplan[\s\S]*?DTSTART;VALUE=DATE:(\d{8})/g),
    ];
    expect(starts.map((m) => m[1])).toEqual(plan.schedule.map((s) => s.date.replaceAll("-", "")));
  });

  it("exports everything as one JSON file: the answers and every course's export", async () => {
    const files = captureDownloads();
    mockFetch({
      [`GET /api/courses/${A.id}/export.json`]: { status: 200, body: exportOf(A.id) },
      [`GET /api/courses/${B.id}/export.json`]: { status: 200, body: exportOf(B.id) },
    });
    const user = userEvent.setup();
    render(<MyDataPage params={{}} />);
    await user.click(screen.getByRole("button", { name: "Export everything" }));
    expect(await screen.findByText("Your data is downloaded.")).toBeTruthy();
    const file = JSON.parse(await files[0]!.blob.text()) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: "mnplan-my-data",
      version: 1,
      answers,
      courses: [exportOf(A.id), exportOf(B.id)],
      missing: [],
    });
  });

  it("asks before deleting everything, then deletes every course and this browser's data", async () => {
    const calls = mockFetch({
      [`DELETE /api/courses/${A.id}`]: { status: 204 },
      [`DELETE /api/courses/${B.id}`]: { status: 404, body: { title: "Not found" } },
    });
    const user = userEvent.setup();
    render(<MyDataPage params={{}} />);
    await user.click(screen.getByRole("button", { name: "Delete everything…" }));

    const question = screen.getByRole("heading", { name: "Delete everything for good?" });
    const confirm = question.parentElement!;
    expect(within(confirm).getByText(/All 2 of your courses on the planner's server/)).toBeTruthy();
    expect(within(confirm).getByText("Cheeks")).toBeTruthy();
    expect(within(confirm).getByText(/calendar feed links/)).toBeTruthy();
    expect(within(confirm).getByText(/Your answers to the questions/)).toBeTruthy();
    expect(calls).toEqual([]);

    await user.click(screen.getByRole("button", { name: "Cancel, keep my data" }));
    expect(calls).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Delete everything…" }));
    await user.click(screen.getByRole("button", { name: "Yes, delete everything" }));

    expect(await screen.findByText(/Everything is deleted/)).toBeTruthy();
    expect(calls.map((c) => `${c.method} ${c.path}`).sort()).toEqual([
      `DELETE /api/courses/${A.id}`,
      `DELETE /api/courses/${B.id}`,
    ]);
    expect(JSON.parse(window.localStorage.getItem(COURSES_KEY) ?? "null")).toEqual([]);
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
    expect(window.localStorage.getItem("mnplan.something-else.v1")).toBeNull();
    expect(window.localStorage.getItem("another-app")).toBe("kept");
    expect(screen.getByText(/This browser follows no courses yet/)).toBeTruthy();
    expect(screen.getByText("No answers are kept in this browser.")).toBeTruthy();
  });

  it("keeps a course it could not delete, and says so", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn((path: string) =>
        path.includes(B.id)
          ? Promise.reject(new TypeError("offline"))
          : Promise.resolve(new Response(null, { status: 204 })),
      ),
    );
    const user = userEvent.setup();
    render(<MyDataPage params={{}} />);
    await user.click(screen.getByRole("button", { name: "Delete everything…" }));
    await user.click(screen.getByRole("button", { name: "Yes, delete everything" }));
    expect(await screen.findByText(/one course could not be deleted/)).toBeTruthy();
    expect(JSON.parse(window.localStorage.getItem(COURSES_KEY) ?? "null")).toEqual([B]);
    expect(window.localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it("deletes a single course after its own confirmation", async () => {
    const calls = mockFetch({ [`DELETE /api/courses/${A.id}`]: { status: 204 } });
    const user = userEvent.setup();
    render(<MyDataPage params={{}} />);
    await user.click(screen.getByRole("button", { name: "Delete the course Cheeks" }));
    expect(screen.getByText(/Delete “Cheeks” for good\?/)).toBeTruthy();
    expect(calls).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Yes, delete this course" }));
    await waitFor(() => expect(screen.queryByRole("heading", { name: "Cheeks" })).toBeNull());
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`DELETE /api/courses/${A.id}`]);
    expect(JSON.parse(window.localStorage.getItem(COURSES_KEY) ?? "null")).toEqual([B]);
    expect(window.localStorage.getItem(DRAFT_KEY)).not.toBeNull();
  });
});
