import "server-only";
import { redirect } from "next/navigation";
import { isConnectionError } from "@/lib/database-status";
import { textFields } from "@/lib/form-data";
import type { FormState } from "@/lib/form-state";
import { localePath } from "@/lib/paths";
import { markActionStarted } from "@/lib/request-context";
import { AppError } from "../errors";
import { echoedValues, formLocale, refusalOf } from "./form-answer";

/**
 * The few back-office actions that run before anyone is signed in (signing
 * in, the second step, setting a password from a link): the same answers as
 * `staffAction`, without a permission. Each is on the inventory test's list
 * of public actions, with the reason it needs none.
 */
export async function answerPublicForm(
  previous: FormState,
  data: FormData,
  work: (
    form: Record<string, string>,
    locale: string,
  ) => Promise<{ redirectTo: string } | { done: string; items?: string[] }>,
): Promise<FormState> {
  markActionStarted();
  const form = textFields(data);
  const locale = formLocale(form);
  const values = echoedValues(form);
  const attempt = (previous?.attempt ?? 0) + 1;
  let result: { redirectTo: string } | { done: string; items?: string[] };
  try {
    result = await work(form, locale);
  } catch (error) {
    if (error instanceof AppError && error.code !== "NOT_CONFIGURED" && error.code !== "DATABASE_UNAVAILABLE") {
      if (error.code === "UNAUTHENTICATED") redirect(localePath(locale, "/admin/sign-in?expired=1"));
      const { errors, details = {} } = refusalOf(error);
      return { errors, details, values, attempt };
    }
    if (error instanceof AppError || isConnectionError(error)) {
      return { errors: { form: "unavailable" }, values, attempt };
    }
    throw error;
  }
  if ("redirectTo" in result) redirect(localePath(locale, result.redirectTo));
  return { errors: {}, values: {}, attempt, done: { message: result.done, items: result.items } };
}
