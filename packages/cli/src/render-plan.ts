import { buildCalendar, type PlanRequest, type TreatmentPlan } from "@mnplan/core";
import { makePalette } from "./colour.js";
import { renderPlanText } from "./render-plan-text.js";
import { TEXT_WIDTH } from "./wrap-text.js";

export const FORMATS = ["text", "json", "ics"] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  readonly format: Format;
  /** The instant the output is made (the calendar's DTSTAMP). */
  readonly now: number;
  readonly colour: boolean;
  readonly request?: PlanRequest;
}

/** A plan in one of the output formats: readable text, the plan's JSON, or an iCalendar file. */
export function renderPlan(plan: TreatmentPlan, options: RenderOptions): string {
  switch (options.format) {
    case "text":
      return renderPlanText(plan, options.request, {
        palette: makePalette(options.colour),
        width: TEXT_WIDTH,
      });
    case "json":
      return `${JSON.stringify(plan, null, 2)}\n`;
    case "ics":
      return buildCalendar(plan, { generatedAt: options.now });
  }
}
