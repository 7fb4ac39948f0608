import type { Level, ScreeningItem, TreatmentPlan } from "@mnplan/core";
import { formatDate } from "./format-date.js";
import { heading, type TextLayout } from "./text-layout.js";
import { wrapText } from "./wrap-text.js";

const LEVEL_WORDS: Readonly<Record<Level, string>> = {
  contraindicated: "Not advised",
  defer: "Wait",
  refer: "A professional decides",
  caution: "Take care",
};

function whenWords(item: ScreeningItem): string | undefined {
  if (item.level !== "defer") return undefined;
  if (item.clearsOn) return `Earliest start: ${formatDate(item.clearsOn)}.`;
  const healed =
    "When it has healed or settled: there is no date for that, so run mnplan again then.";
  return item.notBefore ? `${healed} Not before ${formatDate(item.notBefore)}.` : healed;
}

function renderItem(item: ScreeningItem, layout: TextLayout): string[] {
  const { palette, width } = layout;
  const colour = item.level === "caution" ? palette.yellow : palette.red;
  const lines = [
    wrapText(
      `${colour(palette.bold(`${LEVEL_WORDS[item.level]}:`))} ${item.message}`,
      width,
      "  - ",
      "    ",
    ),
  ];
  if (item.advice !== undefined)
    lines.push(wrapText(`What to do: ${item.advice}`, width, "    ", "    "));
  const when = whenWords(item);
  if (when !== undefined) lines.push(wrapText(when, width, "    ", "    "));
  return lines;
}

/** For a plan without dates: why, and what to do, in place of the schedule. */
export function renderNoSchedule(plan: TreatmentPlan, layout: TextLayout): string[] {
  if (plan.schedule.length > 0) return [];
  const blocking = plan.screening.filter((item) => item.level !== "caution");
  const lines = heading("Why there are no dates", layout);
  for (const item of blocking) lines.push(...renderItem(item, layout));
  if (blocking.length === 0)
    lines.push(
      wrapText(
        "No allowed day was found for a session: loosen the preferred days or the blackout periods.",
        layout.width,
        "  ",
        "  ",
      ),
    );
  if (plan.status === "refer")
    lines.push(
      "",
      wrapText(
        "Show this plan to a dermatologist or an experienced practitioner: they can clear you, change the plan, or suggest something better suited.",
        layout.width,
        "  ",
        "  ",
      ),
    );
  return lines;
}

/** Everything screening found, explained kindly, with what to do and the earliest date where there is one. */
export function renderScreening(plan: TreatmentPlan, layout: TextLayout): string[] {
  const lines = heading("Your screening", layout);
  if (plan.screening.length === 0)
    return [
      ...lines,
      wrapText(
        "Nothing in your answers needs special care. Your practitioner still checks on the day.",
        layout.width,
        "  ",
        "  ",
      ),
    ];
  const shown =
    plan.schedule.length > 0
      ? plan.screening
      : plan.screening.filter((item) => item.level === "caution");
  if (shown.length === 0) return [];
  for (const item of shown) lines.push(...renderItem(item, layout));
  return lines;
}

/** The plan's warnings, each tied to its session where it has one. */
export function renderWarnings(plan: TreatmentPlan, layout: TextLayout): string[] {
  if (plan.warnings.length === 0) return [];
  const lines = heading("Points to note", layout);
  for (const warning of plan.warnings) {
    const named =
      warning.session === undefined ||
      warning.message.toLowerCase().includes(`session ${warning.session}`);
    const session = named ? "" : `Session ${warning.session}: `;
    lines.push(
      wrapText(
        `${session}${warning.message}`,
        layout.width,
        `  ${layout.palette.yellow("!")} `,
        "    ",
      ),
    );
  }
  return lines;
}
