import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

// `npm run admin:create` (without the launcher, on the test database): the
// first administrator and the one-time link that sets their password.
const exec = promisify(execFile);
const root = path.join(import.meta.dirname, "..", "..");

async function adminCreate(...args: string[]) {
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/admin-create.ts", ...args],
      { cwd: root, env: { ...process.env, SITE_URL: "https://invest.example.vn" }, timeout: 60_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
afterAll(() => client.end());

const tokenOf = (stdout: string) => {
  const match = /https:\/\/invest\.example\.vn\/vi\/admin\/set-password\?token=(\S+)/.exec(stdout);
  if (!match?.[1]) throw new Error(`no link in: ${stdout}`);
  return decodeURIComponent(match[1]);
};
const linkOf = async (token: string) =>
  (
    await client.query<{ expiresAt: Date; usedAt: Date | null; minutes: number }>(
      `SELECT "expiresAt", "usedAt", extract(epoch from ("expiresAt" - "createdAt")) / 60 AS minutes
       FROM "StaffLink" WHERE "tokenHash" = $1`,
      [createHash("sha256").update(token).digest("hex")],
    )
  ).rows[0];

describe("npm run admin:create", () => {
  it("creates an administrator and prints a link that works for an hour, and audits it", async () => {
    const email = `First.Admin-${randomUUID().slice(0, 8)}@Example.vn`;
    const run = await adminCreate("--email", email, "--name", "Phạm Văn A");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Administrator ${email} created.`);
    const link = await linkOf(tokenOf(run.stdout));
    expect(Math.round(Number(link?.minutes))).toBe(60);
    expect(link?.usedAt).toBeNull();
    const { rows } = await client.query(
      `SELECT u.role::text, u."passwordHash", a.action, a."actorLabel" FROM "StaffUser" u
       JOIN "AuditEntry" a ON a."entityId" = u.id::text AND a."entityType" = 'staff-user'
       WHERE u."emailKey" = $1`,
      [email.toLowerCase()],
    );
    expect(rows).toEqual([
      { role: "ADMINISTRATOR", passwordHash: null, action: "staff.invited", actorLabel: "npm run admin:create" },
    ]);
  });

  it("gives an existing administrator a new link, and the old one stops working", async () => {
    const email = `again-${randomUUID().slice(0, 8)}@example.vn`;
    const first = tokenOf((await adminCreate("--email", email, "--name", "Lê Thị B")).stdout);
    const second = await adminCreate("--email", email, "--name", "Lê Thị B");
    expect(second.stdout).toContain("is already an administrator");
    expect((await linkOf(first))?.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await linkOf(tokenOf(second.stdout)))?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 50 * 60_000);
  });

  it("refuses a malformed address with its usage", async () => {
    const run = await adminCreate("--email", "not-an-address", "--name", "X");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: npm run admin:create");
  });
});
