import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/form-state";
import { permissionsOf } from "@/lib/permissions";
import { seedInquiryContent } from "../fixtures/inquiry-database";
import { callAction, request, resetRequest } from "../fixtures/next-request";
import {
  createStaffSession,
  createStaffUser,
  deleteTestStaff,
  STAFF_PASSWORD,
  type StaffFixtureUser,
  uniqueEmail,
} from "../fixtures/staff";

// Changes to staff accounts: each with its audit entry in the same
// transaction, an audit log nobody can rewrite, always an administrator
// left, and one-time links that work once.
vi.mock("next/headers", async () => (await import("../fixtures/next-request")).nextHeaders);

const { db } = await import("@/server/db");
const { recordAudit } = await import("@/server/audit/record-audit");
const { findUsableLink, issueLink, linkToken } = await import("@/server/auth/links");
const { staffAction } = await import("@/server/auth/staff-action");
const { signIn } = await import("@/server/auth/sign-in");
const { updateStaffSchema } = await import("@/lib/schemas/staff");
const writes = await import("@/server/staff/staff-writes");

let clients = 0;
const newClient = () => `2001:db8:c::${(++clients).toString(16)}`;
beforeAll(() => seedInquiryContent()); // the desks
beforeEach(() => resetRequest(newClient()));
afterAll(async () => {
  await deleteTestStaff();
  await db.$disconnect();
});

const actorOf = (user: StaffFixtureUser, sessionId = 0) => ({
  userId: user.id,
  sessionId,
  email: user.email,
  name: user.name,
  role: user.role,
  locale: "vi",
  deskIds: user.deskIds,
  permissions: permissionsOf(user.role),
  clientKey: "client:test",
});
const auditOf = (entityId: number, action?: string) =>
  db.auditEntry.findMany({
    where: { entityType: "staff-user", entityId: String(entityId), action },
    orderBy: { id: "asc" },
  });

/** Plain SQL on its own connection, as someone with a database client would run it. */
async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const profile = (
  user: StaffFixtureUser,
  changes: Partial<{ name: string; role: StaffFixtureUser["role"]; deskIds: number[] }> = {},
) => ({
  id: user.id,
  name: user.name,
  role: user.role,
  deskIds: user.deskIds,
  locale: "vi",
  ...changes,
});

describe("the audit log", () => {
  it("records a change with its before and after, and nothing for a change that changes nothing", async () => {
    const admin = await createStaffUser({ role: "ADMINISTRATOR" });
    const user = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: ["agriculture"] });
    const [highTech] = await sql<{ id: number }>(`SELECT id FROM "Desk" WHERE slug = 'high-tech'`);
    await writes.updateStaff({
      actor: actorOf(admin),
      ...profile(user, { role: "EDITOR", deskIds: [highTech?.id as number] }),
    });
    await writes.updateStaff({
      actor: actorOf(admin),
      ...profile(user, { role: "EDITOR", deskIds: [highTech?.id as number] }),
    });
    const entries = await auditOf(user.id, "staff.updated");
    expect(entries.map((e) => [e.actorId, e.actorLabel, e.clientKey, e.changes])).toEqual([
      [
        admin.id,
        admin.email,
        "client:test",
        { role: ["INVESTMENT_OFFICER", "EDITOR"], desks: [user.deskIds, [highTech?.id]] },
      ],
    ]);
  });

  it("keeps no entry for a change that failed after writing it: the entry is in the change's transaction", async () => {
    const admin = await createStaffUser({ role: "ADMINISTRATOR" });
    const user = await createStaffUser({ role: "EDITOR" });
    await createStaffSession(user.id);
    // The database refuses the commit of any transaction that audits disabling this person:
    // the audit entry and the change are both written by then, and must both go.
    const trigger = `test_refuse_commit_${user.id}`;
    await sql(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'commit refused by the test'; END $$`);
    await sql(`CREATE CONSTRAINT TRIGGER ${trigger} AFTER INSERT ON "AuditEntry" DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (NEW."entityId" = '${user.id}' AND NEW.action = 'staff.disabled') EXECUTE FUNCTION ${trigger}()`);
    try {
      await expect(writes.setStaffActive({ actor: actorOf(admin), id: user.id, active: false })).rejects.toThrow(
        /commit refused by the test/,
      );
    } finally {
      await sql(`DROP TRIGGER ${trigger} ON "AuditEntry"`);
      await sql(`DROP FUNCTION ${trigger}()`);
    }
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(true);
    expect(await db.staffSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
    expect(await auditOf(user.id)).toEqual([]);

    // The same write without the obstacle: both are kept.
    await writes.setStaffActive({ actor: actorOf(admin), id: user.id, active: false });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(false);
    expect((await auditOf(user.id)).map((e) => e.action)).toEqual(["staff.disabled"]);
  });

  it("rolls an entry back with a transaction that fails after it", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(
          tx,
          { actorId: null, actorLabel: "test", clientKey: null },
          { action: "staff.updated", entityType: "staff-user", entityId: user.id },
        );
        await tx.staffUser.update({ where: { id: user.id }, data: { name: "Changed" } });
        throw new Error("failed after the entry");
      }),
    ).rejects.toThrow("failed after the entry");
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
    expect(await auditOf(user.id)).toEqual([]);
  });

  it("writes nothing, change or entry, when a write is refused (an unknown desk)", async () => {
    const admin = await createStaffUser({ role: "ADMINISTRATOR" });
    const user = await createStaffUser({ role: "EDITOR", name: "Before" });
    await expect(
      writes.updateStaff({
        actor: actorOf(admin),
        ...profile(user, { name: "After", role: "INVESTMENT_OFFICER", deskIds: [987_654_321] }),
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { desks: "invalid" } });
    const after = await db.staffUser.findUniqueOrThrow({ where: { id: user.id }, include: { desks: true } });
    expect([after.name, after.role, after.desks]).toEqual(["Before", "EDITOR", []]);
    expect(await auditOf(user.id)).toEqual([]);
  });

  it("cannot be changed, deleted or truncated, whoever connects", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    await db.$transaction((tx) =>
      recordAudit(
        tx,
        { actorId: user.id, actorLabel: user.email, clientKey: null },
        { action: "test.append-only", entityType: "staff-user", entityId: user.id, changes: { n: 1 } },
      ),
    );
    const [entry] = await auditOf(user.id, "test.append-only");
    expect(entry).toBeDefined();
    const id = String(entry?.id);

    // Each statement in a transaction that is rolled back anyway: if the trigger ever went missing, nothing is lost.
    const refused = async (statement: string) => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      try {
        await client.query("BEGIN");
        const error = await client.query(statement).then(
          () => null,
          (e: { message: string; code: string }) => e,
        );
        await client.query("ROLLBACK");
        return error;
      } finally {
        await client.end();
      }
    };
    for (const statement of [
      `UPDATE "AuditEntry" SET "changes" = '{"n": 2}' WHERE id = ${id}`,
      `UPDATE "AuditEntry" SET "actorLabel" = 'someone else'`,
      `DELETE FROM "AuditEntry" WHERE id = ${id}`,
      `DELETE FROM "AuditEntry"`,
      `TRUNCATE "AuditEntry"`,
      `TRUNCATE "AuditEntry" RESTART IDENTITY CASCADE`,
    ]) {
      const error = await refused(statement);
      expect(error?.message, statement).toBe("audit entries cannot be changed or deleted");
      expect(error?.code).toBe("42501"); // insufficient_privilege
    }
    // Through the application's client too.
    await expect(db.auditEntry.update({ where: { id: entry?.id as bigint }, data: { action: "x" } })).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(db.auditEntry.deleteMany({ where: { id: entry?.id as bigint } })).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    expect((await auditOf(user.id, "test.append-only")).map((e) => e.changes)).toEqual([{ n: 1 }]);
  });
});

describe("the last administrator", () => {
  // Alone among the active administrators: every other one is disabled first.
  const onlyAdministrators = async (count: number) => {
    await sql(`UPDATE "StaffUser" SET active = false WHERE role = 'ADMINISTRATOR' AND active`);
    const admins = [];
    for (let i = 0; i < count; i++) admins.push(await createStaffUser({ role: "ADMINISTRATOR" }));
    return admins;
  };

  it("cannot be demoted or disabled", async () => {
    const [admin] = (await onlyAdministrators(1)) as [StaffFixtureUser];
    const actor = actorOf(admin);
    for (const role of ["EDITOR", "INVESTMENT_OFFICER"] as const) {
      await expect(writes.updateStaff({ actor, ...profile(admin, { role }) })).rejects.toMatchObject({
        code: "CONFLICT",
        reason: "lastAdministrator",
      });
    }
    await expect(writes.setStaffActive({ actor, id: admin.id, active: false })).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "lastAdministrator",
    });
    const after = await db.staffUser.findUniqueOrThrow({ where: { id: admin.id } });
    expect([after.role, after.active]).toEqual(["ADMINISTRATOR", true]);
    expect(await auditOf(admin.id)).toEqual([]);
    // A disabled administrator does not count as one left.
    await createStaffUser({ role: "ADMINISTRATOR", active: false });
    await expect(writes.updateStaff({ actor, ...profile(admin, { role: "EDITOR" }) })).rejects.toMatchObject({
      reason: "lastAdministrator",
    });
    // Other changes to the last administrator are fine.
    await writes.updateStaff({ actor, ...profile(admin, { name: "Renamed" }) });
    expect((await auditOf(admin.id)).map((e) => e.action)).toEqual(["staff.updated"]);
  });

  it("answers the form with the reason", async () => {
    const [admin] = (await onlyAdministrators(1)) as [StaffFixtureUser];
    const update = staffAction("user:manage", updateStaffSchema, async (actor, input) => {
      await writes.updateStaff({
        actor,
        id: input.id,
        name: input.name,
        role: input.role,
        deskIds: input.desks,
        locale: input.userLocale,
      });
      return { done: "saved" };
    });
    const session = await createStaffSession(admin.id);
    request.jar.set(session.cookieName, session.token);
    const outcome = await callAction<FormState>(update, {
      locale: "en",
      id: String(admin.id),
      name: admin.name,
      role: "EDITOR",
      userLocale: "vi",
    });
    expect(outcome.state?.errors).toEqual({ form: "lastAdministrator" });
  });

  it("can be demoted or disabled when another administrator is active, and then that one cannot", async () => {
    const [first, second] = (await onlyAdministrators(2)) as [StaffFixtureUser, StaffFixtureUser];
    await writes.updateStaff({ actor: actorOf(first), ...profile(first, { role: "EDITOR" }) });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: first.id } })).role).toBe("EDITOR");
    await expect(writes.setStaffActive({ actor: actorOf(second), id: second.id, active: false })).rejects.toMatchObject(
      {
        reason: "lastAdministrator",
      },
    );

    const [third, fourth] = (await onlyAdministrators(2)) as [StaffFixtureUser, StaffFixtureUser];
    await writes.setStaffActive({ actor: actorOf(fourth), id: third.id, active: false });
    await expect(
      writes.updateStaff({ actor: actorOf(fourth), ...profile(fourth, { role: "EDITOR" }) }),
    ).rejects.toMatchObject({
      reason: "lastAdministrator",
    });
  });

  it("stays when the last two administrators are demoted or disabled at the same moment", async () => {
    for (let round = 0; round < 8; round++) {
      const [a, b] = (await onlyAdministrators(2)) as [StaffFixtureUser, StaffFixtureUser];
      const results = await Promise.allSettled([
        writes.updateStaff({ actor: actorOf(b), ...profile(a, { role: "EDITOR" }) }),
        round % 2
          ? writes.setStaffActive({ actor: actorOf(a), id: b.id, active: false })
          : writes.updateStaff({ actor: actorOf(a), ...profile(b, { role: "INVESTMENT_OFFICER" }) }),
      ]);
      const succeeded = results.filter((r) => r.status === "fulfilled");
      // Exactly one: never both (no administrator left), and not neither (each alone is allowed).
      expect(succeeded.length, `round ${round}`).toBe(1);
      for (const r of results) {
        if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT", reason: "lastAdministrator" });
      }
      const left = await db.staffUser.count({
        where: { id: { in: [a.id, b.id] }, role: "ADMINISTRATOR", active: true },
      });
      expect(left).toBe(2 - succeeded.length);
      expect(left).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("one-time links", () => {
  /** The token of a person's newest link, as the e-mail carries it. */
  const newestToken = async (userId: number) => {
    const link = await db.staffLink.findFirstOrThrow({ where: { userId }, orderBy: { id: "desc" } });
    return linkToken(link.salt);
  };
  const invited = async () => {
    const admin = await createStaffUser({ role: "ADMINISTRATOR" });
    const email = uniqueEmail("invitee");
    const { id } = await writes.inviteStaff({
      actor: actorOf(admin),
      email,
      name: "Phạm Thu Hà",
      role: "EDITOR",
      deskIds: [],
      locale: "vi",
    });
    return { admin, id, email, token: await newestToken(id) };
  };
  const setPassword = (token: string, password = "quiet mornings on the mekong") =>
    writes.setPasswordFromLink({ token, password, clientKey: "client:test" });
  const signInWith = (email: string, password: string) =>
    signIn({ email, password, clientAddress: newClient(), clientKey: "test" });

  it("sets the password of an invited person once; the second use is refused", async () => {
    const { id, email, token } = await invited();
    const link = await db.staffLink.findFirstOrThrow({ where: { userId: id }, include: { outbox: true } });
    // Only the token's hash is stored, and the e-mail carrying it is queued with it.
    const { outbox, ...row } = link;
    expect(JSON.stringify(row)).not.toContain(token);
    expect(link.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(outbox.map((o) => o.kind)).toEqual(["staff-link"]);
    expect(link.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    await expect(signInWith(email, "quiet mornings on the mekong")).rejects.toMatchObject({
      reason: "wrongCredentials",
    });

    expect(await setPassword(token)).toEqual({ email });
    expect(await signInWith(email, "quiet mornings on the mekong")).toEqual({ stage: "ACTIVE" });
    await expect(setPassword(token, "another fine passphrase")).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "linkUnusable",
    });
    expect(await findUsableLink(token)).toBeNull();
    expect(await signInWith(email, "quiet mornings on the mekong")).toEqual({ stage: "ACTIVE" });
    expect((await auditOf(id)).map((e) => e.action)).toEqual([
      "staff.invited",
      "sign-in.failed",
      "staff.password-set",
      "sign-in.succeeded",
      "sign-in.succeeded",
    ]);
  });

  it("is used once even by two requests at the same moment", async () => {
    const { token } = await invited();
    const results = await Promise.allSettled([
      setPassword(token, "first of two passphrases"),
      setPassword(token, "second of two passphrases"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { reason: "linkUnusable" } });
  });

  it("applies the password policy and stays usable after a refused password", async () => {
    const { email, token } = await invited();
    await expect(setPassword(token, "short")).rejects.toMatchObject({ fields: { password: "password.tooShort" } });
    await expect(setPassword(token, "password2026!")).rejects.toMatchObject({
      fields: { password: "password.common" },
    });
    await expect(setPassword(token, email.split("@")[0])).rejects.toMatchObject({
      fields: { password: "password.personal" },
    });
    await expect(setPassword(token, "Phạm Thu Hà 1990")).rejects.toMatchObject({
      fields: { password: "password.personal" },
    });
    expect(await findUsableLink(token)).not.toBeNull();
    expect(await setPassword(token)).toEqual({ email });
  });

  it("expires", async () => {
    const { id, token } = await invited();
    await db.staffLink.updateMany({ where: { userId: id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await findUsableLink(token)).toBeNull();
    await expect(setPassword(token)).rejects.toMatchObject({ code: "CONFLICT", reason: "linkUnusable" });
    expect((await db.staffUser.findUniqueOrThrow({ where: { id } })).passwordHash).toBeNull();
  });

  it("stops working when a newer link is issued, and for a disabled person", async () => {
    const { admin, id, email, token } = await invited();
    await writes.resetStaffPassword({ actor: actorOf(admin), id });
    const reset = await newestToken(id);
    expect(reset).not.toBe(token);
    await expect(setPassword(token)).rejects.toMatchObject({ reason: "linkUnusable" });
    expect(await setPassword(reset)).toEqual({ email });

    await db.$transaction((tx) =>
      issueLink(tx, { userId: id, purpose: "PASSWORD_RESET", createdById: admin.id, email: false }),
    );
    const latest = await newestToken(id);
    await writes.setStaffActive({ actor: actorOf(admin), id, active: false });
    await expect(setPassword(latest)).rejects.toMatchObject({ reason: "linkUnusable" });
  });

  it("a reset ends the person's sessions and password at once; the new password starts afresh", async () => {
    const admin = await createStaffUser({ role: "ADMINISTRATOR" });
    const user = await createStaffUser({ role: "EDITOR" });
    await createStaffSession(user.id);
    await createStaffSession(user.id);
    await writes.resetStaffPassword({ actor: actorOf(admin), id: user.id });
    expect(await db.staffSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    await expect(signInWith(user.email, STAFF_PASSWORD)).rejects.toMatchObject({ reason: "wrongCredentials" });
    // A session started between the reset and the new password ends too.
    await createStaffSession(user.id);
    await setPassword(await newestToken(user.id));
    expect(await db.staffSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect((await auditOf(user.id)).map((e) => [e.action, e.changes])).toEqual([
      ["staff.password-reset", { sessionsEnded: 2 }],
      ["sign-in.failed", { reason: "wrong-password" }],
      ["staff.password-set", { via: "PASSWORD_RESET", sessionsEnded: 1 }],
    ]);
  });
});
