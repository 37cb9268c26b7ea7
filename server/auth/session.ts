import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { type Permission, permissionsOf, type StaffRole } from "@/lib/permissions";
import { db, type Tx } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import { clientAddress } from "../security/client-address";
import { rateLimitKey } from "../security/rate-limit";
import { randomToken, tokenHash } from "./tokens";

// Sessions (ASVS 5.0 V7): a 256-bit random token in an HttpOnly, SameSite=Lax
// cookie, `__Host-` and Secure when the site is served over https; the
// database keeps only its SHA-256. A session ends after
// STAFF_SESSION_IDLE_MINUTES without a request and STAFF_SESSION_MAX_HOURS
// after sign-in, when revoked, and when its person is disabled or changes
// their password. Each step of signing in gets a new token.

const https = env.SITE_URL.startsWith("https:");
export const SESSION_COOKIE = https ? "__Host-portal-staff" : "portal-staff";
const IDLE_MS = env.STAFF_SESSION_IDLE_MINUTES * 60_000;
const MAX_MS = env.STAFF_SESSION_MAX_HOURS * 3_600_000;
/** How long the second step of signing in (the code, enrolment) may take. */
const PENDING_MS = 10 * 60_000;
/** Last-seen times are written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export type SessionStage = "SECOND_FACTOR" | "ENROL_SECOND_FACTOR" | "ACTIVE";

export type StaffActor = {
  userId: number;
  sessionId: number;
  email: string;
  name: string;
  role: StaffRole;
  locale: string;
  deskIds: number[];
  permissions: ReadonlySet<Permission>;
  /** The client's address as the rate limiter keys it (for the audit log). */
  clientKey: string;
};

export type CurrentSession = { stage: SessionStage; sessionId: number; actor: StaffActor; secondFactor: boolean };

const sessionInclude = {
  user: { include: { desks: { select: { deskId: true } } } },
} satisfies Prisma.StaffSessionInclude;

/** Whether a session row is still alive at `now` (idle and absolute limits, revocation, an active person). */
export function isLive(
  session: { revokedAt: Date | null; expiresAt: Date; lastSeenAt: Date; user: { active: boolean } },
  now: number,
): boolean {
  return (
    session.revokedAt === null &&
    session.user.active &&
    session.expiresAt.getTime() > now &&
    session.lastSeenAt.getTime() + IDLE_MS > now
  );
}

/**
 * The session of this request's cookie, whatever its stage, or null. Read
 * once per request; keeps the last-seen time current (the idle timeout).
 */
export const currentSession = cache(async (): Promise<CurrentSession | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token || token.length > 100) return null;
  const session = await db.staffSession.findUnique({ where: { tokenHash: tokenHash(token) }, include: sessionInclude });
  const now = Date.now();
  if (!session || !isLive(session, now)) return null;
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.staffSession.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  const { user } = session;
  return {
    stage: session.stage,
    sessionId: session.id,
    secondFactor: user.totpEnabledAt !== null,
    actor: {
      userId: user.id,
      sessionId: session.id,
      email: user.email,
      name: user.name,
      role: user.role,
      locale: user.locale,
      deskIds: user.desks.map((d) => d.deskId),
      permissions: permissionsOf(user.role),
      clientKey: await requestClientKey(),
    },
  };
});

/** The client address of this request, keyed as the rate limiter keys it. */
export async function requestClientKey(): Promise<string> {
  return rateLimitKey("client", clientAddress(await headers()));
}

/**
 * Starts a session (or the next step of one) for a person: a new token, the
 * cookie set, and the session this browser had before ended. Runs inside the
 * caller's transaction, with its audit entry.
 */
export async function startSession(
  tx: Tx,
  userId: number,
  stage: SessionStage,
  options: { replacing?: number } = {},
): Promise<void> {
  const token = randomToken();
  const now = Date.now();
  const userAgent = (await headers()).get("user-agent")?.slice(0, 300) ?? null;
  const ends = stage === "ACTIVE" ? MAX_MS : PENDING_MS;
  if (options.replacing !== undefined) {
    await tx.staffSession.updateMany({
      where: { id: options.replacing, revokedAt: null },
      data: { revokedAt: new Date(now) },
    });
  }
  await tx.staffSession.create({
    data: {
      tokenHash: tokenHash(token),
      userId,
      stage,
      createdAt: new Date(now),
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + ends),
      userAgent,
    },
  });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    maxAge: Math.floor(ends / 1000),
  });
}

/** Forgets this browser's cookie (the session row is revoked by the caller). */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", secure: https, path: "/", maxAge: 0 });
}

/** Ends every live session of a person (disabled, password changed or reset). */
export async function revokeAllSessions(tx: Tx, userId: number): Promise<number> {
  const { count } = await tx.staffSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

export const sessionLimits = { idleMs: IDLE_MS, maxMs: MAX_MS, pendingMs: PENDING_MS };
