// The server process: reads its environment, opens the store, listens, and shuts down gracefully.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPhotoStore, openRepository } from "@mnplan/store";
import { createApp } from "./create-app.js";
import { loggerOptions } from "./logger-options.js";
import { readConfig } from "./read-config.js";

/** How long a shutdown may wait for in-flight requests before the process gives up on them. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = readConfig(process.env);
  if (!config.ok) {
    for (const issue of config.issues)
      process.stderr.write(`mnplan-server: ${issue.path}: ${issue.message}\n`);
    process.exitCode = 2;
    return;
  }
  const { port, host, dataDir, databaseUrl, logLevel, planCacheSize } = config.value;
  const repository = await openRepository({ dataDir, databaseUrl });
  const photos = createPhotoStore(join(dataDir, "photos"));
  const app = createApp({
    repository,
    photos,
    now: Date.now,
    logger: loggerOptions(logLevel),
    planCacheSize,
    webRoot: fileURLToPath(new URL("../../web/dist", import.meta.url)),
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down: finishing in-flight requests");
    setTimeout(() => {
      app.log.error("shutdown took too long; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app
      .close()
      .then(() => repository.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          app.log.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);

  await app.listen({ port, host });
  const address = app.server.address();
  const bound = typeof address === "object" && address !== null ? address.port : port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  process.stdout.write(`Microneedling Planner is running at http://${shownHost}:${bound}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `mnplan-server: could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
