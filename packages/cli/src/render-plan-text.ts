import type { PlanRequest, TreatmentPlan } from "@mnplan/core";
import { renderAftercare, renderPrep } from "./render-care-text.js";
import { renderExplanation } from "./render-explanation-text.js";
import {
  renderMaintenance,
  renderMilestones,
  renderSessionDay,
} from "./render-expectations-text.js";
import { renderSchedule } from "./render-schedule-text.js";
import { renderNoSchedule, renderScreening, renderWarnings } from "./render-screening-text.js";
import { renderSummary } from "./render-summary-text.js";
import { heading, type TextLayout } from "./text-layout.js";
import { wrapText } from "./wrap-text.js";

/**
 * A plan as a person reads and prints it: the answer first, then the dates, the care around each
 * session, what to expect, the points to note and the screening, why every number is what it is,
 * and the disclaimer last. Plans without dates say why instead of showing a schedule.
 */
export function renderPlanText(
  plan: TreatmentPlan,
  request: PlanRequest | undefined,
  layout: TextLayout,
): string {
  const sections = [
    renderSummary(plan, request, layout),
    renderNoSchedule(plan, layout),
    renderSchedule(plan, layout),
    renderPrep(plan, layout),
    renderSessionDay(plan, layout),
    renderAftercare(plan, layout),
    plan.schedule.length > 0 ? renderMilestones(plan, layout) : [],
    renderMaintenance(plan, layout),
    renderWarnings(plan, layout),
    renderScreening(plan, layout),
    renderExplanation(plan, layout),
    [...heading("Please note", layout), wrapText(plan.disclaimer, layout.width, "  ", "  ")],
  ];
  return `${sections.flat().join("\n")}\n`;
}
