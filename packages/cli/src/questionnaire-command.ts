import { isCalendarDate, isTimeZone, todayInZone, type TreatmentPlan } from "@mnplan/core";
import { mergeRequests } from "./complete-request.js";
import { reportFailure, reportInvalid } from "./failure.js";
import { askQuestionnaire } from "./ask-questionnaire.js";
import { loadClackPrompter } from "./clack-prompter.js";
import { CANCELLED, type Io, type Prompter } from "./io.js";
import { producePlan, type PlanContext } from "./produce-plan.js";
import { buildRequestFromAnswers } from "./questionnaire-answers.js";
import { renderPlan } from "./render-plan.js";
import { writeOutput } from "./write-output.js";
import { writePlan, type OutputChoice } from "./write-plan.js";

/** Offers to save the plan as JSON and as a calendar file, under names the person may change. */
async function offerToSave(plan: TreatmentPlan, prompt: Prompter, io: Io): Promise<number> {
  const formats = await prompt.multiselect({
    id: "save",
    message: "Save a copy? (space to pick, enter when done; enter alone for no)",
    options: [
      { value: "json" as const, label: "The plan as JSON", hint: "to keep, or for other tools" },
      {
        value: "ics" as const,
        label: "A calendar file",
        hint: ".ics: the sessions and reminders, for your phone or computer",
      },
    ],
    required: false,
  });
  if (formats === CANCELLED) return 0;
  let status = 0;
  for (const format of formats) {
    const fallback = `microneedling-plan.${format}`;
    const path = await prompt.text({
      id: `save.${format}`,
      message: "File name",
      defaultValue: fallback,
      placeholder: fallback,
    });
    if (path === CANCELLED) return status;
    const text = renderPlan(plan, { format, now: io.now(), colour: false });
    status = Math.max(
      status,
      await writeOutput(
        io,
        text,
        path.trim() === "" ? fallback : path.trim(),
        `the plan (${format})`,
      ),
    );
  }
  return status;
}

/** Today and the zone the questionnaire works in: from --today and --tz, else the clock and the default zone. */
function readWhen(
  fields: Record<string, unknown>,
  context: PlanContext,
): { today: string; timeZone: string } | undefined {
  const zone = typeof fields.timeZone === "string" ? fields.timeZone : context.defaultZone();
  if (!isTimeZone(zone)) return undefined;
  const today = typeof fields.today === "string" ? fields.today : todayInZone(context.now, zone);
  return isCalendarDate(today) ? { today, timeZone: zone } : undefined;
}

/** The questionnaire: ask, plan, print, then offer to save. Cancelling ends with status 1 and saves nothing. */
export async function runQuestionnaireCommand(
  io: Io,
  context: PlanContext,
  output: OutputChoice,
  fields: Record<string, unknown>,
): Promise<number> {
  const when = readWhen(fields, context);
  if (when === undefined)
    return reportInvalid(
      io,
      "invalid-value",
      "--tz/--today",
      "Give an IANA zone (Europe/London) and a date as YYYY-MM-DD",
    );
  const prompt = io.prompt ?? (await loadClackPrompter(io.stdout.isTTY));
  const answers = await askQuestionnaire(prompt, when.today, when.timeZone);
  if (answers === CANCELLED) {
    io.stderr.write("mnplan: cancelled; no plan was made.\n");
    return 1;
  }
  const planned = producePlan(mergeRequests(buildRequestFromAnswers(answers), fields), context);
  if (!planned.ok) return reportFailure(io, planned.failure);
  const status = await writePlan(planned.value, output, io);
  if (status !== 0 || output.out !== undefined || output.format !== "text") return status;
  const saved = await offerToSave(planned.value.plan, prompt, io);
  prompt.outro("Take this plan to your practitioner: they confirm it before the first session.");
  return saved;
}
