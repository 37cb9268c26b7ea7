import "server-only";
import type { StaffRole } from "@/lib/permissions";
import { changesOf, recordAudit } from "../audit/record-audit";
import { confirmOwnPassword } from "../auth/confirm-password";
import { findUsableLink, issueLink } from "../auth/links";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { revokeAllSessions, type StaffActor, startSession } from "../auth/session";
import { emailKeyOf } from "../auth/sign-in";
import { db, type Tx } from "../db";
import { AppError } from "../errors";

// Changes to staff accounts. Each function takes the acting member of staff,
// owns its transaction and writes its audit entry inside it; the permission
// was checked by the action that calls it (server/auth/staff-action.ts).

type Profile = { name: string; role: StaffRole; deskIds: number[]; locale: string };

/** Refuses a change that would leave no active administrator. Locks the administrators' rows first. */
async function keepAnAdministrator(tx: Tx, userId: number) {
  const admins = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM "StaffUser" WHERE role = 'ADMINISTRATOR' AND active ORDER BY id FOR UPDATE`;
  if (admins.every((admin) => admin.id === userId)) {
    throw new AppError("CONFLICT", "The last active administrator must stay one.", { reason: "lastAdministrator" });
  }
}

async function checkDesks(tx: Tx, deskIds: number[]) {
  if (deskIds.length === 0) return;
  const found = await tx.desk.count({ where: { id: { in: deskIds } } });
  if (found !== new Set(deskIds).size)
    throw new AppError("INVALID_INPUT", "Unknown desk.", { fields: { desks: "invalid" } });
}

function problemOf(password: string, person: { email: string; name: string }) {
  const problem = passwordProblem(password, person);
  if (problem)
    throw new AppError("INVALID_INPUT", `Password refused: ${problem}.`, {
      fields: { password: `password.${problem}` },
    });
}

/** Creates an account (no password yet) and e-mails its invitation link. */
export async function inviteStaff(options: { actor: StaffActor; email: string } & Profile): Promise<{ id: number }> {
  const { actor, email, name, role, deskIds, locale } = options;
  return db.$transaction(async (tx) => {
    const emailKey = emailKeyOf(email);
    if (await tx.staffUser.findUnique({ where: { emailKey }, select: { id: true } })) {
      throw new AppError("INVALID_INPUT", "E-mail address taken.", { fields: { email: "emailTaken" } });
    }
    await checkDesks(tx, deskIds);
    const user = await tx.staffUser.create({
      data: {
        email: email.trim(),
        emailKey,
        name,
        role,
        locale,
        desks: { create: deskIds.map((deskId) => ({ deskId })) },
      },
    });
    const link = await issueLink(tx, { userId: user.id, purpose: "INVITATION", createdById: actor.userId });
    await recordAudit(
      tx,
      { actor },
      {
        action: "staff.invited",
        entityType: "staff-user",
        entityId: user.id,
        changes: {
          email: [null, user.email],
          name: [null, name],
          role: [null, role],
          desks: [null, deskIds],
          linkExpires: [null, link.expiresAt.toISOString()],
        },
      },
    );
    return { id: user.id };
  });
}

/** Changes a person's name, role, desks or e-mail language. */
export async function updateStaff(options: { actor: StaffActor; id: number } & Profile): Promise<void> {
  const { actor, id, name, role, deskIds, locale } = options;
  await db.$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id }, include: { desks: { select: { deskId: true } } } });
    if (!before) throw new AppError("NOT_FOUND", "No such member of staff.", { reason: "notFound" });
    if (before.role === "ADMINISTRATOR" && role !== "ADMINISTRATOR" && before.active) await keepAnAdministrator(tx, id);
    await checkDesks(tx, deskIds);
    const beforeDesks = before.desks.map((d) => d.deskId).sort((a, b) => a - b);
    const afterDesks = [...new Set(deskIds)].sort((a, b) => a - b);
    const changes = changesOf(
      { name: before.name, role: before.role, locale: before.locale, desks: beforeDesks },
      { name, role, locale, desks: afterDesks },
    );
    if (Object.keys(changes).length === 0) return;
    await tx.staffUser.update({
      where: { id },
      data: { name, role, locale, desks: { deleteMany: {}, create: afterDesks.map((deskId) => ({ deskId })) } },
    });
    // A new role takes effect at once: sessions are re-read on every request.
    await recordAudit(tx, { actor }, { action: "staff.updated", entityType: "staff-user", entityId: id, changes });
  });
}

/** Disables (ending every session at once) or re-enables an account. */
export async function setStaffActive(options: { actor: StaffActor; id: number; active: boolean }): Promise<void> {
  const { actor, id, active } = options;
  await db.$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND", "No such member of staff.", { reason: "notFound" });
    if (before.active === active) return;
    if (!active && before.role === "ADMINISTRATOR") await keepAnAdministrator(tx, id);
    await tx.staffUser.update({ where: { id }, data: { active } });
    const ended = active ? 0 : await revokeAllSessions(tx, id);
    await recordAudit(
      tx,
      { actor },
      {
        action: active ? "staff.enabled" : "staff.disabled",
        entityType: "staff-user",
        entityId: id,
        changes: { active: [before.active, active], ...(ended ? { sessionsEnded: ended } : {}) },
      },
    );
  });
}

/** Clears a person's password, ends their sessions and e-mails them a link (valid an hour) to set a new one. */
export async function resetStaffPassword(options: { actor: StaffActor; id: number }): Promise<void> {
  const { actor, id } = options;
  await db.$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({ where: { id } });
    if (!user) throw new AppError("NOT_FOUND", "No such member of staff.", { reason: "notFound" });
    if (!user.active) throw new AppError("CONFLICT", "Disabled account.", { reason: "disabled" });
    await tx.staffUser.update({ where: { id }, data: { passwordHash: null, failedAttempts: 0, lockedUntil: null } });
    const ended = await revokeAllSessions(tx, id);
    await issueLink(tx, { userId: id, purpose: "PASSWORD_RESET", createdById: actor.userId });
    await recordAudit(
      tx,
      { actor },
      { action: "staff.password-reset", entityType: "staff-user", entityId: id, changes: { sessionsEnded: ended } },
    );
  });
}

/** Removes a person's second factor and recovery codes (a lost phone); they enrol again at their next sign-in if their role requires it. */
export async function resetStaffSecondFactor(options: { actor: StaffActor; id: number }): Promise<void> {
  const { actor, id } = options;
  await db.$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({ where: { id } });
    if (!user) throw new AppError("NOT_FOUND", "No such member of staff.", { reason: "notFound" });
    await tx.staffUser.update({ where: { id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
    await tx.recoveryCode.deleteMany({ where: { userId: id } });
    const ended = await revokeAllSessions(tx, id);
    await recordAudit(
      tx,
      { actor },
      {
        action: "staff.second-factor-reset",
        entityType: "staff-user",
        entityId: id,
        changes: { secondFactor: [user.totpEnabledAt !== null, false], sessionsEnded: ended },
      },
    );
  });
}

/** Ends every session of a person. */
export async function revokeStaffSessions(options: { actor: StaffActor; id: number }): Promise<number> {
  const { actor, id } = options;
  return db.$transaction(async (tx) => {
    if (!(await tx.staffUser.findUnique({ where: { id }, select: { id: true } }))) {
      throw new AppError("NOT_FOUND", "No such member of staff.", { reason: "notFound" });
    }
    const ended = await revokeAllSessions(tx, id);
    await recordAudit(
      tx,
      { actor },
      { action: "staff.sessions-revoked", entityType: "staff-user", entityId: id, changes: { sessionsEnded: ended } },
    );
    return ended;
  });
}

/** Ends one of the actor's own sessions (another browser, or this one). */
export async function revokeOwnSession(options: { actor: StaffActor; sessionId: number }): Promise<void> {
  const { actor, sessionId } = options;
  await db.$transaction(async (tx) => {
    const { count } = await tx.staffSession.updateMany({
      where: { id: sessionId, userId: actor.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "No such session.", { reason: "notFound" });
    await recordAudit(tx, { actor }, { action: "session.revoked", entityType: "staff-session", entityId: sessionId });
  });
}

/** Signs the actor out: this session ends. */
export async function signOut(options: { actor: StaffActor }): Promise<void> {
  const { actor } = options;
  await db.$transaction(async (tx) => {
    await tx.staffSession.updateMany({
      where: { id: actor.sessionId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await recordAudit(tx, { actor }, { action: "sign-out", entityType: "staff-session", entityId: actor.sessionId });
  });
}

/** Changes the actor's own password: every session ends, and this browser gets a new one. */
export async function changeOwnPassword(options: {
  actor: StaffActor;
  current: string;
  password: string;
}): Promise<void> {
  const { actor, current, password } = options;
  await confirmOwnPassword(actor.userId, current);
  const user = await db.staffUser.findUniqueOrThrow({ where: { id: actor.userId } });
  problemOf(password, user);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    const ended = await revokeAllSessions(tx, user.id);
    await startSession(tx, user.id, "ACTIVE");
    await recordAudit(
      tx,
      { actor },
      {
        action: "staff.password-changed",
        entityType: "staff-user",
        entityId: user.id,
        changes: { sessionsEnded: ended },
      },
    );
  });
}

/**
 * Sets a password from a one-time link (an invitation or a reset): the link
 * is used up, every session of the person ends, and they sign in afresh.
 */
export async function setPasswordFromLink(options: {
  token: string;
  password: string;
  clientKey: string;
}): Promise<{ email: string }> {
  const link = await findUsableLink(options.token);
  if (!link) throw new AppError("CONFLICT", "Link unusable.", { reason: "linkUnusable" });
  problemOf(options.password, link.user);
  const passwordHash = await hashPassword(options.password);
  await db.$transaction(async (tx) => {
    // Single use, even when two requests race: only one finds it unused.
    const { count } = await tx.staffLink.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "Link unusable.", { reason: "linkUnusable" });
    await tx.staffUser.update({
      where: { id: link.userId },
      data: { passwordHash, passwordChangedAt: new Date(), failedAttempts: 0, lockedUntil: null },
    });
    const ended = await revokeAllSessions(tx, link.userId);
    await recordAudit(
      tx,
      { actorId: link.userId, actorLabel: link.user.email, clientKey: options.clientKey },
      {
        action: "staff.password-set",
        entityType: "staff-user",
        entityId: link.userId,
        changes: { via: link.purpose, sessionsEnded: ended },
      },
    );
  });
  return { email: link.user.email };
}
