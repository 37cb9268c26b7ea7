import "server-only";
import { secondFactorRequired } from "@/lib/permissions";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { AppError } from "../errors";
import { confirmOwnPassword } from "./confirm-password";
import { startSession } from "./session";
import { recordSignedIn } from "./sign-in";
import { acceptTotp, newRecoveryCodes, newTotpSecret, recoveryCodeHash } from "./totp";

type Person = { userId: number; email: string; clientKey: string; sessionId: number };

/**
 * The secret being enrolled for a person: made on first request and kept
 * until confirmed, so the QR code stays the same while they scan it.
 */
export async function enrolmentSecret(userId: number): Promise<string> {
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Already enrolled.", { reason: "alreadyEnrolled" });
  if (user.totpSecret) return user.totpSecret;
  const secret = await newTotpSecret();
  // Two tabs opening the page at once keep the first secret.
  await db.staffUser.updateMany({ where: { id: userId, totpSecret: null }, data: { totpSecret: secret } });
  return (
    (await db.staffUser.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } })).totpSecret ?? secret
  );
}

/**
 * Confirms the enrolment with a first code: the second factor is on and ten
 * recovery codes are made (returned once, stored hashed). When this was the
 * step of signing in that an administrator must take, the session becomes a
 * signed-in one (a new token).
 */
export async function confirmEnrolment(
  person: Person,
  code: string,
  options: { completesSignIn: boolean },
): Promise<string[]> {
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: person.userId } });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", "Already enrolled.", { reason: "alreadyEnrolled" });
  if (!user.totpSecret) throw new AppError("CONFLICT", "No enrolment started.", { reason: "enrolmentExpired" });
  const step = await acceptTotp(user.totpSecret, code, user.totpLastStep);
  if (step === null) throw new AppError("INVALID_INPUT", "Wrong code.", { fields: { code: "codeWrong" } });
  const codes = newRecoveryCodes();
  const who = { actorId: user.id, actorLabel: user.email, clientKey: person.clientKey };
  await db.$transaction(async (tx) => {
    const { count } = await tx.staffUser.updateMany({
      where: { id: user.id, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: new Date(), totpLastStep: step },
    });
    if (count === 0) throw new AppError("CONFLICT", "Already enrolled.", { reason: "alreadyEnrolled" });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId: user.id, codeHash: recoveryCodeHash(c) })) });
    await recordAudit(tx, who, { action: "second-factor.enabled", entityType: "staff-user", entityId: user.id });
    if (options.completesSignIn) {
      await startSession(tx, user.id, "ACTIVE", { replacing: person.sessionId });
      await recordSignedIn(tx, user.id, who, "totp-enrolment");
    }
  });
  return codes;
}

/** New recovery codes (the old ones stop working); needs the password again. */
export async function regenerateRecoveryCodes(person: Person, current: string): Promise<string[]> {
  await confirmOwnPassword(person.userId, current);
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    const user = await tx.staffUser.findUniqueOrThrow({ where: { id: person.userId } });
    if (!user.totpEnabledAt) throw new AppError("CONFLICT", "No second factor.", { reason: "notEnrolled" });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId: user.id, codeHash: recoveryCodeHash(c) })) });
    await recordAudit(
      tx,
      { actorId: user.id, actorLabel: user.email, clientKey: person.clientKey },
      { action: "second-factor.recovery-codes-renewed", entityType: "staff-user", entityId: user.id },
    );
  });
  return codes;
}

/** Turns the second factor off (only for roles that do not require one); needs the password again. */
export async function disableSecondFactor(person: Person, current: string): Promise<void> {
  await confirmOwnPassword(person.userId, current);
  await db.$transaction(async (tx) => {
    const user = await tx.staffUser.findUniqueOrThrow({
      where: { id: person.userId },
      select: { role: true, totpEnabledAt: true },
    });
    if (secondFactorRequired(user.role)) {
      throw new AppError("CONFLICT", "This role requires a second factor.", { reason: "secondFactorRequired" });
    }
    if (!user.totpEnabledAt) throw new AppError("CONFLICT", "No second factor.", { reason: "notEnrolled" });
    await tx.staffUser.update({
      where: { id: person.userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: person.userId } });
    await recordAudit(
      tx,
      { actorId: person.userId, actorLabel: person.email, clientKey: person.clientKey },
      { action: "second-factor.disabled", entityType: "staff-user", entityId: person.userId },
    );
  });
}
