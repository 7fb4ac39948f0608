// A pregnant person gets no schedule, and is told clearly and kindly why and what to do next.
import { addDays } from "@mnplan/core";
import { expect, it } from "vitest";
import { t } from "../src/strings";
import { saveScreenshot } from "./support/artifacts";
import { describeInBrowser } from "./support/browser";
import { planOfDraft, today } from "./support/fixtures";
import { pageReady } from "./support/pages";
import { answerQuestionnaire } from "./support/questionnaire";

const s = t.plan.screening;

describeInBrowser("a pregnant person", (browsing) => {
  it("sees no schedule and a clear explanation", async () => {
    const page = await browsing.open("phone", "/start");
    await pageReady(page);
    await answerQuestionnaire(page, { age: 31, startDate: addDays(today(), 7), pregnant: true });

    await page.getByRole("heading", { level: 1, name: t.plan.title }).waitFor();
    const expected = await planOfDraft(page);
    expect(expected.plan.status).toBe("contraindicated");
    expect(expected.plan.schedule).toEqual([]);
    const pregnancy = expected.plan.screening.find((item) => item.code === "pregnancy");
    expect(pregnancy).toBeDefined();

    // The explanation: what it means, why, and what to do next.
    const notice = page.locator("section").filter({
      has: page.getByRole("heading", { level: 2, name: s.status.contraindicated }),
    });
    await notice.getByText(s.meaning.contraindicated).waitFor();
    await notice.getByText(s.pregnancy).waitFor();
    await notice.getByText(pregnancy?.message ?? "").waitFor();
    await notice.getByText(s.next.contraindicated).waitFor();
    await page.getByText(t.plan.summary.none).first().waitFor();
    await page.getByRole("heading", { name: t.plan.disclaimer.title }).waitFor();

    // No schedule: no dates anywhere, nothing to add to a calendar or to follow.
    await expect(page.locator("main time").count()).resolves.toBe(0);
    await expect(page.getByRole("link", { name: t.plan.actions.calendar }).count()).resolves.toBe(
      0,
    );
    await expect(page.getByRole("button", { name: t.plan.actions.follow }).count()).resolves.toBe(
      0,
    );
    await saveScreenshot(page, "plan-pregnant");

    // The questionnaire's preview says the same, with no dates.
    await page.goto(browsing.url("/start"));
    const preview = page.getByRole("region", { name: t.questionnaire.preview.label });
    await preview.getByText(t.questionnaire.preview.status.contraindicated).waitFor();
    await expect(preview.locator("time").count()).resolves.toBe(0);
    await saveScreenshot(page, "questionnaire-pregnant");
  });
});
