"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { useAdminErrors } from "../auth/use-admin-errors";
import { SubmitButton } from "../ui/submit-button";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

const slot = "w-36 shrink-0 px-3";

/**
 * "Move up" and "Move down" for one routing rule: plain submit buttons of
 * one form, so that they work without JavaScript. The first rule has no
 * "Move up", the last no "Move down".
 */
export function RoutingMoveForm({
  action,
  locale,
  id,
  position,
  first,
  last,
}: {
  action: Action;
  locale: Locale;
  id: number;
  position: number;
  first: boolean;
  last: boolean;
}) {
  const t = useTranslations("Admin.routing");
  const [state, formAction] = useActionState(action, null);
  const { formError } = useAdminErrors(state, {}, `move-${id}`);
  const rule = <span className="sr-only"> ({t("ruleN", { position })})</span>;
  return (
    <form key={state?.attempt ?? 0} action={formAction}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={id} />
      {formError ? (
        <p role="alert" className="mb-2 max-w-72 font-semibold whitespace-normal text-red-800">
          {formError}
        </p>
      ) : null}
      <div className="flex gap-2">
        {/* The buttons keep their columns down the table, the missing one's place left empty. */}
        {first ? (
          <span aria-hidden="true" className={slot} />
        ) : (
          <SubmitButton id={`move-${id}`} name="direction" value="up" variant="secondary" className={slot}>
            {t("moveUp")}
            {rule}
          </SubmitButton>
        )}
        {last ? (
          <span aria-hidden="true" className={slot} />
        ) : (
          <SubmitButton
            id={first ? `move-${id}` : `move-${id}-down`}
            name="direction"
            value="down"
            variant="secondary"
            className={slot}
          >
            {t("moveDown")}
            {rule}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
