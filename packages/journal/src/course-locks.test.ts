import { describe, expect, it } from "vitest";
import { createCourseLocks } from "./course-locks.js";

describe("createCourseLocks", () => {
  it("runs one task per course at a time, in order, and others in parallel", async () => {
    const locks = createCourseLocks();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([
      locks.run("a", task("a1", 20)),
      locks.run("a", task("a2", 1)),
      locks.run("b", task("b1", 1)),
    ]);
    expect(results).toEqual(["a1", "a2", "b1"]);
    expect(log.indexOf("end a1")).toBeLessThan(log.indexOf("start a2"));
    expect(log.indexOf("end b1")).toBeLessThan(log.indexOf("end a1"));
  });

  it("goes on after a task fails", async () => {
    const locks = createCourseLocks();
    await expect(locks.run("a", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(locks.run("a", () => Promise.resolve(1))).resolves.toBe(1);
  });
});
