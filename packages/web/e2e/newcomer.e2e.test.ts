// A newcomer on a phone answers the questionnaire, reads the plan, and downloads a calendar file
// whose events are the plan's sessions, as the core planner computes them for the same answers.
import { addDays } from "@mnplan/core";
import { expect, it } from "vitest";
import { t } from "../src/strings";
import { saveScreenshot } from "./support/artifacts";
import { describeInBrowser } from "./support/browser";
import { planOfDraft, today } from "./support/fixtures";
import { downloadedText } from "./support/downloads";
import { expectedEvents, readEvents } from "./support/ics";
import { pageReady } from "./support/pages";
import { answerQuestionnaire, atStep, next, startsWith } from "./support/questionnaire";

describeInBrowser("a newcomer", (browsing) => {
  it("answers the questionnaire on a phone and downloads a calendar file that matches the plan", async () => {
    const page = await browsing.open("phone", "/");
    await pageReady(page);
    await page.getByRole("link", { name: t.common.nav.start }).first().click();
    await saveScreenshot(page, "questionnaire-first-step");

    const startDate = addDays(today(), 10);
    await answerQuestionnaire(page, { age: 34, startDate });

    await page.getByRole("heading", { level: 1, name: t.plan.title }).waitFor();
    const expected = await planOfDraft(page);
    expect(expected.request).toMatchObject({
      concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
      age: 34,
      fitzpatrick: 3,
      setting: "clinic",
      startDate,
    });
    expect(expected.plan.schedule.length).toBeGreaterThan(0);
    await saveScreenshot(page, "plan");

    await page.getByRole("link", { name: t.plan.actions.calendar }).click();
    await page.getByRole("heading", { level: 1, name: t.calendar.title }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: t.calendar.download.button }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(t.calendar.download.fileName);
    await page.getByRole("status").filter({ hasText: t.calendar.download.started }).waitFor();
    await saveScreenshot(page, "plan-calendar-downloaded");

    const events = readEvents(await downloadedText(download));
    expect(events.map(({ date, reminders }) => ({ date, reminders }))).toEqual(
      expectedEvents(expected.plan),
    );
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
  });

  it("finds the answers and the step again after a reload", async () => {
    const q = t.questionnaire;
    const page = await browsing.open("phone", "/start");
    let form = await atStep(page, q.steps.concerns);
    const acne = form.getByRole("checkbox", {
      name: startsWith(q.concerns.items["acne-scars"].label),
    });
    await acne.check();
    await form
      .getByRole("group", { name: q.concerns.groups.face })
      .getByRole("checkbox", { name: startsWith(t.plan.areas.cheeks) })
      .check();
    await next(page);
    await atStep(page, q.steps.severity);
    await page.reload();
    form = await atStep(page, q.steps.severity);
    await page.getByRole("button", { name: q.back }).click();
    form = await atStep(page, q.steps.concerns);
    await expect(
      form
        .getByRole("checkbox", { name: startsWith(q.concerns.items["acne-scars"].label) })
        .isChecked(),
    ).resolves.toBe(true);
  });
});
