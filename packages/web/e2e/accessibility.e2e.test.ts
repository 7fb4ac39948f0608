// Every page of the app, at a phone's and a desktop's size, passes axe-core's WCAG 2.1 A and AA
// rules; a screenshot of each is kept under .artifacts/screenshots/.
import type { Course } from "@mnplan/core";
import { beforeAll, it } from "vitest";
import { t } from "../src/strings";
import { saveScreenshot } from "./support/artifacts";
import { expectAccessible } from "./support/axe";
import { describeInBrowser, type Size } from "./support/browser";
import {
  createCourse,
  draftStorage,
  followedStorage,
  newcomerRequest,
  seedJournal,
  today,
} from "./support/fixtures";
import { photoPng } from "./support/images";
import { pageReady } from "./support/pages";
import { stepForm } from "./support/questionnaire";

const SIZES: readonly Size[] = ["phone", "desktop"];

/** The questionnaire's steps for the newcomer's request (acne scars have a severity step). */
const STEPS = Object.keys(t.questionnaire.steps);

describeInBrowser("accessibility of every page", (browsing) => {
  let course: Course;
  beforeAll(async () => {
    course = await createCourse(browsing.url(""), newcomerRequest({ startDate: today() }));
    await seedJournal(browsing.url(""), course, photoPng(96, 20));
  });

  const storage = () => ({
    ...draftStorage(newcomerRequest()),
    ...followedStorage([course]),
  });

  const pages: readonly (readonly [name: string, path: () => string])[] = [
    ["home", () => "/"],
    ["plan", () => "/plan"],
    ["plan-calendar", () => "/plan/calendar"],
    ["plan-print", () => "/plan/print"],
    ["course", () => `/course/${course.id}`],
    ["course-log", () => `/course/${course.id}/log`],
    ["course-calendar", () => `/course/${course.id}/calendar`],
    ["course-progress", () => `/course/${course.id}/progress`],
    ["course-print", () => `/course/${course.id}/print`],
    ["my-data", () => "/data"],
    ["not-found", () => "/no-such-page"],
  ];

  for (const size of SIZES) {
    it(`the questionnaire, empty, and with its errors shown, at ${size} size`, async () => {
      const page = await browsing.open(size, "/start");
      await pageReady(page);
      await saveScreenshot(page, "start-empty");
      await expectAccessible(page, `/start (empty) at ${size} size`);
      await stepForm(page).getByRole("button", { name: t.questionnaire.next, exact: true }).click();
      await page.getByText(t.questionnaire.errors.concerns).first().waitFor();
      await saveScreenshot(page, "start-errors");
      await expectAccessible(page, `/start (errors) at ${size} size`);
    });

    STEPS.forEach((step, index) => {
      it(`questionnaire step ${index + 1} (${step}) at ${size} size`, async () => {
        const page = await browsing.open(size, "/start", draftStorage(newcomerRequest(), index));
        await pageReady(page);
        await stepForm(page)
          .getByRole("heading", {
            level: 2,
            name: t.questionnaire.steps[step as keyof typeof t.questionnaire.steps],
          })
          .waitFor();
        await saveScreenshot(page, `start-step-${index + 1}-${step}`);
        await expectAccessible(page, `/start step ${index + 1} at ${size} size`);
      });
    });

    for (const [name, path] of pages) {
      it(`${name} at ${size} size`, async () => {
        const page = await browsing.open(size, path(), storage());
        await pageReady(page);
        await saveScreenshot(page, name);
        await expectAccessible(page, `${path()} at ${size} size`);
      });
    }
  }
});
