import "server-only";
import { forbidden, redirect } from "next/navigation";
import { localePath } from "@/lib/paths";
import type { Permission } from "@/lib/permissions";
import { requirePermission } from "../auth/require-permission";
import type { StaffActor } from "../auth/session";
import { isAppError } from "../errors";

/** The sign-in page, coming back to `path` (a back-office path without locale, e.g. "/admin/users") afterwards. */
export function signInPath(locale: string, path = "/admin"): string {
  return localePath(locale, `/admin/sign-in?next=${encodeURIComponent(localePath(locale, path))}`);
}

/**
 * The check at the top of every back-office page: the signed-in member of
 * staff if their role grants `permission`. Nobody signed in: the sign-in
 * page, which brings them back to `path`. Signed in without the permission:
 * the 403 page (app/[locale]/admin/(shell)/forbidden.tsx).
 */
export async function requirePagePermission(locale: string, permission: Permission, path: string): Promise<StaffActor> {
  try {
    return await requirePermission(permission);
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) redirect(signInPath(locale, path));
    if (isAppError(error, "FORBIDDEN")) forbidden();
    throw error;
  }
}
