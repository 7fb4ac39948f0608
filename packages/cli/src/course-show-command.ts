import { parsePlanRequest, todayInZone, type CourseHistory, type PlanRevision } from "@mnplan/core";
import { makePalette, wantsColour } from "./colour.js";
import { invalid, reportFailure } from "./failure.js";
import { formatDate } from "./format-date.js";
import type { Io } from "./io.js";
import { withJournal } from "./open-journal.js";
import { readCourseId, reportUnknownCourse } from "./read-course-id.js";
import type { Flags } from "./read-flags.js";
import { readFormatFlag } from "./read-format-flag.js";
import { renderJournal } from "./render-journal-text.js";
import { renderPlanText } from "./render-plan-text.js";
import { renderChanges, renderNextDue } from "./render-standing-text.js";
import { heading, paragraph, type TextLayout } from "./text-layout.js";
import { TEXT_WIDTH } from "./wrap-text.js";

const CAUSES: Readonly<Record<string, string>> = {
  created: "the plan as first made",
  "session-logged": "after a session was logged",
  "check-in": "after a check-in",
  rating: "after a rating",
  reviewed: "on review",
};

/** The current revision: its number, what prompted it and when, each change with its reason, the next date. */
function renderRevision(history: CourseHistory, layout: TextLayout): string[] {
  const { course } = history;
  const revision: PlanRevision = course.current;
  const made = formatDate(todayInZone(Date.parse(revision.createdAt), revision.plan.timeZone));
  const cause = CAUSES[revision.cause] ?? revision.cause;
  const changes =
    revision.changes.length === 0
      ? [paragraph("No changes to the plan.", layout)]
      : renderChanges(revision.changes, layout);
  return [
    ...heading("Where the plan stands", layout),
    paragraph(`Revision ${revision.number}, ${cause} (${made}) · course ${revision.state}`, layout),
    ...changes,
    paragraph(renderNextDue(revision.state, course.nextDue), layout),
  ];
}

/** A course as text: a header line, the current plan as `mnplan plan` prints it, the journal, the standing. */
export function renderCourseText(history: CourseHistory, layout: TextLayout): string {
  const { course } = history;
  const request = parsePlanRequest(course.request);
  const label = course.label === null ? "" : ` (${course.label})`;
  const header = layout.palette.bold(
    `Course ${course.id}${label} · revision ${course.current.number} · ${course.current.state}`,
  );
  const plan = renderPlanText(course.current.plan, request.ok ? request.value : undefined, layout);
  const rest = [...renderJournal(history, layout), ...renderRevision(history, layout)];
  return `${header}\n\n${plan}${rest.join("\n")}\n`;
}

/** `mnplan course show ID`: the current plan, then the journal and the latest changes. */
export async function runCourseShow(flags: Flags, io: Io): Promise<number> {
  const output = readFormatFlag(flags, ["text", "json"]);
  const { id, issues } = readCourseId(flags);
  const all = [...flags.issues, ...issues, ...output.issues];
  if (id === undefined || all.length > 0) return reportFailure(io, invalid(all).failure);
  return withJournal(flags, io, async ({ repository }) => {
    const history = await repository.getHistory(id);
    if (!history) return reportUnknownCourse(io, id);
    const layout = { palette: makePalette(wantsColour(io)), width: TEXT_WIDTH };
    io.stdout.write(
      output.format === "json"
        ? `${JSON.stringify(history, null, 2)}\n`
        : renderCourseText(history, layout),
    );
    return 0;
  });
}
