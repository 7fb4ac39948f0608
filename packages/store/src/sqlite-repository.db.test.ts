import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll } from "vitest";
import { runRepositoryContract } from "./repository-contract.js";
import type { Repository } from "./repository.js";
import { openSqliteDatabase, openSqliteRepository } from "./sqlite-repository.js";

const dir = mkdtempSync(join(tmpdir(), "mnplan-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

runRepositoryContract(
  "SQLite",
  async () => {
    const file = join(dir, `test-${++files}.sqlite3`);
    let repository: Repository = await openSqliteRepository({ file });
    const side = openSqliteDatabase(file).db;
    return {
      repository,
      async reopen() {
        await repository.close();
        repository = await openSqliteRepository({ file });
        return repository;
      },
      async execute(statement) {
        await statement.execute(side);
      },
      async appliedMigrations() {
        const { rows } = await sql<{
          name: string;
          timestamp: string;
        }>`select name, timestamp from kysely_migration order by name`.execute(side);
        return rows;
      },
      async dispose() {
        await repository.close();
        await side.destroy();
        rmSync(file, { force: true });
      },
    };
  },
  { dialect: "sqlite" },
);
