// The one repository contract suite, run against every store (memory, SQLite, PostgreSQL).
import type { RawBuilder } from "kysely";
import { afterEach, beforeEach, describe } from "vitest";
import { contractCourses } from "./contract-courses.js";
import { contractDue } from "./contract-due.js";
import { contractImports } from "./contract-imports.js";
import { contractJournal } from "./contract-journal.js";
import { contractLocks } from "./contract-locks.js";
import { contractSql } from "./contract-sql.js";
import type { SqlDialect } from "./migrate-to-latest.js";
import type { Repository } from "./repository.js";

/** A fresh, empty store for one test, with what the SQL-only tests need beside it. */
export interface StoreUnderTest {
  readonly repository: Repository;
  /** Releases everything the store holds (closing the repository first when still open). */
  dispose(): Promise<void>;
  /** SQL stores: closes the repository and opens the same database again. */
  reopen?(): Promise<Repository>;
  /** SQL stores: a second, separate repository on the same database (the caller closes it). */
  openAnother?(): Promise<Repository>;
  /** SQL stores: runs one statement on the same database, beside the repository. */
  execute?(statement: RawBuilder<unknown>): Promise<void>;
  /** SQL stores: the migrations recorded as applied, with when. */
  appliedMigrations?(): Promise<readonly { name: string; timestamp: string }[]>;
}

/** What each part of the suite gets: the store of the running test. */
export interface ContractContext {
  readonly store: () => StoreUnderTest;
  /** The repository of the running test (the reopened one after `reopen`). */
  readonly repository: () => Repository;
}

export function runRepositoryContract(
  name: string,
  open: () => Promise<StoreUnderTest>,
  /** SQL stores name their dialect: it adds the tests of reopening and of rows damaged in SQL. */
  options: { readonly dialect?: SqlDialect } = {},
): void {
  describe(`repository contract: ${name}`, () => {
    let current: StoreUnderTest | undefined;
    let repository: Repository | undefined;
    const context: ContractContext = {
      store: () => current ?? fail("no store open"),
      repository: () => repository ?? fail("no store open"),
    };

    beforeEach(async () => {
      current = await open();
      const opened = current;
      repository = opened.repository;
      if (opened.reopen) {
        const reopen = opened.reopen.bind(opened);
        current = {
          ...opened,
          reopen: async () => {
            repository = await reopen();
            return repository;
          },
        };
      }
    });
    afterEach(async () => {
      await repository?.close();
      await current?.dispose();
      current = undefined;
      repository = undefined;
    });

    describe("courses", () => contractCourses(context));
    describe("journal records", () => contractJournal(context));
    describe("sessions due and feed tokens", () => contractDue(context));
    describe("bulk imports", () => contractImports(context));
    const { dialect } = options;
    describe("course locks", () => contractLocks(context, dialect));
    if (dialect) describe("SQL: reopening and damaged rows", () => contractSql(context, dialect));
  });
}

function fail(message: string): never {
  throw new Error(message);
}
