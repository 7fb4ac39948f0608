import type { PlanRequest, TreatmentPlan } from "@mnplan/core";
import { formatDate, formatRange } from "./format-date.js";
import { count, type TextLayout } from "./text-layout.js";
import { wrapText } from "./wrap-text.js";

/** The status in plain words: a headline and what it means. */
function statusWords(plan: TreatmentPlan): {
  headline: string;
  detail: string;
  tone: "good" | "care" | "stop";
} {
  const points = plan.screening.filter((item) => item.level === "caution").length;
  switch (plan.status) {
    case "ok":
      return {
        headline: "Good to go.",
        detail: "Nothing in your answers stands in the way.",
        tone: "good",
      };
    case "caution":
      return {
        headline: "You can go ahead, with care.",
        detail: `${count(points, "point")} to talk through with your practitioner first: see "Your screening".`,
        tone: "care",
      };
    case "defer":
      return plan.earliestStart === null
        ? {
            headline: "Not yet.",
            detail: "Something must heal or settle first, so there are no dates yet: see below.",
            tone: "care",
          }
        : {
            headline: `Not yet: start on or after ${formatDate(plan.earliestStart)}.`,
            detail: "Something has to clear first; the dates below start once it has.",
            tone: "care",
          };
    case "refer":
      return {
        headline: "A professional should decide first.",
        detail:
          "Your answers include something a professional must assess before any needling, so there are no dates: see below.",
        tone: "stop",
      };
    case "contraindicated":
      return {
        headline: "Microneedling is not advised for you now.",
        detail: "No sessions are planned: see below for why and what you can do.",
        tone: "stop",
      };
  }
}

function describeConcerns(request: PlanRequest | undefined): string {
  if (!request) return "";
  const parts = request.concerns.map((concern) => {
    const grade =
      concern.severity ??
      (concern.goodmanBaron === undefined ? undefined : `Goodman–Baron ${concern.goodmanBaron}`);
    const extra = [
      grade,
      concern.glogau === undefined ? undefined : `Glogau ${concern.glogau}`,
      concern.stage,
      concern.scarType,
    ].filter((part) => part !== undefined);
    return `${concern.concern.replace("-", " ")}${extra.length > 0 ? ` (${extra.join(", ")})` : ""} on the ${concern.areas.join(", ")}`;
  });
  return `: ${parts.join("; ")}`;
}

/** The series in a sentence (when it is dated), then its range and spacing. */
function renderSeries(plan: TreatmentPlan, layout: TextLayout): string[] {
  const { palette, width } = layout;
  const { sessions, intervalWeeks } = plan;
  if (!sessions || !intervalWeeks) return [];
  const first = plan.schedule[0];
  const last = plan.schedule.at(-1);
  const lines: string[] = [""];
  if (first && last) {
    const planned =
      plan.schedule.length === sessions.recommended
        ? count(plan.schedule.length, "session")
        : `${plan.schedule.length} of ${sessions.recommended} sessions`;
    const span =
      first === last
        ? `on ${formatDate(first.date)}`
        : `from ${formatDate(first.date)} to ${formatDate(last.date)}`;
    lines.push(
      palette.bold(
        wrapText(`${planned}, about ${intervalWeeks.recommended} weeks apart, ${span}.`, width),
      ),
    );
  }
  const spacing =
    plan.minDaysBetweenSessions === null
      ? ""
      : ` (never less than ${plan.minDaysBetweenSessions} days)`;
  const reassess = sessions.reassessAfterSeries
    ? " Reassess with a professional after the series."
    : "";
  const lead = first ? "A series" : "Once cleared, a series";
  const series = `${lead} for ${sessions.setBy.replace("-", " ")} is ${formatRange(sessions)} sessions; your answers point to ${sessions.recommended}, ${formatRange(intervalWeeks)} weeks apart${spacing}.${reassess}`;
  lines.push(wrapText(series, width));
  return lines;
}

/** The answer first: what the plan is for, its status in plain words, and the series in one sentence. */
export function renderSummary(
  plan: TreatmentPlan,
  request: PlanRequest | undefined,
  layout: TextLayout,
): string[] {
  const { palette, width } = layout;
  const words = statusWords(plan);
  const colour =
    words.tone === "good" ? palette.green : words.tone === "care" ? palette.yellow : palette.red;
  const context = `${plan.rules.name} rules ${plan.rules.version} · ${plan.setting} · dates in ${plan.timeZone}`;
  return [
    palette.bold(wrapText(`Your microneedling plan${describeConcerns(request)}`, width)),
    palette.dim(wrapText(context, width)),
    "",
    colour(palette.bold(wrapText(words.headline, width))),
    wrapText(words.detail, width),
    ...renderSeries(plan, layout),
  ];
}
