// The courses this browser follows. The server keeps the course itself; this list only remembers
// which ids are this person's, so the app can offer "continue my course" and "delete my data".
import type { Course } from "@mnplan/core";
import { apiFetch } from "./api";
import type { DraftRequest } from "./draft";
import { useStoredState, writeStored } from "./use-stored-state";

export interface FollowedCourse {
  readonly id: string;
  readonly label: string;
  readonly createdAt: string;
}

export const COURSES_KEY = "mnplan.courses.v1";
const NONE: readonly FollowedCourse[] = [];

function isFollowedList(value: unknown): value is readonly FollowedCourse[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === "object" &&
        item !== null &&
        typeof (item as FollowedCourse).id === "string" &&
        typeof (item as FollowedCourse).label === "string" &&
        typeof (item as FollowedCourse).createdAt === "string",
    )
  );
}

/** The followed courses, newest last, kept across reloads. */
export function useFollowedCourses(): readonly FollowedCourse[] {
  return useStoredState(COURSES_KEY, NONE, isFollowedList)[0];
}

function readFollowed(): readonly FollowedCourse[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(COURSES_KEY) ?? "[]");
    return isFollowedList(parsed) ? parsed : NONE;
  } catch {
    return NONE;
  }
}

/** Starts a course on the server from a (complete) request, and remembers it here. */
export async function startCourse(request: DraftRequest, label: string): Promise<Course> {
  const course = await apiFetch<Course>("/api/courses", { body: { request, label } });
  writeStored(COURSES_KEY, [
    ...readFollowed(),
    { id: course.id, label: course.label ?? label, createdAt: course.createdAt },
  ]);
  return course;
}

/** Forgets a course here (after the server deleted it, or when it no longer exists there). */
export function forgetCourse(id: string): void {
  writeStored(
    COURSES_KEY,
    readFollowed().filter((course) => course.id !== id),
  );
}
