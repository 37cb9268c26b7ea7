import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const exec = promisify(execFile);
const root = path.join(import.meta.dirname, "..", "..");
const port = 54331;
const dataDir = mkdtempSync(path.join(tmpdir(), "portal-embedded-"));

/** Runs scripts/with-db.ts with a command that prints what the child sees. */
async function launch(env: Record<string, string | undefined>, script: string) {
  const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test", ...env };
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      ["--import", "tsx", "scripts/with-db.ts", process.execPath, "-e", script],
      { cwd: root, env: childEnv, timeout: 90_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("scripts/with-db.ts", () => {
  const embeddedEnv = { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(port) };
  // The child counts the seeded sectors through the DATABASE_URL it was given.
  const countSectors = `
    const pg = require("pg");
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    c.connect().then(() => c.query('select count(*)::int as n from "Sector"'))
      .then((r) => { console.log("URL=" + process.env.DATABASE_URL); console.log("SECTORS=" + r.rows[0].n); return c.end(); });
  `;

  it("starts an embedded PostgreSQL when DATABASE_URL is unset, migrates and seeds it, then stops it", async () => {
    const first = await launch(embeddedEnv, countSectors);
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`URL=postgresql://postgres:postgres@127.0.0.1:${port}/portal`);
    expect(first.stdout).toContain("SECTORS=6");
    expect(first.stdout).toContain("The database is empty: loading the seed content.");

    const probe = new pg.Client({ connectionString: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres` });
    await expect(probe.connect()).rejects.toThrow();
  });

  it("keeps the data between runs and does not seed again", async () => {
    const second = await launch(embeddedEnv, countSectors);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("SECTORS=6");
    expect(second.stdout).not.toContain("loading the seed content");
  });

  // The child lists the staff accounts and says whether it runs in demo mode.
  const demoProbe = `
    const pg = require("pg");
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    c.connect().then(() => c.query('select role::text, email from "StaffUser" where email like $1 order by role', ['%@demo.longan-hitech.example']))
      .then((r) => { console.log("DEMO=" + process.env.PORTAL_DEMO); console.log("ACCOUNTS=" + r.rows.map((a) => a.role).join(",")); return c.end(); });
  `;

  it("gives the embedded demo database one demo account per role, and says so", async () => {
    const demo = await launch(embeddedEnv, demoProbe);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toContain("DEMO=1");
    expect(demo.stdout).toContain("ACCOUNTS=ADMINISTRATOR,EDITOR,INVESTMENT_OFFICER");
    expect(demo.stdout).toContain("Demo accounts of the embedded database");
  });

  it("never gives a database in DATABASE_URL demo accounts", async () => {
    const real = await launch({ DATABASE_URL: process.env.DATABASE_URL }, demoProbe);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain("DEMO=0");
    expect(real.stdout).toContain("ACCOUNTS=\n");
    expect(real.stdout).not.toContain("Demo accounts");
  });

  it("passes the child's exit code through", async () => {
    const failing = await launch(embeddedEnv, "process.exit(3)");
    expect(failing.code).toBe(3);
  });

  it.each([
    ["DATABASE_URL", "postgres//missing-colon"],
    ["SITE_URL", "not-a-url"],
    ["EMBEDDED_PG_PORT", "0"],
  ])("refuses to start when %s is malformed, with one sentence naming it", async (name, value) => {
    const result = await launch({ ...embeddedEnv, [name]: value }, "console.log('should not run')");
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain("should not run");
    expect(result.stderr.trim()).toMatch(new RegExp(`^Environment variable ${name} is invalid: [^\\n]+\\.$`));
  });
});
