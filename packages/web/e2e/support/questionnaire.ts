// Answering the questionnaire (/start) the way a person does, step by step, by the words on screen.
import type { Locator, Page } from "playwright-core";
import { t } from "../../src/strings";

const q = t.questionnaire;

/** An option's accessible name starts with its label (its hint follows). */
export const startsWith = (label: string) =>
  new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** The questionnaire's form (the step being answered). */
export const stepForm = (page: Page): Locator =>
  page.locator("form").filter({ has: page.locator("#q-step-title") });

/** Waits for the step titled `title` to show. */
export async function atStep(page: Page, title: string): Promise<Locator> {
  const form = stepForm(page);
  await form.getByRole("heading", { level: 2, name: title }).waitFor();
  return form;
}

/** Goes on to the next step with the form's main button. */
export async function next(page: Page): Promise<void> {
  await stepForm(page).getByRole("button", { name: q.next, exact: true }).click();
}

export interface Answers {
  readonly age: number;
  readonly startDate: string;
  /** Ticks "I am pregnant" on the health step. */
  readonly pregnant?: boolean;
}

/** Answers every step with a mouse or a finger: acne scars on the cheeks, moderate, type III. */
export async function answerQuestionnaire(page: Page, answers: Answers): Promise<void> {
  let form = await atStep(page, q.steps.concerns);
  await form
    .getByRole("checkbox", { name: startsWith(q.concerns.items["acne-scars"].label) })
    .check();
  await form
    .getByRole("group", { name: q.concerns.groups.face })
    .getByRole("checkbox", { name: startsWith(t.plan.areas.cheeks) })
    .check();
  await next(page);

  form = await atStep(page, q.steps.severity);
  await form
    .getByRole("group", { name: q.severity.acneLegend })
    .getByRole("radio", { name: startsWith(q.severity.acne.moderate.label) })
    .check();
  await next(page);

  form = await atStep(page, q.steps.age);
  await form.getByLabel(q.age.label).fill(String(answers.age));
  await next(page);

  form = await atStep(page, q.steps.skin);
  await form
    .getByRole("group", { name: q.skin.typeLegend })
    .getByRole("radio", { name: startsWith(q.skin.types[3]?.label ?? "") })
    .check();
  await form
    .getByRole("group", { name: q.skin.sensitivityLegend })
    .getByRole("radio", { name: startsWith(q.skin.sensitivity.normal.label) })
    .check();
  await next(page);

  await atStep(page, q.steps.lifestyle);
  await next(page);

  form = await atStep(page, q.steps.health);
  if (answers.pregnant)
    await form
      .getByRole("group", { name: q.health.groups.pregnancy })
      .getByRole("checkbox", { name: startsWith(q.health.flags.pregnant) })
      .check();
  await next(page);

  form = await atStep(page, q.steps.setting);
  await form.getByRole("radio", { name: startsWith(q.setting.clinic.label) }).check();
  await next(page);

  form = await atStep(page, q.steps.when);
  await form.getByLabel(q.when.startLabel).fill(answers.startDate);
  await next(page);

  form = await atStep(page, q.steps.holidays);
  await form.getByRole("button", { name: q.seePlan }).click();
}
