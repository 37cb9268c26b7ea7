import "server-only";
import type { StaffRole } from "@/lib/permissions";
import { localesFor, pickTranslation } from "@/lib/translations";
import { type Device, deviceOf } from "../admin/device";
import { sessionLimits } from "../auth/session";
import { db } from "../db";

// What the back office shows about members of staff. Secrets (password
// hashes, second-factor secrets, token hashes) are never selected.

export type StaffDeskName = { id: number; name: string };

export type StaffSummary = {
  id: number;
  name: string;
  email: string;
  role: StaffRole;
  active: boolean;
  /** The invitation is not yet accepted: no password has been set. */
  invitationPending: boolean;
  secondFactor: boolean;
  lastSignInAt: Date | null;
  /** Only while the lock lasts. */
  lockedUntil: Date | null;
  desks: StaffDeskName[];
};

export type LiveSession = {
  id: number;
  stage: "SECOND_FACTOR" | "ENROL_SECOND_FACTOR" | "ACTIVE";
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  device: Device;
};

export type StaffAuditEntry = {
  id: string;
  at: Date;
  actorLabel: string | null;
  action: string;
  changes: unknown;
};

export type StaffDetail = StaffSummary & {
  locale: string;
  createdAt: Date;
  passwordChangedAt: Date | null;
  /** A second factor is being set up but not yet confirmed. */
  secondFactorPending: boolean;
  sessions: LiveSession[];
  recentAudit: StaffAuditEntry[];
};

const summarySelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
  totpEnabledAt: true,
  lastSignInAt: true,
  lockedUntil: true,
  locale: true,
  createdAt: true,
  passwordChangedAt: true,
} as const;

async function deskNames(userIds: number[], locale: string): Promise<Map<number, StaffDeskName[]>> {
  const links = await db.staffDesk.findMany({
    where: { userId: { in: userIds } },
    select: {
      userId: true,
      desk: { select: { id: true, translations: { where: { locale: { in: localesFor(locale) } } } } },
    },
    orderBy: { deskId: "asc" },
  });
  const byUser = new Map<number, StaffDeskName[]>();
  for (const { userId, desk } of links) {
    const list = byUser.get(userId) ?? [];
    list.push({ id: desk.id, name: pickTranslation(desk.translations, locale).name });
    byUser.set(userId, list);
  }
  return byUser;
}

/** The ids among `ids` whose person has not set a password yet (the hash itself is not read). */
async function withoutPassword(ids: number[]): Promise<Set<number>> {
  const rows = await db.staffUser.findMany({ where: { id: { in: ids }, passwordHash: null }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

/** Every member of staff, active ones first, by name. */
export async function listStaff(options: { locale: string }): Promise<StaffSummary[]> {
  const users = await db.staffUser.findMany({
    select: summarySelect,
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
  });
  const ids = users.map((user) => user.id);
  const [desks, pending] = await Promise.all([deskNames(ids, options.locale), withoutPassword(ids)]);
  const now = new Date();
  return users.map((user) => ({
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    active: user.active,
    invitationPending: pending.has(user.id),
    secondFactor: user.totpEnabledAt !== null,
    lastSignInAt: user.lastSignInAt,
    lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null,
    desks: desks.get(user.id) ?? [],
  }));
}

/** A person's sessions that are still alive (the same limits as server/auth/session.ts), newest first. */
export async function listLiveSessions(userId: number): Promise<LiveSession[]> {
  const now = Date.now();
  const sessions = await db.staffSession.findMany({
    where: {
      userId,
      revokedAt: null,
      user: { active: true },
      expiresAt: { gt: new Date(now) },
      lastSeenAt: { gt: new Date(now - sessionLimits.idleMs) },
    },
    select: { id: true, stage: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true },
    orderBy: { lastSeenAt: "desc" },
  });
  return sessions.map(({ userAgent, ...session }) => ({ ...session, device: deviceOf(userAgent) }));
}

/** One member of staff with their live sessions and the latest audit entries about them; null if there is none. */
export async function getStaffMember(options: { id: number; locale: string }): Promise<StaffDetail | null> {
  const { id, locale } = options;
  const user = await db.staffUser.findUnique({ where: { id }, select: summarySelect });
  if (!user) return null;
  const [desks, pending, pendingFactor, sessions, recentAudit] = await Promise.all([
    deskNames([id], locale),
    withoutPassword([id]),
    db.staffUser.count({ where: { id, totpEnabledAt: null, totpSecret: { not: null } } }),
    listLiveSessions(id),
    db.auditEntry.findMany({
      where: { entityType: "staff-user", entityId: String(id) },
      select: { id: true, at: true, actorLabel: true, action: true, changes: true },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 20,
    }),
  ]);
  const now = new Date();
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    active: user.active,
    locale: user.locale,
    createdAt: user.createdAt,
    passwordChangedAt: user.passwordChangedAt,
    invitationPending: pending.has(id),
    secondFactor: user.totpEnabledAt !== null,
    secondFactorPending: pendingFactor > 0,
    lastSignInAt: user.lastSignInAt,
    lockedUntil: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null,
    desks: desks.get(id) ?? [],
    sessions,
    recentAudit: recentAudit.map((entry) => ({ ...entry, id: entry.id.toString() })),
  };
}
