// A person takes everything away in one file, then deletes everything, here and on the server.
import { expect, it } from "vitest";
import { t } from "../src/strings";
import { saveScreenshot } from "./support/artifacts";
import { describeInBrowser } from "./support/browser";
import {
  createCourse,
  draftStorage,
  followedStorage,
  newcomerRequest,
  seedJournal,
  today,
} from "./support/fixtures";
import { downloadedText } from "./support/downloads";
import { photoPng } from "./support/images";
import { pageReady } from "./support/pages";

const words = t.myData;

describeInBrowser("my data", (browsing) => {
  it("exports everything in one file, then deletes everything after asking", async () => {
    const base = browsing.url("");
    const request = newcomerRequest({ startDate: today() });
    const course = await createCourse(base, request);
    await seedJournal(base, course, photoPng(64, 12));
    const exported = (await (
      await fetch(`${base}/api/courses/${course.id}/export.json`)
    ).json()) as Record<string, unknown>;
    const page = await browsing.open("phone", "/data", {
      ...draftStorage(request),
      ...followedStorage([course]),
    });
    await pageReady(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: words.exportAll.button }).click(),
    ]);
    await page.getByRole("status").filter({ hasText: words.exportAll.done }).waitFor();
    const everything = JSON.parse(await downloadedText(download)) as Record<string, unknown>;
    expect(everything).toMatchObject({ format: "mnplan-my-data", answers: request, missing: [] });
    const [only] = everything.courses as Record<string, unknown>[];
    expect({ ...only, exportedAt: "" }).toEqual({ ...exported, exportedAt: "" });

    await page.getByRole("button", { name: words.deleteAll.button }).click();
    await page.getByRole("heading", { name: words.deleteAll.confirmHeading }).waitFor();
    await page.getByText(words.deleteAll.warning).waitFor();
    await saveScreenshot(page, "my-data-confirm");
    await page.getByRole("button", { name: words.deleteAll.confirm }).click();
    await page.getByRole("status").filter({ hasText: words.deleteAll.done }).waitFor();
    await saveScreenshot(page, "my-data-deleted");

    await expect(fetch(`${base}/api/courses/${course.id}`).then((r) => r.status)).resolves.toBe(
      404,
    );
    // Nothing is left in the browser: no answers, no course on the list.
    const kept = await page.evaluate(() =>
      Object.fromEntries(Object.entries(window.localStorage).map(([k, v]) => [k, String(v)])),
    );
    expect(kept["mnplan.draft.v1"]).toBeUndefined();
    expect(JSON.parse(kept["mnplan.courses.v1"] ?? "[]")).toEqual([]);
  });
});
