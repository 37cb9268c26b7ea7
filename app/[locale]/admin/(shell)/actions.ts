"use server";

import { noInput } from "@/lib/schemas/staff";
import { clearSessionCookie } from "@/server/auth/session";
import { staffAction } from "@/server/auth/staff-action";
import { signOut } from "@/server/staff/staff-writes";

/** Ends this browser's session and forgets its cookie (the shell's "Sign out"). */
export const signOutAction = staffAction("account:self", noInput, async (actor) => {
  await signOut({ actor });
  await clearSessionCookie();
  return { redirectTo: "/admin/sign-in?out=1" };
});
