import { addMonths, type TreatmentPlan } from "@mnplan/core";
import { formatDate, formatRange } from "./format-date.js";
import { heading, type TextLayout } from "./text-layout.js";
import { wrapLabelled, wrapText } from "./wrap-text.js";

/** The session itself (rules.md §8). */
export function renderSessionDay(plan: TreatmentPlan, layout: TextLayout): string[] {
  if (plan.schedule.length === 0) return [];
  return [
    ...heading("On the day", layout),
    wrapText(plan.sessionDay.text, layout.width, "  ", "  "),
  ];
}

/** When results show, dated where the plan has dates (rules.md §10). */
export function renderMilestones(plan: TreatmentPlan, layout: TextLayout): string[] {
  if (plan.milestones.length === 0) return [];
  const dated = plan.milestones.filter((milestone) => milestone.date !== null);
  const labelWidth =
    dated.length > 0
      ? Math.max(...dated.map((milestone) => formatDate(milestone.date ?? "").length)) + 2
      : 0;
  const lines = heading("What to expect, and when", layout);
  for (const milestone of plan.milestones) {
    lines.push(
      milestone.date === null
        ? wrapText(milestone.text, layout.width, "  - ", "    ")
        : wrapLabelled(formatDate(milestone.date), milestone.text, layout.width, "  ", labelWidth),
    );
  }
  return lines;
}

/** Maintenance after the series, with the dates it falls between when the series is dated (rules.md §11). */
export function renderMaintenance(plan: TreatmentPlan, layout: TextLayout): string[] {
  const maintenance = plan.maintenance;
  if (!maintenance) return [];
  const last = plan.schedule.at(-1)?.date;
  const lines = [
    ...heading("After the series", layout),
    wrapText(maintenance.text, layout.width, "  ", "  "),
  ];
  if (last !== undefined && maintenance.everyMonths) {
    const { min, max } = maintenance.everyMonths;
    const window = `${formatDate(addMonths(last, min))} and ${formatDate(addMonths(last, max))}`;
    lines.push(
      wrapText(
        `The first one falls between ${window} (${formatRange(maintenance.everyMonths)} months after the last session).`,
        layout.width,
        "  ",
        "  ",
      ),
    );
  }
  if (last !== undefined && maintenance.reassessAfterMonths !== null) {
    lines.push(
      wrapText(
        `Reassess around ${formatDate(addMonths(last, maintenance.reassessAfterMonths))}.`,
        layout.width,
        "  ",
        "  ",
      ),
    );
  }
  return lines;
}
