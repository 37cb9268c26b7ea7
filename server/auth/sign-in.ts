import "server-only";
import { secondFactorRequired } from "@/lib/permissions";
import { recordAudit } from "../audit/record-audit";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { type RateLimitPolicy, rateLimitKey, takeRateLimit } from "../security/rate-limit";
import { query } from "../sql";
import { verifyPassword } from "./password";
import { type SessionStage, startSession } from "./session";
import { acceptTotp, looksLikeRecoveryCode, recoveryCodeHash } from "./totp";

// Signing in (ASVS 5.0 V6): the same answer, after the same work, whether
// the e-mail address has an account or not. Failures are counted per
// address, for every address typed, so that a lock says nothing about
// whether the account exists: five failures in 15 minutes lock the address
// for 15 minutes from the fifth. Each client is also held to the shared rate
// limiter, whatever addresses it tries.

export const SIGN_IN_CLIENT_LIMIT: RateLimitPolicy = { name: "sign-in", limit: 30, windowMs: 15 * 60_000 };
export const LOCKOUT = { attempts: 5, windowMs: 15 * 60_000 } as const;

export type SignInStep = { stage: SessionStage };

export const emailKeyOf = (email: string) => email.normalize("NFC").trim().toLowerCase();

async function lockKey(emailKey: string) {
  return rateLimitKey("sign-in-lock", emailKey);
}

/** When the address's lock ends, if it is locked now. */
async function lockedUntil(emailKey: string): Promise<Date | null> {
  const [row] = await query<{ count: number; expiresAt: Date }>(
    `SELECT "count", "expiresAt" FROM "RateLimitCounter" WHERE "key" = $1 AND "expiresAt" > clock_timestamp()`,
    [await lockKey(emailKey)],
  );
  return row && row.count >= LOCKOUT.attempts ? row.expiresAt : null;
}

/**
 * Counts a failure for the address; returns the end of the lock if this
 * failure locks it. Failures are counted within a 15-minute window from the
 * first; the fifth starts a 15-minute lock.
 */
async function countFailure(emailKey: string): Promise<{ count: number; lockedUntil: Date | null }> {
  const [row] = await query<{ count: number; expiresAt: Date }>(
    `INSERT INTO "RateLimitCounter" AS c ("key", "windowStart", "expiresAt", "count")
     VALUES ($1, clock_timestamp(), clock_timestamp() + $2::interval, 1)
     ON CONFLICT ("key") DO UPDATE SET
       "windowStart" = CASE WHEN c."expiresAt" <= clock_timestamp() THEN clock_timestamp() ELSE c."windowStart" END,
       "count" = CASE WHEN c."expiresAt" <= clock_timestamp() THEN 1 ELSE c."count" + 1 END,
       "expiresAt" = CASE
         WHEN c."expiresAt" <= clock_timestamp() THEN clock_timestamp() + $2::interval
         WHEN c."count" + 1 = $3 THEN clock_timestamp() + $2::interval
         ELSE c."expiresAt" END
     RETURNING "count", "expiresAt"`,
    [await lockKey(emailKey), `${LOCKOUT.windowMs} milliseconds`, LOCKOUT.attempts],
  );
  if (!row) throw new Error("sign-in failure not counted");
  return { count: row.count, lockedUntil: row.count >= LOCKOUT.attempts ? row.expiresAt : null };
}

async function clearFailures(emailKey: string) {
  await query(`DELETE FROM "RateLimitCounter" WHERE "key" = $1`, [await lockKey(emailKey)]);
}

const locked = (until: Date) =>
  new AppError("RATE_LIMITED", "This address is locked for now.", { reason: "locked", retryAt: until });
const wrongCredentials = () =>
  new AppError("INVALID_INPUT", "Wrong e-mail or password.", { reason: "wrongCredentials" });

/**
 * Checks an e-mail address and password. On success starts the next step's
 * session (the second factor, its enrolment, or signed in) and says which;
 * otherwise throws INVALID_INPUT (`wrongCredentials`, the same for an
 * unknown address and a wrong password) or RATE_LIMITED (`locked`, or
 * `tooManyAttempts` for the client).
 */
export async function signIn(options: {
  email: string;
  password: string;
  clientAddress: string;
  clientKey: string;
  replacing?: number;
}): Promise<SignInStep> {
  const emailKey = emailKeyOf(options.email);
  const client = await takeRateLimit(SIGN_IN_CLIENT_LIMIT, options.clientAddress);
  if (!client.allowed) {
    throw new AppError("RATE_LIMITED", "Too many sign-in attempts from this client.", {
      reason: "tooManyAttempts",
      retryAt: client.retryAt,
    });
  }
  const until = await lockedUntil(emailKey);
  if (until) throw locked(until);

  const user = await db.staffUser.findUnique({
    where: { emailKey },
    select: { id: true, email: true, role: true, active: true, passwordHash: true, totpEnabledAt: true },
  });
  // An unknown address is verified against a dummy hash: the same work.
  const matches = await verifyPassword(options.password, user?.passwordHash);
  const who = { actorId: user?.id ?? null, actorLabel: user?.email ?? emailKey, clientKey: options.clientKey };

  if (!user || !matches || !user.active) {
    const failure = await countFailure(emailKey);
    await db.$transaction(async (tx) => {
      if (user) {
        await tx.staffUser.update({
          where: { id: user.id },
          data: { failedAttempts: failure.count, lockedUntil: failure.lockedUntil },
        });
      }
      await recordAudit(tx, who, {
        action: "sign-in.failed",
        entityType: "staff-user",
        entityId: user?.id ?? null,
        changes: { reason: !user ? "unknown-email" : !matches ? "wrong-password" : "disabled" },
      });
      if (failure.lockedUntil && failure.count === LOCKOUT.attempts) {
        await recordAudit(tx, who, {
          action: "sign-in.locked",
          entityType: "staff-user",
          entityId: user?.id ?? null,
          changes: { until: failure.lockedUntil.toISOString() },
        });
      }
    });
    if (failure.lockedUntil) throw locked(failure.lockedUntil);
    throw wrongCredentials();
  }

  const stage: SessionStage = user.totpEnabledAt
    ? "SECOND_FACTOR"
    : secondFactorRequired(user.role)
      ? "ENROL_SECOND_FACTOR"
      : "ACTIVE";
  await db.$transaction(async (tx) => {
    await startSession(tx, user.id, stage, { replacing: options.replacing });
    if (stage === "ACTIVE") await signedIn(tx, user.id, who, "password");
    else
      await recordAudit(tx, who, {
        action: "sign-in.password-accepted",
        entityType: "staff-user",
        entityId: user.id,
        changes: { next: stage },
      });
  });
  if (stage === "ACTIVE") await clearFailures(emailKey);
  return { stage };
}

async function signedIn(
  tx: Tx,
  userId: number,
  who: { actorId: number | null; actorLabel: string | null; clientKey: string | null },
  method: string,
) {
  await tx.staffUser.update({
    where: { id: userId },
    data: { lastSignInAt: new Date(), failedAttempts: 0, lockedUntil: null },
  });
  await recordAudit(tx, who, {
    action: "sign-in.succeeded",
    entityType: "staff-user",
    entityId: userId,
    changes: { method },
  });
}

/**
 * The second step: a code from the authenticator app, or one of the
 * recovery codes. A wrong code counts as a failed sign-in for the address.
 */
export async function completeSecondFactor(options: {
  sessionId: number;
  userId: number;
  code: string;
  clientAddress: string;
  clientKey: string;
}): Promise<void> {
  const client = await takeRateLimit(SIGN_IN_CLIENT_LIMIT, options.clientAddress);
  if (!client.allowed) {
    throw new AppError("RATE_LIMITED", "Too many attempts from this client.", {
      reason: "tooManyAttempts",
      retryAt: client.retryAt,
    });
  }
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: options.userId },
    select: { id: true, email: true, emailKey: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  const until = await lockedUntil(user.emailKey);
  if (until) throw locked(until);
  const who = { actorId: user.id, actorLabel: user.email, clientKey: options.clientKey };

  let method: "totp" | "recovery-code" | null = null;
  let step: number | null = null;
  let recoveryId: number | null = null;
  if (looksLikeRecoveryCode(options.code)) {
    const found = await db.recoveryCode.findFirst({
      where: { userId: user.id, usedAt: null, codeHash: recoveryCodeHash(options.code) },
      select: { id: true },
    });
    if (found) {
      method = "recovery-code";
      recoveryId = found.id;
    }
  } else if (user.totpSecret && user.totpEnabledAt) {
    step = await acceptTotp(user.totpSecret, options.code, user.totpLastStep);
    if (step !== null) method = "totp";
  }

  if (!method) {
    const failure = await countFailure(user.emailKey);
    await db.$transaction(async (tx) => {
      await tx.staffUser.update({
        where: { id: user.id },
        data: { failedAttempts: failure.count, lockedUntil: failure.lockedUntil },
      });
      await recordAudit(tx, who, {
        action: "sign-in.second-factor-failed",
        entityType: "staff-user",
        entityId: user.id,
      });
      if (failure.lockedUntil) {
        // Locked: this half-signed-in session ends too.
        await tx.staffSession.update({ where: { id: options.sessionId }, data: { revokedAt: new Date() } });
        if (failure.count === LOCKOUT.attempts) {
          await recordAudit(tx, who, {
            action: "sign-in.locked",
            entityType: "staff-user",
            entityId: user.id,
            changes: { until: failure.lockedUntil.toISOString() },
          });
        }
      }
    });
    if (failure.lockedUntil) throw locked(failure.lockedUntil);
    throw new AppError("INVALID_INPUT", "Wrong code.", { fields: { code: "codeWrong" } });
  }

  await db.$transaction(async (tx) => {
    if (recoveryId !== null) {
      // Used once: a concurrent use of the same code finds it used.
      const { count } = await tx.recoveryCode.updateMany({
        where: { id: recoveryId, usedAt: null },
        data: { usedAt: new Date() },
      });
      if (count === 0) throw new AppError("INVALID_INPUT", "Code already used.", { fields: { code: "codeWrong" } });
    }
    if (step !== null) {
      const { count } = await tx.staffUser.updateMany({
        where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      if (count === 0) throw new AppError("INVALID_INPUT", "Code already used.", { fields: { code: "codeWrong" } });
    }
    await startSession(tx, user.id, "ACTIVE", { replacing: options.sessionId });
    await signedIn(tx, user.id, who, method);
  });
  await clearFailures(user.emailKey);
}

export { signedIn as recordSignedIn };
