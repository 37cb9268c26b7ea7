import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { callAction, nextRequest, request, resetRequest } from "../fixtures/next-request";
import {
  createStaffUser,
  deleteTestStaff,
  STAFF_PASSWORD,
  tokenHashOf,
  totpCode,
  uniqueEmail,
} from "../fixtures/staff";

// Signing in to the back office through the sign-in page's server actions,
// against the real database: the request's headers and cookies come from a
// fake browser (tests/fixtures/next-request.ts).
vi.mock("next/headers", async () => (await import("../fixtures/next-request")).nextHeaders);
// argon2 as it is, with a record of the hashes passwords were verified against.
const argon2 = vi.hoisted(() => ({ verified: [] as string[] }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const original = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...original,
    verify: (hashed: string, password: string, ...rest: unknown[]) => {
      argon2.verified.push(hashed);
      return (original.verify as (...args: unknown[]) => Promise<boolean>)(hashed, password, ...rest);
    },
  };
});

const { signInAction, secondFactorAction, enrolAtSignInAction } = await import("@/app/[locale]/admin/sign-in/actions");
const { db } = await import("@/server/db");
const { query } = await import("@/server/sql");
const { LOCKOUT, SIGN_IN_CLIENT_LIMIT, emailKeyOf, signIn } = await import("@/server/auth/sign-in");
const { currentSession, SESSION_COOKIE, sessionLimits } = await import("@/server/auth/session");
const { requirePermission } = await import("@/server/auth/require-permission");
const { enrolmentSecret, confirmEnrolment } = await import("@/server/auth/second-factor");
const { acceptTotp } = await import("@/server/auth/totp");
const { rateLimitKey } = await import("@/server/security/rate-limit");
const { AppError } = await import("@/server/errors");

let clients = 0;
/** A client address no other test uses, so that no test hits another's per-client limit. */
const newClient = () => `2001:db8:a::${(++clients).toString(16)}`;

beforeEach(() => resetRequest(newClient()));
afterAll(async () => {
  await deleteTestStaff();
  await db.$disconnect();
});

type State = Awaited<ReturnType<typeof signInAction>>;
const signInWith = (email: string, password: string, extra: Record<string, string> = {}) =>
  callAction<State>(signInAction, { locale: "en", email, password, ...extra });
const codeWith = (code: string, extra: Record<string, string> = {}) =>
  callAction<State>(secondFactorAction, { locale: "en", code, ...extra });

/** The session cookie the last action set, if any. */
const sessionCookie = () => request.sets.filter((c) => c.name === SESSION_COOKIE).at(-1);
const sessionsOf = (userId: number) => db.staffSession.findMany({ where: { userId }, orderBy: { id: "asc" } });
const auditOf = (label: string) =>
  db.auditEntry.findMany({ where: { actorLabel: { in: [label, emailKeyOf(label)] } }, orderBy: { id: "asc" } });

/** Six digits that are no code of the secret right now. */
async function wrongCode(secret: string) {
  for (let n = 0; ; n++) {
    const candidate = String((123_456 + n * 7_919) % 1_000_000).padStart(6, "0");
    if ((await acceptTotp(secret, candidate, null)) === null) return candidate;
  }
}

/** Ends the lock (and the failure count) of an address, as if its 15 minutes had passed. */
async function endLock(email: string) {
  const key = await rateLimitKey("sign-in-lock", emailKeyOf(email));
  const rows = await query(
    `UPDATE "RateLimitCounter" SET "expiresAt" = clock_timestamp() - interval '1 second',
       "windowStart" = clock_timestamp() - interval '16 minutes' WHERE "key" = $1 RETURNING "key"`,
    [key],
  );
  expect(rows).toHaveLength(1);
}

/** What a refusal says, without what was typed (the e-mail address comes back into the form). */
const withoutEmail = (state: State): State => {
  if (!state) return state;
  const { email: _email, ...values } = state.values;
  return { ...state, values };
};

describe("signing in with e-mail and password", () => {
  it("starts a session: the cookie is HttpOnly and SameSite=Lax with a 256-bit token, the database keeps only its hash", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    const before = Date.now();
    const outcome = await signInWith(`  ${user.email.toUpperCase()} `, STAFF_PASSWORD);
    expect(outcome.redirectedTo).toBe("/en/admin");

    expect(request.sets).toHaveLength(1);
    const cookie = sessionCookie();
    expect(cookie?.name).toBe("portal-staff"); // the test site is http: no __Host- prefix
    expect(cookie?.options).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
      maxAge: sessionLimits.maxMs / 1000,
    });
    const token = cookie?.value ?? "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);

    const [session, ...others] = await sessionsOf(user.id);
    expect(others).toEqual([]);
    expect(session?.stage).toBe("ACTIVE");
    expect(session?.tokenHash).toBe(tokenHashOf(token));
    expect(JSON.stringify(session)).not.toContain(token);
    expect(session?.userAgent).toBe("integration-test");
    expect(session?.revokedAt).toBeNull();
    const ends = (session?.expiresAt.getTime() ?? 0) - before;
    expect(ends).toBeGreaterThanOrEqual(sessionLimits.maxMs - 1_000);
    expect(ends).toBeLessThanOrEqual(sessionLimits.maxMs + 5_000);

    // The next request of this browser is signed in.
    nextRequest();
    const current = await currentSession();
    expect(current?.stage).toBe("ACTIVE");
    expect(current?.actor).toMatchObject({ userId: user.id, email: user.email, role: "EDITOR" });
    expect(await requirePermission("content:edit")).toMatchObject({ userId: user.id });
    await expect(requirePermission("user:manage")).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect((await auditOf(user.email)).map((e) => [e.action, e.actorId, e.changes])).toEqual([
      ["sign-in.succeeded", user.id, { method: "password" }],
    ]);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("goes on to the page asked for, only if it is a back-office page of this site", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    expect((await signInWith(user.email, STAFF_PASSWORD, { next: "/en/admin/posts?page=2" })).redirectedTo).toBe(
      "/en/admin/posts?page=2",
    );
    for (const next of [
      "//evil.example/en/admin",
      "https://evil.example/en/admin",
      "/en/admin//evil.example",
      "/en/land",
      "/en/admin/\\evil",
    ]) {
      resetRequest(newClient());
      expect((await signInWith(user.email, STAFF_PASSWORD, { next })).redirectedTo, next).toBe("/en/admin");
    }
  });

  it("refuses a wrong password: no cookie, no session, the password not sent back, a failure in the audit log", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    const outcome = await signInWith(user.email, `${STAFF_PASSWORD}!`);
    expect(outcome.state).toEqual({
      errors: { form: "wrongCredentials" },
      details: {},
      values: { locale: "en", email: user.email },
      attempt: 1,
    });
    expect(request.sets).toEqual([]);
    expect(await sessionsOf(user.id)).toEqual([]);
    expect((await auditOf(user.email)).map((e) => [e.action, e.changes])).toEqual([
      ["sign-in.failed", { reason: "wrong-password" }],
    ]);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(1);
  });

  it("answers an unknown address, a wrong password, a disabled account and one without a password alike", async () => {
    const wrongPassword = await createStaffUser({ role: "EDITOR" });
    const disabled = await createStaffUser({ role: "EDITOR", active: false });
    const noPassword = await createStaffUser({ role: "EDITOR", password: null });
    const attempts: [string, string][] = [
      [uniqueEmail("nobody"), STAFF_PASSWORD],
      [wrongPassword.email, "not the password at all"],
      [disabled.email, STAFF_PASSWORD], // the right password
      [noPassword.email, STAFF_PASSWORD],
    ];
    const states: State[] = [];
    const errors: unknown[] = [];
    for (const [email, password] of attempts) {
      resetRequest(newClient());
      const outcome = await signInWith(email, password);
      expect(outcome.redirectedTo).toBeUndefined();
      expect(request.sets).toEqual([]);
      states.push(withoutEmail(outcome.state as State));
      // The same error below the form, too.
      resetRequest(newClient());
      const error = await signIn({ email, password, clientAddress: newClient(), clientKey: "test" }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      const e = error as InstanceType<typeof AppError>;
      errors.push({
        name: e.name,
        code: e.code,
        message: e.message,
        reason: e.reason,
        fields: e.fields,
        retryAt: e.retryAt,
      });
    }
    for (const state of states.slice(1)) expect(state).toEqual(states[0]);
    for (const error of errors.slice(1)) expect(error).toEqual(errors[0]);
    expect(errors[0]).toMatchObject({
      code: "INVALID_INPUT",
      reason: "wrongCredentials",
      message: "Wrong e-mail or password.",
    });
    // Only the audit log tells them apart.
    const reasons = [];
    for (const [email] of attempts)
      reasons.push((await auditOf(email)).map((e) => (e.changes as { reason: string }).reason));
    expect(reasons).toEqual([
      ["unknown-email", "unknown-email"],
      ["wrong-password", "wrong-password"],
      ["disabled", "disabled"],
      ["wrong-password", "wrong-password"],
    ]);
    expect(
      await db.staffSession.count({ where: { userId: { in: [wrongPassword.id, disabled.id, noPassword.id] } } }),
    ).toBe(0);
  });

  it("does the work of verifying a password for an unknown address too (argon2 against a dummy hash)", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    const stored = (await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).passwordHash as string;
    const { verify } = await import("@node-rs/argon2");
    const timed = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work().catch(() => {});
      return performance.now() - started;
    };
    const attempt = (email: string) => () =>
      signIn({ email, password: "some wrong password", clientAddress: newClient(), clientKey: "test" });
    await timed(attempt(uniqueEmail("warm-up"))); // the dummy hash is made once per process

    argon2.verified = [];
    const unknown = await timed(attempt(uniqueEmail("nobody")));
    const known = await timed(attempt(user.email));
    // Both ran argon2id, with the portal's parameters: against a dummy hash, and against the person's.
    expect(argon2.verified).toHaveLength(2);
    const [dummy, own] = argon2.verified as [string, string];
    expect(dummy).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(dummy).not.toBe(stored);
    expect(own).toBe(stored);
    // And both took the time of an argon2 verification. How long that is
    // depends on the machine (10 to 60 ms), so it is measured here; the bound
    // is loose on purpose: these are not timing comparisons.
    const alone = [];
    for (let i = 0; i < 5; i++) alone.push(await timed(() => verify(stored, "some wrong password")));
    const argonMs = alone.sort((a, b) => a - b)[2] as number;
    expect(argonMs).toBeGreaterThan(5);
    expect(unknown).toBeGreaterThan(argonMs / 2);
    expect(known).toBeGreaterThan(argonMs / 2);
  });
});

describe("locking an address after failures", () => {
  it(`locks an existing address after ${LOCKOUT.attempts} failures, refuses even the right password, and opens again after the lock`, async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    for (let i = 1; i < LOCKOUT.attempts; i++) {
      // However the address is typed, it is the same address.
      const typed = i % 2 ? user.email.toUpperCase() : ` ${user.email}`;
      expect((await signInWith(typed, `wrong ${i}`)).state?.errors).toEqual({ form: "wrongCredentials" });
    }
    const fifth = await signInWith(user.email, "wrong 5");
    expect(fifth.state?.errors).toEqual({ form: "locked" });
    const retryAt = new Date(fifth.state?.details?.retryAt ?? 0).getTime();
    expect(retryAt - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(retryAt - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    // The sixth attempt, with the right password, from another client: still locked.
    resetRequest(newClient());
    const sixth = await signInWith(user.email, STAFF_PASSWORD);
    expect(sixth.state?.errors).toEqual({ form: "locked" });
    expect(request.sets).toEqual([]);
    expect(await sessionsOf(user.id)).toEqual([]);
    const actions = (await auditOf(user.email)).map((e) => e.action);
    expect(actions.filter((a) => a === "sign-in.failed")).toHaveLength(LOCKOUT.attempts);
    expect(actions.filter((a) => a === "sign-in.locked")).toHaveLength(1);

    await endLock(user.email);
    expect((await signInWith(user.email, STAFF_PASSWORD)).redirectedTo).toBe("/en/admin");
    // Success forgets the failures.
    const counters = await query(`SELECT 1 FROM "RateLimitCounter" WHERE "key" = $1`, [
      await rateLimitKey("sign-in-lock", user.emailKey),
    ]);
    expect(counters).toEqual([]);
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(0);
  });

  it("locks an unknown address the same way, so that a lock does not say whether the account exists", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    const unknown = uniqueEmail("nobody");
    const lockedStates: State[] = [];
    for (const email of [user.email, unknown]) {
      for (let i = 1; i < LOCKOUT.attempts; i++) {
        expect((await signInWith(email, `wrong ${i}`)).state?.errors).toEqual({ form: "wrongCredentials" });
      }
      expect((await signInWith(email, "wrong 5")).state?.errors).toEqual({ form: "locked" });
      const sixth = await signInWith(email, email === unknown ? "anything" : STAFF_PASSWORD);
      lockedStates.push(withoutEmail(sixth.state as State));
    }
    const [known, unknownState] = lockedStates.map((state) => ({
      ...state,
      details: Object.keys(state?.details ?? {}),
    }));
    expect(unknownState).toEqual(known);
    expect(known?.errors).toEqual({ form: "locked" });
    expect(known?.details).toEqual(["retryAt"]);

    await endLock(unknown);
    expect((await signInWith(unknown, "anything")).state?.errors).toEqual({ form: "wrongCredentials" });
  });

  it(`limits each client to ${SIGN_IN_CLIENT_LIMIT.limit} attempts per window, whatever the addresses, and no other client`, async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    const client = newClient();
    for (let i = 0; i < SIGN_IN_CLIENT_LIMIT.limit; i++) {
      resetRequest(client);
      expect((await signInWith(uniqueEmail(`spray-${i}`), "password guess")).state?.errors).toEqual({
        form: "wrongCredentials",
      });
    }
    resetRequest(client);
    const limited = await signInWith(user.email, STAFF_PASSWORD);
    expect(limited.state?.errors).toEqual({ form: "tooManyAttempts" });
    expect(new Date(limited.state?.details?.retryAt ?? 0).getTime()).toBeGreaterThan(Date.now());
    expect(request.sets).toEqual([]);
    // Refused before any work: the address's own count is untouched.
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).failedAttempts).toBe(0);

    resetRequest(newClient());
    expect((await signInWith(user.email, STAFF_PASSWORD)).redirectedTo).toBe("/en/admin");
  });
});

describe("session tokens", () => {
  it("issues a new token on each sign-in and ends the session this browser had", async () => {
    const user = await createStaffUser({ role: "EDITOR" });
    expect((await signInWith(user.email, STAFF_PASSWORD)).redirectedTo).toBe("/en/admin");
    const first = sessionCookie()?.value as string;
    nextRequest();
    expect((await signInWith(user.email, STAFF_PASSWORD)).redirectedTo).toBe("/en/admin");
    const second = sessionCookie()?.value as string;
    expect(second).not.toBe(first);
    expect(request.jar.get(SESSION_COOKIE)).toBe(second);

    const [old, current] = await sessionsOf(user.id);
    expect(old?.tokenHash).toBe(tokenHashOf(first));
    expect(old?.revokedAt).not.toBeNull();
    expect(current?.tokenHash).toBe(tokenHashOf(second));
    expect(current?.revokedAt).toBeNull();
    // The old token no longer opens anything.
    request.jar.set(SESSION_COOKIE, first);
    expect(await currentSession()).toBeNull();
    request.jar.set(SESSION_COOKIE, second);
    expect((await currentSession())?.sessionId).toBe(current?.id);
  });
});

describe("the second factor", () => {
  it("asks for the code after the password, then signs in with a new token", async () => {
    const user = await createStaffUser({ role: "ADMINISTRATOR", totp: true });
    const secret = user.totpSecret as string;
    const next = "/en/admin/staff";
    expect((await signInWith(user.email, STAFF_PASSWORD, { next })).redirectedTo).toBe(
      `/en/admin/sign-in/code?next=${encodeURIComponent(next)}`,
    );
    const pending = sessionCookie();
    expect(pending?.options.maxAge).toBe(sessionLimits.pendingMs / 1000);
    nextRequest();
    expect((await currentSession())?.stage).toBe("SECOND_FACTOR");
    // Half signed in is not signed in.
    await expect(requirePermission("dashboard:view")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    expect((await codeWith(await totpCode(secret), { next })).redirectedTo).toBe(next);
    const active = sessionCookie();
    expect(active?.value).not.toBe(pending?.value);
    expect(active?.options).toMatchObject({ httpOnly: true, sameSite: "lax", maxAge: sessionLimits.maxMs / 1000 });
    const [first, second] = await sessionsOf(user.id);
    expect([first?.stage, first?.revokedAt !== null]).toEqual(["SECOND_FACTOR", true]);
    expect([second?.stage, second?.revokedAt]).toEqual(["ACTIVE", null]);
    nextRequest();
    expect(await requirePermission("user:manage")).toMatchObject({ userId: user.id });
    const { totpLastStep } = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(Math.abs((totpLastStep ?? 0) - Math.floor(Date.now() / 30_000))).toBeLessThanOrEqual(1);
    expect((await auditOf(user.email)).map((e) => [e.action, e.changes])).toEqual([
      ["sign-in.password-accepted", { next: "SECOND_FACTOR" }],
      ["sign-in.succeeded", { method: "totp" }],
    ]);
  });

  it("refuses the code step without a password first", async () => {
    expect((await codeWith("123456")).redirectedTo).toBe("/en/admin/sign-in?expired=1");
    const user = await createStaffUser({ role: "EDITOR" });
    await signInWith(user.email, STAFF_PASSWORD);
    nextRequest();
    // A signed-in session is not a pending one either.
    expect((await codeWith("123456")).redirectedTo).toBe("/en/admin/sign-in?expired=1");
  });

  it("counts a wrong code as a failed sign-in of the address: passwords and codes share the lock", async () => {
    const user = await createStaffUser({ role: "EDITOR", totp: true });
    const secret = user.totpSecret as string;
    for (let i = 0; i < 2; i++)
      expect((await signInWith(user.email, "wrong")).state?.errors).toEqual({ form: "wrongCredentials" });
    expect((await signInWith(user.email, STAFF_PASSWORD)).redirectedTo).toBe("/en/admin/sign-in/code");
    const bad = await wrongCode(secret);
    for (let i = 0; i < 2; i++) {
      nextRequest();
      const outcome = await codeWith(bad);
      expect(outcome.state?.errors).toEqual({ code: "codeWrong" });
      expect(outcome.state?.values).toEqual({ locale: "en" }); // the code is not sent back
    }
    nextRequest();
    expect((await codeWith(bad)).state?.errors).toEqual({ form: "locked" });
    // Locked: the half-finished session ends, and the right code or password no longer helps.
    nextRequest();
    expect(await currentSession()).toBeNull();
    expect((await codeWith(await totpCode(secret))).redirectedTo).toBe("/en/admin/sign-in?expired=1");
    resetRequest(newClient());
    expect((await signInWith(user.email, STAFF_PASSWORD)).state?.errors).toEqual({ form: "locked" });
    expect((await sessionsOf(user.id)).every((s) => s.revokedAt !== null && s.stage === "SECOND_FACTOR")).toBe(true);
    const actions = (await auditOf(user.email)).map((e) => e.action);
    expect(actions.filter((a) => a === "sign-in.second-factor-failed")).toHaveLength(3);
    expect(actions.filter((a) => a === "sign-in.locked")).toHaveLength(1);
  });

  it("accepts a recovery code once, however it is typed", async () => {
    const user = await createStaffUser({ role: "ADMINISTRATOR", totp: true, recoveryCodes: 2 });
    const [one, two] = user.recoveryCodes as [string, string];
    await signInWith(user.email, STAFF_PASSWORD);
    nextRequest();
    expect((await codeWith(` ${one.toLowerCase().replaceAll("-", " ")} `)).redirectedTo).toBe("/en/admin");
    const used = await db.recoveryCode.findMany({ where: { userId: user.id, usedAt: { not: null } } });
    expect(used).toHaveLength(1);

    // Another browser, the same code: refused (and counted); the other code works.
    resetRequest(newClient());
    await signInWith(user.email, STAFF_PASSWORD);
    nextRequest();
    expect((await codeWith(one)).state?.errors).toEqual({ code: "codeWrong" });
    nextRequest();
    expect((await codeWith(two)).redirectedTo).toBe("/en/admin");
    expect((await auditOf(user.email)).filter((e) => e.action === "sign-in.succeeded").map((e) => e.changes)).toEqual([
      { method: "recovery-code" },
      { method: "recovery-code" },
    ]);
  });

  it("never accepts the same authenticator code twice", async () => {
    const user = await createStaffUser({ role: "EDITOR", totp: true });
    const code = await totpCode(user.totpSecret as string);
    await signInWith(user.email, STAFF_PASSWORD);
    nextRequest();
    expect((await codeWith(code)).redirectedTo).toBe("/en/admin");
    const { totpLastStep } = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(totpLastStep).toBeGreaterThan(0);

    // Seen over a shoulder and replayed at once from another browser: refused.
    resetRequest(newClient());
    await signInWith(user.email, STAFF_PASSWORD);
    nextRequest();
    expect((await codeWith(code)).state?.errors).toEqual({ code: "codeWrong" });
    nextRequest();
    expect((await currentSession())?.stage).toBe("SECOND_FACTOR");
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).totpLastStep).toBe(totpLastStep);
  });

  it("makes an administrator without a second factor enrol one before signing in, with ten recovery codes", async () => {
    const user = await createStaffUser({ role: "ADMINISTRATOR" });
    expect((await signInWith(user.email, STAFF_PASSWORD)).redirectedTo).toBe("/en/admin/sign-in/enrol");
    const pending = sessionCookie()?.value;
    nextRequest();
    const session = await currentSession();
    expect(session?.stage).toBe("ENROL_SECOND_FACTOR");
    await expect(requirePermission("dashboard:view")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });

    // The secret stays the same while the page is reloaded.
    const secret = await enrolmentSecret(user.id);
    expect(await enrolmentSecret(user.id)).toBe(secret);

    const enrol = (code: string) => callAction<State>(enrolAtSignInAction, { locale: "en", code });
    expect((await enrol(await wrongCode(secret))).state?.errors).toEqual({ code: "codeWrong" });
    nextRequest();
    const done = await enrol(await totpCode(secret));
    expect(done.state?.done?.message).toBe("enrolled");
    const codes = done.state?.done?.items ?? [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);

    // Signed in now, with a new token; the second factor is on; the codes are stored hashed.
    expect(sessionCookie()?.value).not.toBe(pending);
    nextRequest();
    expect(await requirePermission("user:manage")).toMatchObject({ userId: user.id });
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
    expect(stored.totpEnabledAt).not.toBeNull();
    expect(stored.recoveryCodes).toHaveLength(10);
    expect(JSON.stringify(stored.recoveryCodes)).not.toContain((codes[0] as string).replaceAll("-", ""));
    // Enrolled once: not again.
    await expect(
      confirmEnrolment(
        { userId: user.id, email: user.email, clientKey: "test", sessionId: 0 },
        await totpCode(secret),
        { completesSignIn: false },
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "alreadyEnrolled" });

    // The next sign-in asks for a code, and a recovery code from the list works.
    resetRequest(newClient());
    expect((await signInWith(user.email, STAFF_PASSWORD)).redirectedTo).toBe("/en/admin/sign-in/code");
    nextRequest();
    expect((await codeWith(codes[3] as string)).redirectedTo).toBe("/en/admin");
    expect((await auditOf(user.email)).map((e) => e.action)).toEqual([
      "sign-in.password-accepted",
      "second-factor.enabled",
      "sign-in.succeeded",
      "sign-in.password-accepted",
      "sign-in.succeeded",
    ]);
  });
});
