import type { Course, PlanRequest } from "@mnplan/core";
import { makePalette, wantsColour } from "./colour.js";
import type { Io } from "./io.js";
import { renderNextDue } from "./render-standing-text.js";
import { renderSummary } from "./render-summary-text.js";
import type { TextLayout } from "./text-layout.js";
import { TEXT_WIDTH } from "./wrap-text.js";

/** A word for the shell as typed: quoted when it holds anything but safe characters. */
export function shellWord(word: string): string {
  return /^[\w./:@%+=-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** The session-log command line for a new course, with the first date and the areas to chart. */
function logExample(course: Course, dataDir: string | undefined): string {
  const first = course.current.plan.schedule[0];
  const areas = first?.depthByArea.map((depth) => depth.area) ?? ["AREA"];
  return [
    "mnplan session log",
    course.id,
    ...(course.nextDue === null ? [] : ["--date", course.nextDue]),
    "--device pen",
    ...areas.map((area) => `--depth ${area}:MM`),
    ...(dataDir === undefined ? [] : ["--data-dir", shellWord(dataDir)]),
  ].join(" ");
}

/** What `mnplan course new` prints: the course's id and status, the answer, and what to do next. */
export function renderCourseCreated(
  course: Course,
  request: PlanRequest,
  options: { readonly io: Io; readonly dataDir: string | undefined },
): string {
  const layout: TextLayout = {
    palette: makePalette(wantsColour(options.io)),
    width: TEXT_WIDTH,
  };
  const { plan, state } = course.current;
  const label = course.label === null ? "" : ` (${course.label})`;
  const dataDir = options.dataDir === undefined ? "" : ` --data-dir ${shellWord(options.dataDir)}`;
  const lines = [
    layout.palette.bold(`Course ${course.id}${label}`),
    `Status: ${plan.status} · course ${state}`,
    "",
    ...renderSummary(plan, request, layout),
    "",
    renderNextDue(state, course.nextDue),
    "",
    "Log each session as it happens (--device pen or roller; --depth AREA:MM as used):",
    `  ${logExample(course, options.dataDir)}`,
    "See the plan, the journal and every change:",
    `  mnplan course show ${course.id}${dataDir}`,
  ];
  return `${lines.join("\n")}\n`;
}
