// The end-to-end server: a throwaway database (migrated and seeded), a
// production build in its own folder, then the portal's server as `npm start`
// runs it. On SIGTERM the server stops and the database is dropped.

import { mkdir, rm, writeFile } from "node:fs/promises";
import { buildPortal, exitOf, startPortal } from "../../scripts/lib/portal-process";
import { seed } from "../../scripts/lib/postgres";
import { createThrowawayDatabase } from "../../scripts/lib/throwaway-database";

import { E2E_DATABASE_FILE, E2E_MAIL_DIR } from "./paths";

const port = process.env.E2E_PORT ?? "3100";
const database = await createThrowawayDatabase("portal_e2e", { embeddedPort: 54332 });
await seed(database.url);

// The specs reach the same database (staff accounts and sessions for
// `login({ role })`) and read the e-mails the portal writes (no SMTP server).
await rm(E2E_MAIL_DIR, { recursive: true, force: true });
await mkdir(E2E_MAIL_DIR, { recursive: true });
await writeFile(E2E_DATABASE_FILE, JSON.stringify({ url: database.url }));

const env = {
  ...process.env,
  DATABASE_URL: database.url,
  MAIL_DIR: E2E_MAIL_DIR,
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
  NEXT_TELEMETRY_DISABLED: "1",
  // No overdue digest appears in the mail folder because a run crossed 07:30.
  JOB_SCHEDULES: "off",
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
