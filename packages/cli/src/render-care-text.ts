import {
  differenceInDays,
  type AftercareStep,
  type ScheduledSession,
  type TreatmentPlan,
} from "@mnplan/core";
import { formatDate, formatShortDate, formatSpan } from "./format-date.js";
import { bullet, codeWords, heading, paragraph, type TextLayout } from "./text-layout.js";
import { wrapLabelled, wrapText } from "./wrap-text.js";

const KIND_WORDS: Readonly<Record<AftercareStep["kind"], string>> = {
  expect: "Expect",
  do: "Do",
  avoid: "Avoid",
};

/** Pairs of words laid out as two aligned columns. */
function columns(pairs: readonly (readonly [string, string])[]): string[] {
  const first = Math.max(...pairs.map(([left]) => left.length));
  return pairs.map(([left, right]) => `${left.padEnd(first)}  ${right}`);
}

function daysBeforeWords(days: number): string {
  return days === 0 ? "On the day" : days === 1 ? "The day before" : `${days} days before`;
}

/** The steps before session 1 with their dates, then the dates the same steps start before each later session. */
export function renderPrep(plan: TreatmentPlan, layout: TextLayout): string[] {
  const [first, ...later] = plan.schedule;
  if (!first) return [];
  const { palette, width } = layout;
  const lines = [
    ...heading("Before each session", layout),
    palette.bold(`  Before session 1 on ${formatDate(first.date)}`),
  ];
  const labels = columns(
    first.prep.map((step) => [
      daysBeforeWords(differenceInDays(first.date, step.date)),
      formatDate(step.date),
    ]),
  );
  const labelWidth = Math.max(...labels.map((label) => label.length)) + 2;
  first.prep.forEach((step, index) =>
    lines.push(wrapLabelled(labels[index] ?? "", step.text, width, "  ", labelWidth)),
  );
  if (later.length > 0) {
    lines.push(
      "",
      palette.bold("  Before every later session: the same steps, counted back from its date"),
    );
    for (const session of later) {
      const starts = session.prep
        .filter((step) => step.date !== session.date)
        .map((step) => `${codeWords(step.code)} ${formatShortDate(step.date)}`)
        .join(" · ");
      lines.push(
        wrapText(
          `Session ${session.number} (${formatShortDate(session.date)}): ${starts}`,
          width,
          "  ",
          "    ",
        ),
      );
    }
  }
  return lines;
}

/** Session 1's aftercare, each step labelled with its days and dates, in date order. */
function renderAftercareSteps(session: ScheduledSession, layout: TextLayout): string[] {
  const steps = [...session.aftercare].sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
  const labels = columns(
    steps.map((step) => {
      const from = differenceInDays(step.from, session.date);
      const to = differenceInDays(step.to, session.date);
      return [`Day ${from === to ? from : `${from}–${to}`}`, formatSpan(step.from, step.to)];
    }),
  );
  const labelWidth = Math.max(...labels.map((label) => label.length)) + 2;
  return steps.map((step, index) => {
    const kind =
      step.kind === "avoid" ? layout.palette.yellow(KIND_WORDS[step.kind]) : KIND_WORDS[step.kind];
    return wrapLabelled(
      labels[index] ?? "",
      `${kind}: ${step.text}`,
      layout.width,
      "  ",
      labelWidth,
    );
  });
}

/** What to expect, do and avoid after session 1, dated and counted in days; the warning signs; home hygiene. */
export function renderAftercare(plan: TreatmentPlan, layout: TextLayout): string[] {
  const first = plan.schedule[0];
  if (!first) return [];
  const { palette } = layout;
  const lines = [
    ...heading("After each session", layout),
    palette.bold(`  After session 1 on ${formatDate(first.date)} (day 0 is the session day)`),
    ...renderAftercareSteps(first, layout),
  ];
  if (plan.schedule.length > 1)
    lines.push(
      "",
      paragraph("After every later session the same steps follow, counted from its day.", layout),
    );
  lines.push("", palette.bold("  Warning signs"), paragraph(plan.warningSigns.text, layout));
  lines.push(...plan.warningSigns.signs.map((sign) => bullet(sign, layout)));
  if (plan.homeHygiene.length > 0) {
    lines.push(
      "",
      palette.bold("  Treating at home"),
      ...plan.homeHygiene.map((rule) => bullet(rule, layout)),
    );
  }
  return lines;
}
