// What the journeys start from: a newcomer's plan request dated from today, a course made from it on
// the server, and the browser storage that makes the app remember them.
import {
  addDays,
  plan,
  todayInZone,
  type Course,
  type PlanRequestInput,
  type TreatmentPlan,
} from "@mnplan/core";
import type { Page } from "playwright-core";
import { TIME_ZONE } from "./browser";

/** Today in the zone every test page runs in. */
export const today = (): string => todayInZone(Date.now(), TIME_ZONE);

/** A complete plan request: moderate acne scars on the cheeks, starting in two weeks. */
export function newcomerRequest(overrides: Partial<PlanRequestInput> = {}): PlanRequestInput {
  return {
    concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
    age: 34,
    fitzpatrick: 3,
    setting: "clinic",
    startDate: addDays(today(), 14),
    timeZone: TIME_ZONE,
    ...overrides,
  };
}

/** The localStorage the app keeps the questionnaire's draft in (src/lib/draft.ts). */
export const draftStorage = (request: PlanRequestInput, step = 0) => ({
  "mnplan.draft.v1": { request, step },
});

/** The localStorage the app keeps its followed courses in (src/lib/courses.ts). */
export const followedStorage = (courses: readonly Course[]) => ({
  "mnplan.courses.v1": courses.map((course) => ({
    id: course.id,
    label: course.label ?? "",
    createdAt: course.createdAt,
  })),
});

/** Starts a course on the server, as the app would. */
export async function createCourse(
  base: string,
  request: PlanRequestInput,
  label = "My cheeks",
): Promise<Course> {
  const response = await fetch(`${base}/api/courses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ request, label }),
  });
  if (response.status !== 201) throw new Error(`POST /api/courses: ${await response.text()}`);
  return (await response.json()) as Course;
}

async function post(base: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Gives a course a little history through the API: a session today, a check-in, a rating, two photos. */
export async function seedJournal(base: string, course: Course, photo: Uint8Array): Promise<void> {
  const id = encodeURIComponent(course.id);
  const date = today();
  await logSessionAndCheckIn(base, course, { redness: 2 });
  await post(base, `/api/courses/${id}/ratings`, { date, concern: "acne-scars", score: 3 });
  await uploadPhoto(base, course, addDays(date, -28), photo);
  await uploadPhoto(base, course, date, photo);
}

/** Uploads a photo of the cheeks, from the front, through the API. */
export async function uploadPhoto(
  base: string,
  course: Course,
  date: string,
  photo: Uint8Array,
): Promise<void> {
  const form = new FormData();
  for (const [key, value] of Object.entries({ date, angle: "front", area: "cheeks" }))
    form.append(key, value);
  form.append("consent", "true");
  form.append("file", new Blob([new Uint8Array(photo)], { type: "image/png" }), "cheeks.png");
  const url = `${base}/api/courses/${encodeURIComponent(course.id)}/photos`;
  const response = await fetch(url, { method: "POST", body: form });
  if (response.status !== 201) throw new Error(`photo upload: ${await response.text()}`);
}

/** Logs today's session on a course, then today's check-in with these scores and signs. */
export async function logSessionAndCheckIn(
  base: string,
  course: Course,
  checkIn: { redness: number; warningSigns?: readonly string[] },
): Promise<void> {
  const id = encodeURIComponent(course.id);
  const date = today();
  await post(base, `/api/courses/${id}/sessions`, {
    date,
    setting: "clinic",
    device: "pen",
    depthByArea: [{ area: "cheeks", depthMm: 1 }],
  });
  await post(base, `/api/courses/${id}/check-ins`, {
    date,
    swelling: 1,
    pain: 1,
    flaking: 0,
    ...checkIn,
  });
}

/** A course paused by a warning sign: a session today, then a check-in reporting a fever. */
export async function pausedCourse(base: string): Promise<Course> {
  const course = await createCourse(base, newcomerRequest({ startDate: today() }), "Paused");
  await logSessionAndCheckIn(base, course, { redness: 2, warningSigns: ["fever"] });
  return course;
}

/** The course as the server has it now. */
export async function fetchCourse(base: string, id: string): Promise<Course> {
  const response = await fetch(`${base}/api/courses/${encodeURIComponent(id)}`);
  if (!response.ok) throw new Error(`GET course: ${response.status} ${await response.text()}`);
  return (await response.json()) as Course;
}

/** The request the app kept for these answers, planned here by the same core. */
export async function planOfDraft(
  page: Page,
): Promise<{ request: Record<string, unknown>; plan: TreatmentPlan }> {
  const stored = await page.evaluate(() => window.localStorage.getItem("mnplan.draft.v1"));
  const { request } = JSON.parse(stored ?? "{}") as { request: Record<string, unknown> };
  const timeZone = typeof request.timeZone === "string" ? request.timeZone : TIME_ZONE;
  const result = plan({ today: todayInZone(Date.now(), timeZone), ...request, timeZone });
  if (!result.ok) throw new Error(`the draft does not plan: ${JSON.stringify(result.issues)}`);
  return { request, plan: result.value };
}
