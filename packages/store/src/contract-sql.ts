import { sql, type RawBuilder } from "kysely";
import { expect, it } from "vitest";
import { compressPlan } from "./compress-plan.js";
import type { SqlDialect } from "./migrate-to-latest.js";
import type { ContractContext } from "./repository-contract.js";
import {
  buildCheckIn,
  buildCourse,
  buildPhoto,
  buildRevision,
  buildSession,
} from "./repository-fixtures.js";
import { CorruptRecordError, type Repository } from "./repository.js";

interface Damage {
  readonly what: string;
  readonly statement: RawBuilder<unknown>;
  readonly read: (repository: Repository) => Promise<unknown>;
  readonly expected: { table: string; id: string; field: string };
  readonly only?: "sqlite";
}

const DAMAGES: readonly Damage[] = [
  {
    what: "a session with a device the schema does not know",
    statement: sql`update sessions set data = ${'{"setting":"clinic","device":"laser","depthByArea":[{"area":"cheeks","depthMm":1}]}'} where id = 's1'`,
    read: (r) => r.getHistory("c1"),
    expected: { table: "sessions", id: "s1", field: "data.device" },
  },
  {
    what: "a check-in whose data is a list",
    statement: sql`update check_ins set data = '[1,2]' where id = 'k1'`,
    read: (r) => r.getHistory("c1"),
    expected: { table: "check_ins", id: "k1", field: "data" },
  },
  {
    what: "a session on a date that does not exist",
    statement: sql`update sessions set date = '2027-02-30' where id = 's1'`,
    read: (r) => r.getHistory("c1"),
    expected: { table: "sessions", id: "s1", field: "date" },
  },
  {
    what: "a photo with a broken checksum",
    statement: sql`update photos set data = ${JSON.stringify({ angle: "front", area: "cheeks", consent: true, mediaType: "image/png", bytes: 1, sha256: "xyz" })} where id = 'p1'`,
    read: (r) => r.getPhoto("c1", "p1"),
    expected: { table: "photos", id: "p1", field: "data.sha256" },
  },
  {
    what: "a plan that is not compressed JSON",
    statement: sql`update revisions set plan = ${Buffer.from([1, 2, 3, 4])} where course_id = 'c1'`,
    read: (r) => r.getCourse("c1"),
    expected: { table: "revisions", id: "c1", field: "plan (revision 0)" },
  },
  {
    what: "a plan in an unknown encoding",
    statement: sql`update revisions set plan = ${Buffer.from([9, 9])} where course_id = 'c1'`,
    read: (r) => r.getHistory("c1"),
    expected: { table: "revisions", id: "c1", field: "plan (revision 0)" },
  },
  {
    what: "a plan that is JSON but not a plan",
    statement: sql`update revisions set plan = ${compressPlan({ status: "ok", rules: {} })} where course_id = 'c1'`,
    read: (r) => r.getCourse("c1"),
    expected: { table: "revisions", id: "c1", field: "plan.id (revision 0)" },
  },
  {
    what: "a course in a state that does not exist",
    statement: sql`update courses set state = 'frozen' where id = 'c1'`,
    read: (r) => r.listCourses({ limit: 10 }),
    expected: { table: "courses", id: "c1", field: "state" },
  },
  {
    what: "a course whose request is not an object",
    statement: sql`update courses set request = '"a string"' where id = 'c1'`,
    read: (r) => r.getCourse("c1"),
    expected: { table: "courses", id: "c1", field: "request" },
  },
  {
    what: "a course pointing at a revision that is not there",
    statement: sql`update courses set current_revision = 7 where id = 'c1'`,
    read: (r) => r.getHistory("c1"),
    expected: { table: "courses", id: "c1", field: "current_revision" },
  },
  {
    what: "a due date without its session number",
    statement: sql`update courses set next_due_number = null where id = 'c1'`,
    read: (r) => r.sessionsDue("2000-01-01", "2100-01-01", { limit: 10 }),
    expected: { table: "courses", id: "c1", field: "next_due_number" },
  },
  {
    what: "a session whose data is not JSON at all",
    statement: sql`update sessions set data = '{"broken' where id = 's1'`,
    read: (r) => r.getHistory("c1"),
    expected: { table: "sessions", id: "s1", field: "data" },
    only: "sqlite",
  },
];

export function contractSql({ store, repository }: ContractContext, dialect: SqlDialect): void {
  it("keeps everything across a close and reopen, and applies no migration twice", async () => {
    await repository().createCourse(buildCourse("c1"));
    await repository().saveRevision("c1", buildRevision(1), "2027-02-13");
    await repository().addSession("c1", buildSession("s1", "2027-01-09"));
    await repository().setFeedToken("c1", "h1");
    const history = await repository().getHistory("c1");
    const migrations = await store().appliedMigrations?.();
    expect(migrations?.map((m) => m.name)).toEqual(
      dialect === "sqlite" ? ["001-initial", "002-course-locks"] : ["001-initial"],
    );

    const reopened = await store().reopen?.();
    expect(await reopened?.getHistory("c1")).toStrictEqual(history);
    expect(await reopened?.findCourseByFeedToken("h1")).toBe("c1");
    expect(await store().appliedMigrations?.()).toStrictEqual(migrations);
  });

  const damages = DAMAGES.filter((damage) => (damage.only ?? dialect) === dialect);
  it.each(damages)("fails clearly on $what", async (damage) => {
    await repository().createCourse(buildCourse("c1"));
    await repository().createCourse(buildCourse("c2"));
    await repository().addSession("c1", buildSession("s1", "2027-01-09"));
    await repository().addCheckIn("c1", buildCheckIn("k1", "2027-01-10"));
    await repository().addPhoto("c1", buildPhoto("p1", "2027-01-09"));
    await store().execute?.(damage.statement);

    const error = await damage.read(repository()).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(CorruptRecordError);
    expect(error).toMatchObject(damage.expected);
    const { table, id, field } = damage.expected;
    expect((error as Error).message).toContain(`${table} row ${id}: ${field}:`);
    // The damage stays in its row: the other course reads as written.
    expect(await repository().getHistory("c2")).toMatchObject({ course: buildCourse("c2") });
  });
}
