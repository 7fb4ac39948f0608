// A person adds two photos of the same area on different days and compares them side by side and
// with the slider.
import { addDays } from "@mnplan/core";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { formatDate } from "../src/lib/format-date";
import { t } from "../src/strings";
import { saveScreenshot } from "./support/artifacts";
import { describeInBrowser, type Size } from "./support/browser";
import { createCourse, followedStorage, newcomerRequest, today } from "./support/fixtures";
import { photoPng } from "./support/images";
import { pageReady } from "./support/pages";

const words = t.progress;

const altFor = (date: string) =>
  words.photos.alt(words.areas.cheeks, words.angles.front, formatDate(date));

async function addPhoto(page: Page, date: string, bytes: Buffer): Promise<void> {
  const form = page
    .locator("form")
    .filter({ has: page.getByRole("heading", { name: words.upload.heading }) });
  await form.getByLabel(words.upload.date).fill(date);
  await form.getByLabel(words.upload.file, { exact: true }).setInputFiles({
    name: `cheeks-${date}.png`,
    mimeType: "image/png",
    buffer: bytes,
  });
  await form.getByLabel(words.upload.consent).check();
  await form.getByRole("button", { name: words.upload.submit }).click();
  await form.getByRole("status").filter({ hasText: words.upload.saved }).waitFor();
}

/** Whether the image has loaded and decoded (a broken image has no natural width). */
const loaded = (page: Page, alt: string) =>
  page
    .getByRole("img", { name: alt })
    .first()
    .evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth > 0));

describeInBrowser("comparing photos", (browsing) => {
  it.each(["phone", "desktop"] as Size[])("two photos side by side at %s size", async (size) => {
    const course = await createCourse(browsing.url(""), newcomerRequest({ startDate: today() }));
    const page = await browsing.open(
      size,
      `/course/${course.id}/progress`,
      followedStorage([course]),
    );
    await pageReady(page);
    const before = addDays(today(), -28);
    const after = today();

    await addPhoto(page, before, photoPng(96, 30));
    await addPhoto(page, after, photoPng(96, 14));

    const compare = page.getByRole("region", { name: words.compare.heading });
    const sideBySide = compare.locator("figure");
    await expect(sideBySide.count()).resolves.toBe(2);
    await sideBySide.getByRole("img", { name: altFor(before) }).waitFor();
    await sideBySide.getByRole("img", { name: altFor(after) }).waitFor();
    await expect(loaded(page, altFor(before))).resolves.toBe(true);
    await expect(loaded(page, altFor(after))).resolves.toBe(true);

    // Side by side: the two figures share a row, the earlier one on the left.
    const [left, right] = await Promise.all([
      sideBySide.nth(0).boundingBox(),
      sideBySide.nth(1).boundingBox(),
    ]);
    expect(left && right && Math.abs(left.y - right.y) < 1 && left.x < right.x).toBe(true);
    await expect(sideBySide.nth(0).textContent()).resolves.toContain(formatDate(before));

    // The slider wipes between them and says how far, also from the keyboard.
    const slider = compare.getByRole("slider", { name: words.compare.sliderLabel });
    await expect(slider.getAttribute("aria-valuetext")).resolves.toBe(
      words.compare.sliderValue(50),
    );
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await expect(slider.getAttribute("aria-valuetext")).resolves.toBe(
      words.compare.sliderValue(49),
    );
    await compare.scrollIntoViewIfNeeded();
    await saveScreenshot(page, "photos-compared");
  });
});
