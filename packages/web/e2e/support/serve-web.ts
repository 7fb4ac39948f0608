// `node --conditions=source --import tsx serve-web.ts <webRoot> <dataDir>`: the planner's server as
// people run it (createApp, SQLite, a photo folder) serving the web build in <webRoot>, on a free
// port of 127.0.0.1. Prints `serving <url>` once it listens; stops on SIGTERM.
import { join } from "node:path";
import { createApp } from "@mnplan/server";
import { createPhotoStore, openRepository } from "@mnplan/store";

const [webRoot, dataDir] = process.argv.slice(2);
if (!webRoot || !dataDir) {
  process.stderr.write("usage: serve-web.ts <webRoot> <dataDir>\n");
  process.exit(2);
}
const repository = await openRepository({ dataDir });
const photos = createPhotoStore(join(dataDir, "photos"));
const app = createApp({ repository, photos, now: Date.now, webRoot });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
if (typeof address !== "object" || address === null) throw new Error("the server has no port");
process.stdout.write(`serving http://127.0.0.1:${address.port}\n`);

process.on("SIGTERM", () => {
  void app
    .close()
    .then(() => repository.close())
    .then(() => process.exit(0));
});
