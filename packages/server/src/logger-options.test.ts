import { Writable } from "node:stream";
import { createMemoryRepository, createPhotoStore } from "@mnplan/store";
import { describe, expect, it } from "vitest";
import { NOW } from "../test/test-app.js";
import { createApp } from "./create-app.js";
import { loggerOptions, redactFeedToken } from "./logger-options.js";

describe("redactFeedToken", () => {
  it.each([
    [`/feeds/${"a".repeat(43)}.ics`, "/feeds/[secret].ics"],
    [`/feeds/${"a".repeat(43)}.ics?x=1`, "/feeds/[secret].ics?x=1"],
    ["/api/courses", "/api/courses"],
  ])("%s → %s", (url, logged) => {
    expect(redactFeedToken(url)).toBe(logged);
  });
});

describe("loggerOptions", () => {
  it("logs requests as JSON lines without the feed secret", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = createApp({
      repository: createMemoryRepository(),
      photos: createPhotoStore("/nonexistent"),
      now: () => NOW,
      logger: { ...loggerOptions("info"), stream },
    });
    const token = "b".repeat(43);
    await app.inject(`/feeds/${token}.ics`);
    const logged = lines.map((line) => JSON.parse(line) as { req?: { url: string } });
    expect(logged.find((entry) => entry.req)?.req?.url).toBe("/feeds/[secret].ics");
    expect(lines.join("")).not.toContain(token);
  });
});
