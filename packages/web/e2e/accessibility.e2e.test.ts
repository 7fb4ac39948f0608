// Every page of the app, at a phone's and a desktop's size, passes axe-core's WCAG 2.1 A and AA
// rules; a screenshot of each is kept under .artifacts/screenshots/.
import type { Course } from "@mnplan/core";
import { beforeAll, it } from "vitest";
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

const SIZES: readonly Size[] = ["phone", "desktop"];

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
