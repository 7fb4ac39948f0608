// Deleting: one course (on the server, then from this browser's list), or everything — every
// followed course, and everything the app keeps in this browser.
import { apiFetch, ApiError } from "../lib/api";
import { COURSES_KEY, forgetCourse, type FollowedCourse } from "../lib/courses";
import { DRAFT_KEY } from "../lib/draft";
import { writeStored } from "../lib/use-stored-state";

/** The prefix of every key the app keeps in localStorage. */
const APP_PREFIX = "mnplan.";

/** Deletes a course on the server (one already gone counts as deleted) and forgets it here. */
export async function deleteCourse(id: string): Promise<void> {
  try {
    await apiFetch(`/api/courses/${encodeURIComponent(id)}`, { method: "DELETE" });
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
  forgetCourse(id);
}

/** Removes the draft and every other value the app keeps in this browser, but the course list. */
export function clearBrowserData(): void {
  const keys = [DRAFT_KEY];
  try {
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(APP_PREFIX) && key !== COURSES_KEY) keys.push(key);
    }
  } catch {
    // No storage to read: the draft key is cleared below all the same.
  }
  for (const key of new Set(keys)) writeStored(key, undefined);
}

/** Deletes every course and the browser's data; the courses that could not be deleted. */
export async function deleteEverything(
  courses: readonly FollowedCourse[],
): Promise<FollowedCourse[]> {
  const results = await Promise.allSettled(courses.map((course) => deleteCourse(course.id)));
  clearBrowserData();
  return courses.filter((_, i) => results[i]?.status === "rejected");
}
