// "Export everything": the questionnaire's answers and every followed course's export.json, in one file.
import { apiFetch, ApiError } from "../lib/api";
import type { FollowedCourse } from "../lib/courses";
import type { Draft } from "../lib/draft";

export interface Everything {
  readonly format: "mnplan-my-data";
  readonly version: 1;
  readonly exportedAt: string;
  /** The answers kept in this browser (a plan request, possibly incomplete), or null. */
  readonly answers: Draft["request"] | null;
  /** Each course's export, as the server gives it (`GET /api/courses/:id/export.json`). */
  readonly courses: readonly unknown[];
  /** Followed courses the server could not give: gone from it, or it could not be reached. */
  readonly missing: readonly {
    readonly id: string;
    readonly label: string;
    readonly reason: string;
  }[];
}

export type CourseExport =
  | { readonly course: FollowedCourse; readonly data: unknown }
  | { readonly course: FollowedCourse; readonly reason: string };

/** The combined file's content. */
export function buildEverything(input: {
  readonly exportedAt: string;
  readonly draft: Draft;
  readonly exports: readonly CourseExport[];
}): Everything {
  const hasAnswers = Object.keys(input.draft.request).length > 0;
  return {
    format: "mnplan-my-data",
    version: 1,
    exportedAt: input.exportedAt,
    answers: hasAnswers ? input.draft.request : null,
    courses: input.exports.flatMap((e) => ("data" in e ? [e.data] : [])),
    missing: input.exports.flatMap((e) =>
      "reason" in e ? [{ id: e.course.id, label: e.course.label, reason: e.reason }] : [],
    ),
  };
}

async function exportOf(course: FollowedCourse): Promise<CourseExport> {
  try {
    const data = await apiFetch<unknown>(
      `/api/courses/${encodeURIComponent(course.id)}/export.json`,
    );
    return { course, data };
  } catch (error) {
    if (error instanceof ApiError) return { course, reason: `${error.status} ${error.title}` };
    return { course, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Fetches every course's export and combines them with the answers. */
export async function gatherEverything(
  courses: readonly FollowedCourse[],
  draft: Draft,
  now: Date,
): Promise<Everything> {
  const exports = await Promise.all(courses.map(exportOf));
  return buildEverything({ exportedAt: now.toISOString(), draft, exports });
}
