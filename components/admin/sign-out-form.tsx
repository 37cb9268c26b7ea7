"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { useAdminErrors } from "../auth/use-admin-errors";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** "Sign out" as a form post (a link could be followed by a prefetch or a crawler). */
export function SignOutForm({
  action,
  locale,
  tone = "dark",
}: {
  action: Action;
  locale: Locale;
  tone?: "dark" | "light";
}) {
  const t = useTranslations("Admin.shell");
  const [state, formAction] = useActionState(action, null);
  const { formError } = useAdminErrors(state, {}, "sign-out");
  return (
    <form action={formAction}>
      <input type="hidden" name="locale" value={locale} />
      <button
        type="submit"
        className={
          tone === "dark"
            ? "inline-flex min-h-10 items-center rounded-md border-2 border-white/80 px-3 font-semibold text-white hover:bg-white/10"
            : "inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 bg-white px-4 font-semibold text-brand-800 hover:bg-brand-50"
        }
      >
        {t("signOut")}
      </button>
      {formError ? (
        <p role="alert" className={`mt-1 text-sm font-semibold ${tone === "dark" ? "text-gold-300" : "text-red-800"}`}>
          {formError}
        </p>
      ) : null}
    </form>
  );
}
