import "server-only";
import type { Permission } from "@/lib/permissions";
import { AppError } from "../errors";
import { currentSession, type StaffActor } from "./session";

/**
 * The signed-in member of staff if their role grants `permission`; otherwise
 * throws UNAUTHENTICATED (no live session) or FORBIDDEN. The one check every
 * back-office page and action goes through (docs/decisions/009).
 */
export async function requirePermission(permission: Permission): Promise<StaffActor> {
  const session = await currentSession();
  if (session?.stage !== "ACTIVE") {
    throw new AppError("UNAUTHENTICATED", "Sign in to the back office first.");
  }
  if (!session.actor.permissions.has(permission)) {
    throw new AppError("FORBIDDEN", `The role ${session.actor.role} lacks ${permission}.`);
  }
  return session.actor;
}

/** Whether the actor may do something (for showing or hiding a link; the action checks again). */
export function actorCan(actor: StaffActor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
