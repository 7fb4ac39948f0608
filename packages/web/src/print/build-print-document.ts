// A plan (and a course's progress) as plain text blocks for the PDF, in the printable page's order
// and with the plan parts' own words, so the PDF says what the page says: the answer first, the
// health check, the sessions with their steps, what to expect, why, and the disclaimer.
import type { ScheduledSession, TreatmentPlan } from "@mnplan/core";
import { formatDate, formatDateLong, formatDateRange } from "../lib/format-date";
import { summarizePlan } from "../plan/plan-summary";
import { t } from "../strings";
import { buildComparisonBlocks } from "./build-comparison-blocks";
import { buildProgressBlocks, type ProgressSummary } from "./build-progress-blocks";
import type { PrintBlock, PrintBlockKind } from "./print-block";

const block = (kind: PrintBlockKind, text: string): PrintBlock => ({ kind, text });
const p = t.plan;

function summaryBlocks(plan: TreatmentPlan): PrintBlock[] {
  const s = p.summary;
  const out = [block("heading", s.title), block("lead", summarizePlan(plan))];
  const { sessions, intervalWeeks, schedule } = plan;
  if (sessions && schedule.length === 0)
    out.push(block("paragraph", plan.status === "refer" ? s.noDatesRefer : s.noDatesDefer));
  if (sessions && intervalWeeks) {
    const first = schedule[0];
    out.push(
      block(
        "bullet",
        s.usualRange(
          p.range(sessions.min, sessions.max),
          p.range(intervalWeeks.min, intervalWeeks.max),
        ),
      ),
      block("bullet", s.setBy(p.concerns[sessions.setBy])),
      ...(sessions.reassessAfterSeries ? [block("bullet", s.reassess)] : []),
      ...(first ? [block("bullet", s.depth(p.range(first.depthMm.min, first.depthMm.max)))] : []),
      block("bullet", s.rules(plan.rules.name)),
    );
  }
  if (schedule.length > 0) {
    out.push(block("subheading", s.datesTitle));
    for (const session of schedule)
      out.push(block("bullet", s.sessionDate(session.number, formatDate(session.date))));
  }
  return out;
}

function screeningBlocks(plan: TreatmentPlan): PrintBlock[] {
  const s = p.screening;
  const out = [block("heading", s.status[plan.status]), block("paragraph", s.meaning[plan.status])];
  if (plan.screening.some((item) => item.code === "pregnancy" || item.code === "breastfeeding"))
    out.push(block("paragraph", s.pregnancy));
  if (plan.status === "defer")
    out.push(
      block("lead", plan.earliestStart ? s.earliest(formatDate(plan.earliestStart)) : s.noEarliest),
    );
  out.push(block("paragraph", s.next[plan.status]));
  if (plan.screening.length > 0) out.push(block("subheading", s.itemsTitle));
  for (const item of plan.screening) {
    const dates =
      item.level !== "defer"
        ? ""
        : item.clearsOn
          ? s.clearsOn(formatDate(item.clearsOn))
          : item.notBefore
            ? `${s.whenHealed} ${s.notBefore(formatDate(item.notBefore))}`
            : s.whenHealed;
    const text = [`${s.level[item.level]}: ${item.message}`, item.advice, dates];
    out.push(block("bullet", text.filter(Boolean).join(" ")));
  }
  return out;
}

function sessionBlocks(session: ScheduledSession): PrintBlock[] {
  const s = p.timeline;
  const done = session.state === "done" ? ` (${s.done})` : "";
  const used = session.state === "done" ? session.performedDepthByArea : undefined;
  const depths = used
    ? used.map((line) => s.depthUsed(p.areas[line.area], line.depthMm))
    : session.depthByArea.map((line) =>
        s.depthLine(p.areas[line.area], p.range(line.depthMm.min, line.depthMm.max)),
      );
  return [
    block("subheading", `${s.session(session.number, formatDate(session.date))}${done}`),
    ...(session.daysSincePrevious === null
      ? []
      : [block("note", s.daysAfter(session.daysSincePrevious))]),
    ...depths.map((text) => block("paragraph", text)),
    block("lead", s.before),
    ...session.prep.map((step) => block("bullet", `${formatDate(step.date)}: ${step.text}`)),
    block("lead", s.after),
    ...session.aftercare.map((step) =>
      block("bullet", `${formatDateRange(step.from, step.to)}: ${s.kind[step.kind]}: ${step.text}`),
    ),
  ];
}

function timelineBlocks(plan: TreatmentPlan): PrintBlock[] {
  if (plan.schedule.length === 0) return [];
  const s = p.timeline;
  return [
    block("heading", s.title),
    block("note", s.intro),
    block("subheading", s.sessionDay),
    block("paragraph", plan.sessionDay.text),
    ...plan.schedule.flatMap(sessionBlocks),
  ];
}

function expectBlocks(plan: TreatmentPlan): PrintBlock[] {
  if (!plan.sessions) return [];
  const e = p.expect;
  const out = [block("heading", e.title)];
  for (const m of plan.milestones)
    out.push(block("bullet", m.date ? `${formatDate(m.date)}: ${m.text}` : m.text));
  if (plan.maintenance)
    out.push(block("subheading", e.maintenance), block("paragraph", plan.maintenance.text));
  out.push(block("subheading", e.warningSigns), block("paragraph", plan.warningSigns.text));
  out.push(...plan.warningSigns.signs.map((sign) => block("bullet", sign)));
  if (plan.homeHygiene.length > 0) out.push(block("subheading", e.hygiene));
  out.push(...plan.homeHygiene.map((line) => block("bullet", line)));
  return out;
}

function whyBlocks(plan: TreatmentPlan): PrintBlock[] {
  const w = p.why;
  const out = [
    block("heading", w.title),
    block("paragraph", w.intro),
    block("subheading", w.gradesTitle),
  ];
  for (const [grade, meaning] of Object.entries(w.grades))
    out.push(block("bullet", `${grade}: ${meaning}`));
  let topic = "";
  for (const line of plan.explanation) {
    if (line.topic !== topic) out.push(block("subheading", w.topics[line.topic]));
    topic = line.topic;
    out.push(block("paragraph", line.effect));
    out.push(block("note", `${w.grade(line.grade)}. ${w.rule(line.rule)}`));
    if (line.evidenceNote) out.push(block("note", `${w.evidenceNote}: ${line.evidenceNote}`));
    out.push(...line.sources.map((source) => block("note", source)));
  }
  return out;
}

/** Every block of a printed plan, with a course's progress after the disclaimer. */
export function buildPrintDocument(input: {
  readonly title: string;
  readonly madeOn: string;
  readonly plan: TreatmentPlan;
  readonly progress?: ProgressSummary;
  /** The same answers planned with the other rule pack, for the comparison at the end. */
  readonly other?: TreatmentPlan;
}): PrintBlock[] {
  const { plan } = input;
  const dated = plan.schedule.length > 0;
  const warnings = plan.warnings.map((w) => block("bullet", w.message));
  return [
    block("title", input.title),
    block("meta", t.print.madeOn(formatDateLong(input.madeOn))),
    ...(dated ? summaryBlocks(plan) : []),
    ...screeningBlocks(plan),
    ...(dated ? [] : summaryBlocks(plan)),
    ...(warnings.length > 0 ? [block("heading", p.warnings.title), ...warnings] : []),
    block("heading", p.disclaimer.title),
    block("paragraph", plan.disclaimer),
    ...(input.progress ? buildProgressBlocks(input.progress, plan) : []),
    ...timelineBlocks(plan),
    ...expectBlocks(plan),
    ...whyBlocks(plan),
    ...(input.other ? buildComparisonBlocks(plan, input.other) : []),
  ];
}
