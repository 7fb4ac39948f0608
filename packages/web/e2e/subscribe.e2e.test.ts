// Subscribing: a course's calendar page makes a private feed link, and the feed behind it holds the
// course's sessions and follows the plan when it adapts.
import type { Course } from "@mnplan/core";
import { expect, it } from "vitest";
import { t } from "../src/strings";
import { saveScreenshot } from "./support/artifacts";
import { describeInBrowser } from "./support/browser";
import {
  createCourse,
  fetchCourse,
  followedStorage,
  logSessionAndCheckIn,
  newcomerRequest,
  today,
} from "./support/fixtures";
import { expectedEvents, readEvents } from "./support/ics";
import { pageReady } from "./support/pages";

const words = t.calendar.subscribe;

describeInBrowser("subscribing to a course's calendar", (browsing) => {
  it("makes a feed link whose calendar follows the adapted plan", async () => {
    const base = browsing.url("");
    const course = await createCourse(base, newcomerRequest({ startDate: today() }));
    const page = await browsing.open(
      "phone",
      `/course/${course.id}/calendar`,
      followedStorage([course]),
    );
    await pageReady(page);

    await page.getByRole("button", { name: words.create }).click();
    const field = page.getByRole("textbox", { name: words.field });
    await field.waitFor();
    const url = await field.inputValue();
    expect(url.startsWith(`${base}/feeds/`)).toBe(true);
    await page.getByRole("button", { name: t.calendar.copy.button }).click();
    await page
      .getByText(new RegExp(`^(${t.calendar.copy.copied}|${t.calendar.copy.selected})$`))
      .waitFor();
    await saveScreenshot(page, "course-calendar-subscribed");

    const feed = async () => readEvents(await (await fetch(url)).text());
    const dates = (events: Awaited<ReturnType<typeof feed>>) =>
      events.map(({ date, reminders }) => ({ date, reminders }));
    expect(dates(await feed())).toEqual(expectedEvents(course.current.plan));

    // The course adapts (a session, then a severe reaction): the same link now gives the new dates.
    await logSessionAndCheckIn(base, course, { redness: 3 });
    const adapted = await fetchCourse(base, course.id);
    const second = (c: Course) => c.current.plan.schedule[1]?.date ?? "";
    expect(second(adapted) > second(course)).toBe(true);
    expect(dates(await feed())).toEqual(expectedEvents(adapted.current.plan));
  });
});
