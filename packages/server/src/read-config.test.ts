import { describe, expect, it } from "vitest";
import { readConfig } from "./read-config.js";

describe("readConfig", () => {
  it("defaults to 127.0.0.1:8080, ./data and SQLite", () => {
    expect(readConfig({})).toEqual({
      ok: true,
      value: {
        port: 8080,
        host: "127.0.0.1",
        dataDir: "./data",
        databaseUrl: undefined,
        logLevel: "info",
        planCacheSize: 256,
      },
      issues: [],
    });
  });

  it("reads every variable", () => {
    const config = readConfig({
      PORT: "0",
      HOST: "::1",
      DATA_DIR: "/var/lib/mnplan",
      DATABASE_URL: "postgres://u@db/mnplan",
      LOG_LEVEL: "WARN",
      PLAN_CACHE_SIZE: "0",
    });
    expect(config.ok && config.value).toEqual({
      port: 0,
      host: "::1",
      dataDir: "/var/lib/mnplan",
      databaseUrl: "postgres://u@db/mnplan",
      logLevel: "warn",
      planCacheSize: 0,
    });
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ PLAN_CACHE_SIZE: "-1" }, "PLAN_CACHE_SIZE"],
  ])("refuses %j", (env, path) => {
    const config = readConfig(env);
    expect(config.ok).toBe(false);
    expect(config.issues.map((issue) => issue.path)).toEqual([path]);
  });
});
