import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { db, type Tx } from "../db";
import { appSecret } from "../security/app-secret";
import { tokenHash } from "./tokens";

export type LinkPurpose = "INVITATION" | "PASSWORD_RESET";

/** How long a one-time link works: an invitation three days, a reset (and the first administrator's link) an hour. */
export const LINK_LIFETIME_MS: Record<LinkPurpose, number> = {
  INVITATION: 72 * 3_600_000,
  PASSWORD_RESET: 3_600_000,
};

/**
 * The token of a link, from its salt and the portal's link key. The e-mail
 * worker derives it again when it writes the e-mail, so no token is stored
 * anywhere, neither in the link's row nor in the queue; the row has only its
 * SHA-256 for look-up.
 */
export async function linkToken(salt: string): Promise<string> {
  const key = await appSecret("staff-link");
  return createHmac("sha256", key).update(salt).digest("base64url");
}

/**
 * Issues a one-time link to set a password, in the caller's transaction,
 * with the e-mail that carries it queued in the same transaction (the
 * outbox). Links issued before for the same person stop working.
 */
export async function issueLink(
  tx: Tx,
  options: { userId: number; purpose: LinkPurpose; createdById: number | null; lifetimeMs?: number; email?: boolean },
): Promise<{ id: number; token: string; expiresAt: Date }> {
  const now = new Date();
  await tx.staffLink.updateMany({
    where: { userId: options.userId, usedAt: null, expiresAt: { gt: now } },
    data: { expiresAt: now },
  });
  const salt = randomBytes(16).toString("base64url");
  const token = await linkToken(salt);
  const expiresAt = new Date(now.getTime() + (options.lifetimeMs ?? LINK_LIFETIME_MS[options.purpose]));
  const link = await tx.staffLink.create({
    data: {
      tokenHash: tokenHash(token),
      salt,
      userId: options.userId,
      purpose: options.purpose,
      expiresAt,
      createdById: options.createdById,
    },
  });
  if (options.email !== false) await tx.emailOutbox.create({ data: { staffLinkId: link.id, kind: "staff-link" } });
  return { id: link.id, token, expiresAt };
}

/** The link a token belongs to while it can still be used (unused, unexpired, its person active), or null. */
export async function findUsableLink(token: string) {
  if (!token || token.length > 100) return null;
  const link = await db.staffLink.findUnique({
    where: { tokenHash: tokenHash(token) },
    include: { user: { select: { id: true, email: true, name: true, active: true, role: true, locale: true } } },
  });
  if (!link || link.usedAt || link.expiresAt.getTime() <= Date.now() || !link.user.active) return null;
  return link;
}
