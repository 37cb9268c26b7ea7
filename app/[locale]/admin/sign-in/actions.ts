"use server";

import { headers } from "next/headers";
import type { FormState } from "@/lib/form-state";
import { safeNext, secondFactorSchema, signInSchema, totpCodeSchema } from "@/lib/schemas/staff";
import { answerPublicForm } from "@/server/auth/public-action";
import { confirmEnrolment } from "@/server/auth/second-factor";
import { currentSession, requestClientKey } from "@/server/auth/session";
import { completeSecondFactor, signIn } from "@/server/auth/sign-in";
import { fieldErrors } from "@/server/auth/staff-action";
import { AppError } from "@/server/errors";
import { clientAddress } from "@/server/security/client-address";

// Public actions (tests/unit/server-actions.test.ts lists them): nobody is
// signed in yet. Each checks what it needs itself: the credentials, or the
// half-finished session of this browser.

const invalid = (issues: Parameters<typeof fieldErrors>[0]) =>
  new AppError("INVALID_INPUT", "Invalid form.", { fields: fieldErrors(issues) });

const pendingNext = (form: Record<string, string>) => {
  const next = safeNext.parse(form.next);
  return next ? `?next=${encodeURIComponent(next)}` : "";
};

/** E-mail and password: the next step is the second factor, its enrolment, or the back office. */
export async function signInAction(previous: FormState, data: FormData): Promise<FormState> {
  return answerPublicForm(previous, data, async (form) => {
    const parsed = signInSchema.safeParse(form);
    if (!parsed.success) throw invalid(parsed.error.issues);
    const existing = await currentSession();
    const { stage } = await signIn({
      email: parsed.data.email,
      password: parsed.data.password,
      clientAddress: clientAddress(await headers()),
      clientKey: await requestClientKey(),
      replacing: existing?.sessionId,
    });
    if (stage === "SECOND_FACTOR") return { redirectTo: `/admin/sign-in/code${pendingNext(form)}` };
    if (stage === "ENROL_SECOND_FACTOR") return { redirectTo: `/admin/sign-in/enrol${pendingNext(form)}` };
    return { redirectTo: toAdminPath(parsed.data.next) };
  });
}

/** The code from the authenticator app (or a recovery code), after the password. */
export async function secondFactorAction(previous: FormState, data: FormData): Promise<FormState> {
  return answerPublicForm(previous, data, async (form) => {
    const session = await currentSession();
    if (session?.stage !== "SECOND_FACTOR") throw new AppError("UNAUTHENTICATED", "No sign-in under way.");
    const parsed = secondFactorSchema.safeParse(form);
    if (!parsed.success) throw invalid(parsed.error.issues);
    await completeSecondFactor({
      sessionId: session.sessionId,
      userId: session.actor.userId,
      code: parsed.data.code,
      clientAddress: clientAddress(await headers()),
      clientKey: session.actor.clientKey,
    });
    return { redirectTo: toAdminPath(safeNext.parse(form.next)) };
  });
}

/** An administrator's first sign-in: the first code confirms the authenticator app, and the recovery codes follow. */
export async function enrolAtSignInAction(previous: FormState, data: FormData): Promise<FormState> {
  return answerPublicForm(previous, data, async (form) => {
    const session = await currentSession();
    if (session?.stage !== "ENROL_SECOND_FACTOR") {
      throw new AppError("UNAUTHENTICATED", "No sign-in under way.");
    }
    const parsed = totpCodeSchema.safeParse(form);
    if (!parsed.success) throw invalid(parsed.error.issues);
    const codes = await confirmEnrolment(
      {
        userId: session.actor.userId,
        email: session.actor.email,
        clientKey: session.actor.clientKey,
        sessionId: session.sessionId,
      },
      parsed.data.code,
      { completesSignIn: true },
    );
    // Shown once, here: only their hashes are kept. The session is now a signed-in one.
    return { done: "enrolled", items: codes };
  });
}

/** `next` is already a full /{locale}/admin path; strip the locale (the redirect adds the form's). */
function toAdminPath(next: string | undefined): string {
  return next ? next.replace(/^\/(vi|en)/, "") : "/admin";
}
