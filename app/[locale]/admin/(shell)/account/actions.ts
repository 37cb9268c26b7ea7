"use server";

import { changePasswordSchema, confirmPasswordSchema, sessionIdSchema, totpCodeSchema } from "@/lib/schemas/staff";
import { confirmEnrolment, disableSecondFactor, regenerateRecoveryCodes } from "@/server/auth/second-factor";
import { clearSessionCookie, type StaffActor } from "@/server/auth/session";
import { staffAction } from "@/server/auth/staff-action";
import { changeOwnPassword, revokeOwnSession } from "@/server/staff/staff-writes";

// The signed-in person's own account ("account:self"): sessions, password,
// second factor. Recovery codes are answered once, in the form's state; every
// other change ends on the account page with a notice.

const person = (actor: StaffActor) => ({
  userId: actor.userId,
  email: actor.email,
  clientKey: actor.clientKey,
  sessionId: actor.sessionId,
});

export const revokeOwnSessionAction = staffAction("account:self", sessionIdSchema, async (actor, { id }) => {
  await revokeOwnSession({ actor, sessionId: id });
  if (id !== actor.sessionId) return { redirectTo: "/admin/account?done=sessionRevoked" };
  // Ending this browser's own session is signing out.
  await clearSessionCookie();
  return { redirectTo: "/admin/sign-in?out=1" };
});

export const changeOwnPasswordAction = staffAction("account:self", changePasswordSchema, async (actor, input) => {
  await changeOwnPassword({ actor, current: input.current, password: input.password });
  return { redirectTo: "/admin/account?done=passwordChanged" };
});

export const confirmEnrolmentAction = staffAction("account:self", totpCodeSchema, async (actor, { code }) => {
  const codes = await confirmEnrolment(person(actor), code, { completesSignIn: false });
  return { done: "enrolled", items: codes };
});

export const regenerateRecoveryCodesAction = staffAction(
  "account:self",
  confirmPasswordSchema,
  async (actor, { current }) => {
    const codes = await regenerateRecoveryCodes(person(actor), current);
    return { done: "recoveryCodesRenewed", items: codes };
  },
);

export const disableSecondFactorAction = staffAction(
  "account:self",
  confirmPasswordSchema,
  async (actor, { current }) => {
    await disableSecondFactor(person(actor), current);
    return { redirectTo: "/admin/account?done=secondFactorDisabled" };
  },
);
