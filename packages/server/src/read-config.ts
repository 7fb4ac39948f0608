import { errorIssue, type Issue, type Result } from "@mnplan/core";

/** What the process takes from its environment (contract.md, HTTP). */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly logLevel: string;
  readonly planCacheSize: number;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/**
 * Reads PORT (8080), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL, LOG_LEVEL (info) and
 * PLAN_CACHE_SIZE (256 stateless plans remembered; 0 for none).
 */
export function readConfig(
  env: Readonly<Record<string, string | undefined>>,
): Result<ServerConfig> {
  const issues: Issue[] = [];
  const portText = env.PORT?.trim() || "8080";
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    issues.push(
      errorIssue("invalid-value", "PORT", `Expected a port from 0 to 65535, not "${portText}"`),
    );
  }
  const logLevel = env.LOG_LEVEL?.trim().toLowerCase() || "info";
  if (!LOG_LEVELS.includes(logLevel)) {
    issues.push(
      errorIssue("invalid-value", "LOG_LEVEL", `Expected one of ${LOG_LEVELS.join(", ")}`),
    );
  }
  const cacheText = env.PLAN_CACHE_SIZE?.trim() || "256";
  const planCacheSize = /^\d{1,6}$/.test(cacheText) ? Number(cacheText) : NaN;
  if (Number.isNaN(planCacheSize)) {
    issues.push(
      errorIssue("invalid-value", "PLAN_CACHE_SIZE", `Expected a whole number, not "${cacheText}"`),
    );
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      port,
      host: env.HOST?.trim() || "127.0.0.1",
      dataDir: env.DATA_DIR?.trim() || "./data",
      databaseUrl: env.DATABASE_URL?.trim() || undefined,
      logLevel,
      planCacheSize,
    },
    issues: [],
  };
}
