// The states a page reaches after an action (a paused course, a confirmation, another view, a
// ticked warning sign) pass axe-core's WCAG 2.1 A and AA rules too, at phone and desktop sizes.
import type { Course } from "@mnplan/core";
import type { Page } from "playwright-core";
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
  pausedCourse,
  today,
} from "./support/fixtures";
import { pageReady } from "./support/pages";

const SIZES: readonly Size[] = ["phone", "desktop"];

interface State {
  readonly name: string;
  readonly path: (courses: Courses) => string;
  /** Brings the page to the state to check. */
  readonly reach: (page: Page) => Promise<void>;
}

interface Courses {
  readonly active: Course;
  readonly paused: Course;
}

const STATES: readonly State[] = [
  {
    name: "course-paused",
    path: ({ paused }) => `/course/${paused.id}`,
    reach: (page) => page.getByText(t.journal.professional.title).first().waitFor(),
  },
  {
    name: "course-paused-log",
    path: ({ paused }) => `/course/${paused.id}/log`,
    reach: (page) => page.getByRole("tablist", { name: t.journal.log.tabsLabel }).waitFor(),
  },
  {
    name: "log-check-in-warning-sign",
    path: ({ active }) => `/course/${active.id}/log?form=check-in`,
    reach: async (page) => {
      const panel = page.getByRole("tabpanel", { name: t.journal.log.tabs.checkIn });
      await panel.getByLabel(t.journal.checkIn.signs.fever.label).check();
      await panel.getByText(t.journal.checkIn.signChecked).waitFor();
    },
  },
  {
    name: "log-rating",
    path: ({ active }) => `/course/${active.id}/log?form=rating`,
    reach: (page) =>
      page
        .getByRole("tabpanel", { name: t.journal.log.tabs.rating })
        .getByRole("heading")
        .first()
        .waitFor(),
  },
  {
    name: "course-calendar-list",
    path: ({ active }) => `/course/${active.id}/calendar`,
    reach: async (page) => {
      const list = page.getByRole("button", { name: t.calendar.views.list, exact: true });
      await list.click();
      await page.locator('[aria-pressed="true"]', { hasText: t.calendar.views.list }).waitFor();
    },
  },
  {
    name: "my-data-confirm-delete",
    path: () => "/data",
    reach: async (page) => {
      await page.getByRole("button", { name: t.myData.deleteAll.button }).click();
      await page.getByRole("heading", { name: t.myData.deleteAll.confirmHeading }).waitFor();
    },
  },
];

describeInBrowser("accessibility after an action", (browsing) => {
  let courses: Courses;
  beforeAll(async () => {
    const base = browsing.url("");
    courses = {
      active: await createCourse(base, newcomerRequest({ startDate: today() })),
      paused: await pausedCourse(base),
    };
  });

  for (const size of SIZES) {
    for (const state of STATES) {
      it(`${state.name} at ${size} size`, async () => {
        const storage = {
          ...draftStorage(newcomerRequest()),
          ...followedStorage([courses.active, courses.paused]),
        };
        const page = await browsing.open(size, state.path(courses), storage);
        await pageReady(page);
        await state.reach(page);
        await saveScreenshot(page, state.name);
        await expectAccessible(page, `${state.name} at ${size} size`);
      });
    }
  }
});
