// The frame every page shares: the app loads from the production build, and a wrong address says so.
import { expect, it } from "vitest";
import { t } from "../src/strings";
import { describeInBrowser } from "./support/browser";
import { saveScreenshot } from "./support/artifacts";

describeInBrowser("the app's frame", (browsing) => {
  it.each(["phone", "desktop"] as const)("shows the home page at %s size", async (size) => {
    const page = await browsing.open(size, "/");
    await page.getByRole("link", { name: t.common.appName }).waitFor();
    await expect(page.title()).resolves.toBeTruthy();
    await saveScreenshot(page, "home");
  });

  it("says when nothing is at an address", async () => {
    const page = await browsing.open("phone", "/no-such-page");
    await page.getByRole("heading", { name: t.common.notFound.title }).waitFor();
    await saveScreenshot(page, "not-found");
  });
});
