// A person following a course logs today's session, then a strong reaction in the daily check-in,
// and sees the next session move later, with the reason, on the log page and on the course's plan.
import { addDays, EVIDENCE_PACK, GUIDELINE_PACK, type Course } from "@mnplan/core";
import { expect, it } from "vitest";
import { formatDate } from "../src/lib/format-date";
import { t } from "../src/strings";
import { saveScreenshot } from "./support/artifacts";
import { describeInBrowser } from "./support/browser";
import {
  createCourse,
  fetchCourse,
  followedStorage,
  newcomerRequest,
  today,
} from "./support/fixtures";
import { pageReady } from "./support/pages";

const words = t.journal;

/** A server message with its YYYY-MM-DD dates written as the app writes dates. */
const datesInWords = (text: string) => text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, formatDate);

const packOf = (course: Course) =>
  course.rules.id === EVIDENCE_PACK.id ? EVIDENCE_PACK : GUIDELINE_PACK;
const secondDate = (course: Course) => course.current.plan.schedule[1]?.date ?? "";

describeInBrowser("following a course", (browsing) => {
  it("logs a session and a strong reaction, and the next session moves with its reason", async () => {
    const base = browsing.url("");
    const created = await createCourse(base, newcomerRequest({ startDate: today() }));
    const page = await browsing.open(
      "phone",
      `/course/${created.id}/log`,
      followedStorage([created]),
    );
    await pageReady(page);

    // Today's session: the form starts from the plan, so saving it as it is logs session 1.
    const sessionPanel = page.getByRole("tabpanel", { name: words.log.tabs.session });
    await expect(sessionPanel.getByLabel(t.journal.log.date).inputValue()).resolves.toBe(today());
    await sessionPanel.getByRole("button", { name: words.log.save }).click();
    await sessionPanel.getByText(words.session.saved(formatDate(today()))).waitFor();
    const afterSession = await fetchCourse(base, created.id);
    expect(afterSession.current.plan.schedule[0]?.state).toBe("done");

    // The evening after: severe redness, the rest mild.
    await page.getByRole("tab", { name: words.log.tabs.checkIn }).click();
    const checkIn = page.getByRole("tabpanel", { name: words.log.tabs.checkIn });
    const levels = words.checkIn.levels;
    await checkIn
      .getByRole("group", { name: words.checkIn.scores.redness })
      .getByLabel(`3 ${levels[3]}`)
      .check();
    for (const score of ["swelling", "pain", "flaking"] as const)
      await checkIn
        .getByRole("group", { name: words.checkIn.scores[score] })
        .getByLabel(`0 ${levels[0]}`)
        .check();
    await checkIn.getByRole("button", { name: words.log.save }).click();
    await checkIn.getByText(words.checkIn.saved(formatDate(today()))).waitFor();

    // What the server decided: session 2 waits longer, for the pack's reason.
    const adapted = await fetchCourse(base, created.id);
    const pack = packOf(adapted);
    const trigger = pack.adapt.slowReaction.triggers.find(
      (rule) => rule.score === "redness" && rule.atLeast === 3,
    );
    expect(trigger).toBeDefined();
    expect(secondDate(adapted) > secondDate(afterSession)).toBe(true);
    expect(secondDate(adapted)).toBe(
      addDays(secondDate(afterSession), pack.adapt.slowReaction.addWeeks * 7),
    );
    const lengthened = adapted.current.changes.find((c) => c.code === "interval-lengthened");
    expect(lengthened?.message).toContain(trigger?.label);

    // The page shows each change with its reason, in words.
    for (const change of adapted.current.changes)
      await checkIn.getByText(datesInWords(change.message)).waitFor();
    await saveScreenshot(page, "log-strong-reaction");

    // And the course's plan shows session 2 on its new date, with the reason.
    await checkIn.getByRole("link", { name: words.log.seePlan }).click();
    await page
      .getByRole("heading", { level: 1, name: words.overview.title(created.label) })
      .waitFor();
    await page
      .getByText(words.overview.nextWhen(2, formatDate(secondDate(adapted))))
      .first()
      .waitFor();
    await page
      .getByText(datesInWords(lengthened?.message ?? ""))
      .first()
      .waitFor();
    await saveScreenshot(page, "course-after-reaction");
  });
});
