"use server";

import type { FormState } from "@/lib/form-state";
import { setPasswordSchema } from "@/lib/schemas/staff";
import { answerPublicForm } from "@/server/auth/public-action";
import { requestClientKey } from "@/server/auth/session";
import { fieldErrors } from "@/server/auth/staff-action";
import { AppError } from "@/server/errors";
import { setPasswordFromLink } from "@/server/staff/staff-writes";

/**
 * A public action (tests/unit/server-actions.test.ts lists it): the one-time
 * link's token is what authorizes it, and it is checked and used up here.
 */
export async function setPasswordAction(previous: FormState, data: FormData): Promise<FormState> {
  return answerPublicForm(previous, data, async (form) => {
    const parsed = setPasswordSchema.safeParse(form);
    if (!parsed.success)
      throw new AppError("INVALID_INPUT", "Invalid form.", { fields: fieldErrors(parsed.error.issues) });
    await setPasswordFromLink({
      token: parsed.data.token,
      password: parsed.data.password,
      clientKey: await requestClientKey(),
    });
    return { redirectTo: "/admin/sign-in?password=set" };
  });
}
