// The whole journey with the keyboard alone: from the home page through every questionnaire step to
// the plan and a downloaded calendar file. Tab, Shift+Tab, arrow keys, Space and Enter only.
import { addDays } from "@mnplan/core";
import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";
import { t } from "../src/strings";
import { saveScreenshot } from "./support/artifacts";
import { describeInBrowser } from "./support/browser";
import { planOfDraft, today } from "./support/fixtures";
import { downloadedText } from "./support/downloads";
import { expectedEvents, readEvents } from "./support/ics";
import { arrowTo, focusVisible, tabTo, typeDate } from "./support/keyboard";
import { pageReady } from "./support/pages";
import { atStep, startsWith, stepForm } from "./support/questionnaire";

const q = t.questionnaire;

/** Tabs to a control and presses a key on it, checking that the focus can be seen. */
async function press(page: Page, target: Locator, key: "Enter" | "Space"): Promise<void> {
  await tabTo(page, target);
  await expect(focusVisible(page), `a visible focus on ${String(target)}`).resolves.toBe(true);
  await page.keyboard.press(key);
}

const nextButton = (page: Page) =>
  stepForm(page).getByRole("button", { name: q.next, exact: true });

async function answerWithKeys(page: Page, startDate: string): Promise<void> {
  let form = await atStep(page, q.steps.concerns);
  await press(
    page,
    form.getByRole("checkbox", { name: startsWith(q.concerns.items["acne-scars"].label) }),
    "Space",
  );
  const cheeks = form
    .getByRole("group", { name: q.concerns.groups.face })
    .getByRole("checkbox", { name: startsWith(t.plan.areas.cheeks) });
  await press(page, cheeks, "Space");
  await expect(cheeks.isChecked()).resolves.toBe(true);
  await press(page, nextButton(page), "Enter");

  form = await atStep(page, q.steps.severity);
  const severity = form.getByRole("group", { name: q.severity.acneLegend });
  await tabTo(page, severity.getByRole("radio").first());
  await arrowTo(
    page,
    severity.getByRole("radio", { name: startsWith(q.severity.acne.moderate.label) }),
  );
  await press(page, nextButton(page), "Enter");

  form = await atStep(page, q.steps.age);
  await tabTo(page, form.getByLabel(q.age.label));
  await page.keyboard.type("34");
  await page.keyboard.press("Enter");

  form = await atStep(page, q.steps.skin);
  const types = form.getByRole("group", { name: q.skin.typeLegend });
  await tabTo(page, types.getByRole("radio").first());
  await arrowTo(page, types.getByRole("radio", { name: startsWith(q.skin.types[3]?.label ?? "") }));
  await press(
    page,
    form.getByRole("radio", { name: startsWith(q.skin.sensitivity.normal.label) }),
    "Space",
  );
  await press(page, nextButton(page), "Enter");

  await atStep(page, q.steps.lifestyle);
  await press(page, nextButton(page), "Enter");
  await atStep(page, q.steps.health);
  await press(page, nextButton(page), "Enter");

  form = await atStep(page, q.steps.setting);
  await press(page, form.getByRole("radio", { name: startsWith(q.setting.clinic.label) }), "Space");
  await press(page, nextButton(page), "Enter");

  form = await atStep(page, q.steps.when);
  const start = form.getByLabel(q.when.startLabel);
  await tabTo(page, start);
  await typeDate(page, start, startDate);
  await press(page, nextButton(page), "Enter");

  await atStep(page, q.steps.holidays);
  // Back one step with the Back button, then forward again with Shift+Tab to Next.
  await tabTo(page, stepForm(page).getByRole("button", { name: q.back }));
  await page.keyboard.press("Enter");
  await atStep(page, q.steps.when);
  await expect(start.inputValue()).resolves.toBe(startDate);
  await tabTo(page, nextButton(page), true);
  await page.keyboard.press("Enter");
  await atStep(page, q.steps.holidays);
  await press(page, stepForm(page).getByRole("button", { name: q.seePlan }), "Enter");
}

describeInBrowser("keyboard only", (browsing) => {
  it("goes from the home page to a downloaded calendar file without a mouse", async () => {
    const page = await browsing.open("desktop", "/");
    await pageReady(page);
    await press(page, page.getByRole("link", { name: t.common.skipToContent }), "Enter");
    await press(page, page.getByRole("link", { name: t.common.nav.start }).first(), "Enter");

    const startDate = addDays(today(), 21);
    await answerWithKeys(page, startDate);

    await page.getByRole("heading", { level: 1, name: t.plan.title }).waitFor();
    const expected = await planOfDraft(page);
    expect(expected.request).toMatchObject({ age: 34, fitzpatrick: 3, startDate });
    await press(page, page.getByRole("link", { name: t.plan.actions.calendar }), "Enter");

    await page.getByRole("heading", { level: 1, name: t.calendar.title }).waitFor();
    const button = page.getByRole("button", { name: t.calendar.download.button });
    await tabTo(page, button);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.keyboard.press("Enter"),
    ]);
    await saveScreenshot(page, "keyboard-calendar");
    const events = readEvents(await downloadedText(download));
    expect(events.map(({ date, reminders }) => ({ date, reminders }))).toEqual(
      expectedEvents(expected.plan),
    );
  });
});
