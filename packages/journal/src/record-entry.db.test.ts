import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parsePlanRequest, resolvePack, type PlanRequestInput } from "@mnplan/core";
import { openSqliteRepository, type Repository } from "@mnplan/store";
import { afterEach, describe, expect, it } from "vitest";
import { createCourse } from "./create-course.js";
import { recordEntry, type Entry, type JournalContext } from "./record-entry.js";

const NOW = Date.UTC(2026, 11, 1, 10);
const INPUT: PlanRequestInput = {
  concerns: [{ concern: "acne-scars", severity: "moderate", areas: ["cheeks"] }],
  age: 34,
  fitzpatrick: 3,
  setting: "clinic",
  startDate: "2027-01-04",
  today: "2026-12-01",
  timeZone: "Europe/London",
};

const session = (date: string): Entry => ({
  kind: "session",
  input: { date, setting: "clinic", device: "pen", depthByArea: [{ area: "cheeks", depthMm: 1 }] },
});

describe("recordEntry from two processes on one SQLite file", () => {
  const opened: Repository[] = [];
  let dir: string | undefined;
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((repository) => repository.close()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps exactly one of two sessions too close together, and refuses the other as too early", async () => {
    dir = mkdtempSync(join(tmpdir(), "mnplan-journal-"));
    const file = join(dir, "mnplan.sqlite3");
    // Two separate repositories on one file, as the server and the CLI would open it.
    for (let i = 0; i < 2; i++) opened.push(await openSqliteRepository({ file }));
    const [server, cli] = opened.map((repository): JournalContext => ({
      repository,
      now: () => NOW,
      packs: {},
    }));
    if (!server || !cli) throw new Error("two repositories expected");

    const request = parsePlanRequest(INPUT);
    const pack = resolvePack("evidence", { packs: {} });
    if (!request.ok || !pack.ok) throw new Error("fixture request invalid");
    const course = createCourse({
      id: "c1",
      createdAt: new Date(NOW).toISOString(),
      label: null,
      input: INPUT,
      request: request.value,
      pack: pack.value,
    });
    await server.repository.createCourse(course);

    // Each date is fine on its own; a day apart, the second is too early after the first.
    const outcomes = await Promise.all([
      recordEntry(server, "c1", session("2027-01-09")),
      recordEntry(cli, "c1", session("2027-01-10")),
    ]);

    const kept = outcomes.filter((outcome) => outcome.ok);
    const refused = outcomes.flatMap((outcome) =>
      !outcome.ok && outcome.reason === "refused" ? [outcome] : [],
    );
    expect(kept).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.issues.map((issue) => issue.code)).toEqual(["too-early"]);
    const history = await cli.repository.getHistory("c1");
    expect(history?.sessions).toHaveLength(1);
    expect(history?.revisions.map((revision) => revision.number)).toEqual([0, 1]);
  });
});
