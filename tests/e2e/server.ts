// The end-to-end server: a throwaway database (migrated and seeded), a
// production build in its own folder, then the portal's server as `npm start`
// runs it. On SIGTERM the server stops and the database is dropped.

import { buildPortal, exitOf, startPortal } from "../../scripts/lib/portal-process";
import { seed } from "../../scripts/lib/postgres";
import { createThrowawayDatabase } from "../../scripts/lib/throwaway-database";

const port = process.env.E2E_PORT ?? "3100";
const database = await createThrowawayDatabase("portal_e2e", { embeddedPort: 54332 });
await seed(database.url);

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXT_DIST_DIR: ".next-e2e",
  NEXT_TELEMETRY_DISABLED: "1",
  SITE_URL: `http://127.0.0.1:${port}`,
};

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  await database.dispose().catch((error) => console.error("Could not drop the e2e database:", error));
  process.exit(code);
}

if ((await buildPortal(env, "inherit")) !== 0) await shutdown(1);
const server = startPortal(env, Number(port), "inherit");
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    server.kill("SIGTERM");
  });
}
await shutdown((await exitOf(server)) ?? 1);
