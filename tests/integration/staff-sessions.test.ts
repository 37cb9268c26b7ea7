import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { permissionsOf } from "@/lib/permissions";
import { seedInquiryContent } from "../fixtures/inquiry-database";
import { callAction, nextRequest, request, resetRequest } from "../fixtures/next-request";
import {
  createStaffSession,
  createStaffUser,
  deleteTestStaff,
  STAFF_PASSWORD,
  type StaffFixtureUser,
  signedInStaff,
  staffCookieName,
  uniqueEmail,
} from "../fixtures/staff";

// How back-office sessions end (idle, absolute, revoked, a disabled person, a
// new password) and how the action wrapper treats whoever is not allowed.
vi.mock("next/headers", async () => (await import("../fixtures/next-request")).nextHeaders);

const { db } = await import("@/server/db");
const { currentSession, SESSION_COOKIE, sessionLimits } = await import("@/server/auth/session");
const { signIn } = await import("@/server/auth/sign-in");
const { staffAction } = await import("@/server/auth/staff-action");
const { inviteStaffSchema } = await import("@/lib/schemas/staff");
const writes = await import("@/server/staff/staff-writes");

let clients = 0;
const newClient = () => `2001:db8:b::${(++clients).toString(16)}`;
beforeAll(() => seedInquiryContent()); // the desks
beforeEach(() => resetRequest(newClient()));
afterAll(async () => {
  await deleteTestStaff();
  await db.$disconnect();
});

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
/** This browser holds the session's cookie. */
const holding = (session: { token: string; cookieName: string }) => {
  request.jar.set(session.cookieName, session.token);
};
const liveAs = async (session: { token: string; cookieName: string }) => {
  resetRequest(newClient());
  holding(session);
  return currentSession();
};

/** The actor a write function gets from the action wrapper. */
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

describe("session limits", () => {
  it("uses the fixture's cookie name", () => {
    expect(staffCookieName()).toBe(SESSION_COOKIE);
    expect(sessionLimits.idleMs).toBe(30 * 60_000);
    expect(sessionLimits.maxMs).toBe(12 * 3_600_000);
  });

  it("ends a session after 30 minutes without a request, and keeps a recent one alive", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    const idle = await createStaffSession(user.id, { createdAt: minutesAgo(40), lastSeenAt: minutesAgo(31) });
    expect(await liveAs(idle)).toBeNull();

    const recent = await createStaffSession(user.id, { createdAt: minutesAgo(40), lastSeenAt: minutesAgo(29) });
    expect((await liveAs(recent))?.actor.userId).toBe(user.id);
    // Seen now: the idle clock starts again.
    const seen = await db.staffSession.findUniqueOrThrow({ where: { id: recent.id } });
    expect(Date.now() - seen.lastSeenAt.getTime()).toBeLessThan(5_000);
  });

  it("ends a session at its absolute end, however active", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    const ended = await createStaffSession(user.id, {
      createdAt: minutesAgo(60),
      lastSeenAt: minutesAgo(0),
      expiresAt: minutesAgo(1),
    });
    expect(await liveAs(ended)).toBeNull();
    // Started 12 hours and a minute ago (its end as the fixture sets it), active a minute ago.
    const old = await createStaffSession(user.id, { createdAt: minutesAgo(12 * 60 + 1), lastSeenAt: minutesAgo(1) });
    expect(await liveAs(old)).toBeNull();
    const young = await createStaffSession(user.id, { createdAt: minutesAgo(11 * 60), lastSeenAt: minutesAgo(1) });
    expect(await liveAs(young)).not.toBeNull();
  });

  it("knows nothing of a revoked session, an invented token or an oversized one", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    expect(await liveAs(await createStaffSession(user.id, { revokedAt: minutesAgo(1) }))).toBeNull();
    expect(await liveAs({ cookieName: SESSION_COOKIE, token: "A".repeat(43) })).toBeNull();
    expect(await liveAs({ cookieName: SESSION_COOKIE, token: "A".repeat(5_000) })).toBeNull();
    expect(await liveAs({ cookieName: "other-cookie", token: (await createStaffSession(user.id)).token })).toBeNull();
  });
});

describe("ending sessions", () => {
  it("revokes one of one's own sessions, and only one's own", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    const other = await createStaffUser({ role: "EDITOR" });
    const [here, there] = [await createStaffSession(user.id), await createStaffSession(user.id)];
    const foreign = await createStaffSession(other.id);
    await writes.revokeOwnSession({ actor: actorOf(user, here.id), sessionId: there.id });
    expect(await liveAs(there)).toBeNull();
    expect(await liveAs(here)).not.toBeNull();
    await expect(
      writes.revokeOwnSession({ actor: actorOf(user, here.id), sessionId: foreign.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await liveAs(foreign)).not.toBeNull();
    expect(
      (await db.auditEntry.findMany({ where: { action: "session.revoked", entityId: String(there.id) } })).length,
    ).toBe(1);
  });

  it("signs out: this session ends", async () => {
    const { user, session } = await signedInStaff({ role: "INVESTMENT_OFFICER", desks: ["agriculture"] });
    const live = await liveAs(session);
    expect(live?.actor.deskIds).toEqual(user.deskIds);
    await writes.signOut({ actor: live?.actor ?? actorOf(user, session.id) });
    expect(await liveAs(session)).toBeNull();
  });

  it("ends every session of a person at an administrator's request", async () => {
    const admin = await createStaffUser({ role: "ADMINISTRATOR" });
    const user = await createStaffUser({ role: "EDITOR" });
    const sessions = [
      await createStaffSession(user.id),
      await createStaffSession(user.id),
      await createStaffSession(user.id),
    ];
    expect(await writes.revokeStaffSessions({ actor: actorOf(admin), id: user.id })).toBe(3);
    for (const session of sessions) expect(await liveAs(session)).toBeNull();
    expect((await auditOf(user.id, "staff.sessions-revoked")).map((e) => [e.actorId, e.changes])).toEqual([
      [admin.id, { sessionsEnded: 3 }],
    ]);
  });

  it("ends every session of a person who is disabled, and lets them sign in again only when re-enabled", async () => {
    const admin = await createStaffUser({ role: "ADMINISTRATOR" });
    const user = await createStaffUser({ role: "EDITOR" });
    const sessions = [await createStaffSession(user.id), await createStaffSession(user.id, { stage: "SECOND_FACTOR" })];
    await writes.setStaffActive({ actor: actorOf(admin), id: user.id, active: false });
    expect(await db.staffSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    for (const session of sessions) expect(await liveAs(session)).toBeNull();
    const signInNow = () =>
      signIn({ email: user.email, password: STAFF_PASSWORD, clientAddress: newClient(), clientKey: "test" });
    await expect(signInNow()).rejects.toMatchObject({ code: "INVALID_INPUT", reason: "wrongCredentials" });
    expect((await auditOf(user.id, "staff.disabled")).map((e) => e.changes)).toEqual([
      { active: [true, false], sessionsEnded: 2 },
    ]);

    await writes.setStaffActive({ actor: actorOf(admin), id: user.id, active: true });
    // Re-enabling does not bring old sessions back.
    for (const session of sessions) expect(await liveAs(session)).toBeNull();
    resetRequest(newClient());
    expect(await signInNow()).toEqual({ stage: "ACTIVE" });
  });

  it("treats a session of a disabled person as ended even before it is revoked", async () => {
    const { user, session } = await signedInStaff({ role: "EDITOR" });
    await db.staffUser.update({ where: { id: user.id }, data: { active: false } });
    expect(await liveAs(session)).toBeNull();
  });

  it("ends every session when the password changes, and gives this browser a new one", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    const here = await createStaffSession(user.id);
    const elsewhere = await createStaffSession(user.id);
    const live = await liveAs(here);
    const actor = live?.actor ?? actorOf(user, here.id);
    const newPassword = "a river of lanterns at night";

    await expect(
      writes.changeOwnPassword({ actor, current: "wrong current password", password: newPassword }),
    ).rejects.toMatchObject({
      fields: { current: "currentWrong" },
    });
    await expect(
      writes.changeOwnPassword({ actor, current: STAFF_PASSWORD, password: "password2026!" }),
    ).rejects.toMatchObject({
      fields: { password: "password.common" },
    });
    expect(await liveAs(elsewhere)).not.toBeNull();

    holding(here);
    request.sets = [];
    await writes.changeOwnPassword({ actor, current: STAFF_PASSWORD, password: newPassword });
    const fresh = request.sets.find((c) => c.name === SESSION_COOKIE);
    expect(fresh?.value).not.toBe(here.token);
    expect(await liveAs(here)).toBeNull();
    expect(await liveAs(elsewhere)).toBeNull();
    expect((await liveAs({ cookieName: SESSION_COOKIE, token: fresh?.value ?? "" }))?.actor.userId).toBe(user.id);
    expect((await auditOf(user.id, "staff.password-changed")).map((e) => e.changes)).toEqual([{ sessionsEnded: 2 }]);

    const withPassword = (password: string) =>
      signIn({ email: user.email, password, clientAddress: newClient(), clientKey: "test" });
    await expect(withPassword(STAFF_PASSWORD)).rejects.toMatchObject({ reason: "wrongCredentials" });
    expect(await withPassword(newPassword)).toEqual({ stage: "ACTIVE" });
  });
});

describe("re-checking a signed-in person's own password", () => {
  it("allows 10 checks per 15 minutes per person, so a stolen session cannot guess the password", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    const session = await createStaffSession(user.id);
    holding(session);
    const actor = (await liveAs(session))?.actor ?? actorOf(user, session.id);
    for (let attempt = 0; attempt < 10; attempt++) {
      await expect(
        writes.changeOwnPassword({
          actor,
          current: `guess number ${attempt}`,
          password: "a river of lanterns at night",
        }),
      ).rejects.toMatchObject({ fields: { current: "currentWrong" } });
    }
    // The eleventh, even with the right password, waits for the window to end.
    await expect(
      writes.changeOwnPassword({ actor, current: STAFF_PASSWORD, password: "a river of lanterns at night" }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED", reason: "tooManyAttempts" });
    const other = await createStaffUser({ role: "EDITOR" });
    const otherSession = await createStaffSession(other.id);
    holding(otherSession);
    await writes.changeOwnPassword({
      actor: actorOf(other, otherSession.id),
      current: STAFF_PASSWORD,
      password: "a river of lanterns at night",
    });
  });
});

describe("the back-office action wrapper", () => {
  // An action as the staff pages will declare them: invite a member of staff.
  const invite = staffAction("user:manage", inviteStaffSchema, async (actor, input) => {
    const { id } = await writes.inviteStaff({
      actor,
      email: input.email,
      name: input.name,
      role: input.role,
      deskIds: input.desks,
      locale: input.userLocale,
    });
    return { redirectTo: `/admin/staff/${id}` };
  });
  type State = Awaited<ReturnType<typeof invite>>;
  const post = (email: string) =>
    callAction<State>(invite, {
      locale: "en",
      email,
      name: "Lê Văn Minh",
      role: "EDITOR",
      userLocale: "vi",
      desks: [],
    });
  const written = async (email: string) => ({
    users: await db.staffUser.count({ where: { email } }),
    audit: await db.auditEntry.count({
      where: { action: "staff.invited", changes: { path: ["email", "1"], equals: email } },
    }),
  });

  it("sends someone without a session to the sign-in page and writes nothing", async () => {
    const email = uniqueEmail("invitee");
    expect((await post(email)).redirectedTo).toBe("/en/admin/sign-in?expired=1");
    expect(await written(email)).toEqual({ users: 0, audit: 0 });
  });

  it("treats an expired or half-finished session as none", async () => {
    const admin = await createStaffUser({ role: "ADMINISTRATOR", totp: true });
    const email = uniqueEmail("invitee");
    for (const session of [
      await createStaffSession(admin.id, { stage: "SECOND_FACTOR" }),
      await createStaffSession(admin.id, { stage: "ENROL_SECOND_FACTOR" }),
      await createStaffSession(admin.id, { lastSeenAt: minutesAgo(31) }),
      await createStaffSession(admin.id, { expiresAt: minutesAgo(1) }),
    ]) {
      resetRequest(newClient());
      holding(session);
      expect((await post(email)).redirectedTo).toBe("/en/admin/sign-in?expired=1");
    }
    expect(await written(email)).toEqual({ users: 0, audit: 0 });
  });

  it("refuses a role without the permission and writes nothing", async () => {
    for (const role of ["EDITOR", "INVESTMENT_OFFICER"] as const) {
      const { session } = await signedInStaff({ role });
      const email = uniqueEmail("invitee");
      resetRequest(newClient());
      holding(session);
      const outcome = await post(email);
      expect(outcome.state?.errors).toEqual({ form: "forbidden" });
      expect(outcome.state?.values.email).toBe(email);
      expect(await written(email)).toEqual({ users: 0, audit: 0 });
    }
  });

  it("lets an administrator do it, with its audit entry, and answers field errors otherwise", async () => {
    const { user: admin, session } = await signedInStaff({ role: "ADMINISTRATOR", totp: true });
    const email = uniqueEmail("invitee");
    holding(session);
    const outcome = await post(email);
    const invited = await db.staffUser.findUniqueOrThrow({ where: { emailKey: email } });
    expect(outcome.redirectedTo).toBe(`/en/admin/staff/${invited.id}`);
    expect(await written(email)).toEqual({ users: 1, audit: 1 });
    expect((await auditOf(invited.id, "staff.invited"))[0]?.actorId).toBe(admin.id);

    nextRequest();
    const refused = await callAction<State>(invite, {
      locale: "en",
      email: "not-an-address",
      name: " ",
      role: "KING",
      userLocale: "vi",
    });
    expect(refused.state?.errors).toEqual({ email: "email", name: "required", role: "required" });
    nextRequest();
    // A NUL cannot be stored in PostgreSQL text: refused as input, not a failure of the database.
    const nul = await callAction<State>(invite, {
      locale: "en",
      email: uniqueEmail("nul"),
      name: "Lê\u0000Minh",
      role: "EDITOR",
      userLocale: "vi",
    });
    expect(nul.state?.errors).toEqual({ name: "invalid" });
    nextRequest();
    const taken = await post(email.toUpperCase());
    expect(taken.state?.errors).toEqual({ email: "emailTaken" });
  });
});
