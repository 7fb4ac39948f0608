// A plan (and a course's progress) as a list of plain text blocks: what the PDF draws, in the same
// order as the printable page shows it, answer first.
import type { ScheduledSession, TreatmentPlan } from "@mnplan/core";
import { t } from "../strings";
import { formatDay } from "./format-day";
import { buildProgressBlocks, type ProgressSummary } from "./build-progress-blocks";
import type { PrintBlock, PrintBlockKind } from "./print-block";

const block = (kind: PrintBlockKind, text: string): PrintBlock => ({ kind, text });
const words = t.print;

/** The answer first: whether to go ahead, then how many sessions, how often, from when. */
export function describeAnswer(plan: TreatmentPlan): string[] {
  const status = words.answer.status[plan.status];
  const first = plan.schedule[0];
  if (!first || !plan.sessions || !plan.intervalWeeks) {
    const earliest =
      plan.status === "defer" && plan.earliestStart
        ? [words.answer.earliest(formatDay(plan.earliestStart))]
        : [];
    return [status, ...earliest, words.answer.noSchedule];
  }
  const { min, max } = plan.sessions;
  const weeks = plan.intervalWeeks;
  const count = words.answer.sessions(plan.schedule.length);
  const usual = min === max ? "" : ` ${words.answer.range(min, max)}`;
  const interval = words.answer.interval(weeks.min, weeks.max, weeks.recommended);
  return [
    status,
    `${count}${usual}, ${interval}, ${words.answer.starting(formatDay(first.date))}.`,
  ];
}

function areaName(area: string): string {
  return (t.progress.areas as Record<string, string>)[area] ?? area;
}

/** "Session 1: Monday 4 January 2027 (cheeks 0.75 to 1.25 mm)". */
export function describeSession(session: ScheduledSession): string {
  const depths = session.depthByArea
    .map((a) => words.dates.depth(areaName(a.area), a.depthMm.min, a.depthMm.max))
    .join("; ");
  const done = session.state === "done" ? `, ${words.dates.done}` : "";
  return `${words.dates.session(session.number, formatDay(session.date))}${done} (${depths})`;
}

function careBlocks(plan: TreatmentPlan): PrintBlock[] {
  if (plan.schedule.length === 0) return [];
  const out = [block("heading", words.care.heading)];
  for (const session of plan.schedule) {
    out.push(block("subheading", words.care.before(session.number)));
    for (const step of session.prep)
      out.push(block("bullet", `${words.care.on(formatDay(step.date, "medium"))}: ${step.text}`));
    out.push(block("subheading", words.care.after(session.number)));
    for (const step of session.aftercare) {
      const when =
        step.from === step.to
          ? formatDay(step.from, "medium")
          : words.care.between(formatDay(step.from, "short"), formatDay(step.to, "medium"));
      out.push(block("bullet", `${words.care.kind[step.kind]} (${when}): ${step.text}`));
    }
  }
  return out;
}

function screeningBlocks(plan: TreatmentPlan): PrintBlock[] {
  if (plan.screening.length === 0) return [];
  const out = [block("heading", words.screening.heading)];
  for (const item of plan.screening) {
    out.push(block("subheading", `${words.screening.level[item.level]}: ${item.message}`));
    if (item.advice) out.push(block("paragraph", item.advice));
    if (item.clearsOn)
      out.push(block("paragraph", words.screening.clearsOn(formatDay(item.clearsOn))));
    if (item.notBefore)
      out.push(block("paragraph", words.screening.notBefore(formatDay(item.notBefore))));
  }
  return out;
}

function guidanceBlocks(plan: TreatmentPlan): PrintBlock[] {
  const out: PrintBlock[] = [];
  if (plan.schedule.length > 0)
    out.push(block("heading", words.day.heading), block("paragraph", plan.sessionDay.text));
  if (plan.milestones.length > 0) {
    out.push(block("heading", words.milestones.heading));
    for (const m of plan.milestones)
      out.push(
        block(
          "bullet",
          m.date ? `${m.text} (${words.milestones.around(formatDay(m.date, "medium"))})` : m.text,
        ),
      );
  }
  if (plan.maintenance)
    out.push(
      block("heading", words.maintenance.heading),
      block("paragraph", plan.maintenance.text),
    );
  out.push(
    block("heading", words.warningSigns.heading),
    block("paragraph", plan.warningSigns.text),
  );
  for (const sign of plan.warningSigns.signs) out.push(block("bullet", sign));
  if (plan.homeHygiene.length > 0) {
    out.push(block("heading", words.hygiene.heading));
    for (const line of plan.homeHygiene) out.push(block("bullet", line));
  }
  if (plan.warnings.length > 0) {
    out.push(block("heading", words.notes.heading));
    for (const warning of plan.warnings) out.push(block("bullet", warning.message));
  }
  return out;
}

function whyBlocks(plan: TreatmentPlan): PrintBlock[] {
  const out = [block("heading", words.why.heading), block("note", words.why.grades)];
  for (const line of plan.explanation) {
    out.push(
      block("subheading", line.effect),
      block("note", words.why.rule(line.rule, line.grade)),
    );
    if (line.evidenceNote) out.push(block("paragraph", words.why.evidenceNote(line.evidenceNote)));
    for (const source of line.sources) out.push(block("note", source));
  }
  return out;
}

/** Every block of a printed plan, with a course's progress after the answer when there is one. */
export function buildPrintDocument(input: {
  readonly title: string;
  readonly madeOn: string;
  readonly plan: TreatmentPlan;
  readonly progress?: ProgressSummary;
}): PrintBlock[] {
  const { plan } = input;
  const answer = describeAnswer(plan);
  return [
    block("title", input.title),
    block("meta", words.madeOn(formatDay(input.madeOn))),
    block("heading", words.answer.heading),
    ...answer.map((line, i) => block(i === 0 ? "lead" : "paragraph", line)),
    ...(plan.schedule.length > 0
      ? [
          block("heading", words.dates.heading),
          ...plan.schedule.map((s) => block("bullet", describeSession(s))),
        ]
      : []),
    ...(input.progress ? buildProgressBlocks(input.progress, plan) : []),
    ...screeningBlocks(plan),
    ...careBlocks(plan),
    ...guidanceBlocks(plan),
    ...whyBlocks(plan),
    block("heading", words.disclaimer.heading),
    block("paragraph", plan.disclaimer),
  ];
}
