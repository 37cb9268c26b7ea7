// Runs the Prisma CLI offline: with DATABASE_URL always set (without it Prisma
// tries to download a native engine), telemetry off, and long engine timers
// unref'd so commands exit as soon as their work is done.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const env = { ...process.env, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" };

if (!env.DATABASE_URL) {
  if (args[0] !== "generate") {
    console.error(`DATABASE_URL must be set to run "prisma ${args.join(" ")}".`);
    process.exit(1);
  }
  // generate never connects; the URL only selects the JavaScript engine path.
  env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/unused";
}
env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --require ${path.join(here, "unref-timers.cjs")}`.trim();

const result = spawnSync(process.execPath, [require.resolve("prisma/build/index.js"), ...args], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);
