"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import type { CapitalRangeCode } from "@/lib/schemas/routing-rule";
import { useAdminErrors } from "../auth/use-admin-errors";
import { ErrorSummary } from "../ui/error-summary";
import { Checkbox, Field, Select } from "../ui/field";
import { SubmitButton } from "../ui/submit-button";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

export type RuleFormOption = { id: number; name: string; lang: string; active?: boolean };

export type RuleFormRule = {
  id: number;
  sectorId: number | null;
  hubId: number | null;
  capitalRanges: string[];
  deskId: number;
  active: boolean;
};

const errorText = "font-semibold text-red-800";

/**
 * Adding or changing a routing rule: sector (or any), hub (or any),
 * capital ranges (none ticked: any), the desk, and whether it applies.
 */
export function RoutingRuleForm({
  action,
  locale,
  sectors,
  hubs,
  desks,
  capital,
  rule,
}: {
  action: Action;
  locale: Locale;
  sectors: RuleFormOption[];
  hubs: RuleFormOption[];
  desks: RuleFormOption[];
  /** The capital ranges in the form's order, each with its label. */
  capital: { value: CapitalRangeCode; label: string }[];
  /** The rule being changed; none: a new rule. */
  rule?: RuleFormRule;
}) {
  const t = useTranslations("Admin.routing.form");
  const [state, formAction] = useActionState(action, null);
  const labels = {
    sector: t("sector"),
    hub: t("hub"),
    capitalRanges: t("capital"),
    desk: t("desk"),
    active: t("active"),
  };
  const { fieldError, summary, title } = useAdminErrors(state, labels, "sector");
  const values = state?.values;
  const picked = (name: "sector" | "hub" | "desk", initial: number | null | undefined) =>
    values ? (values[name] ?? "") : initial === null || initial === undefined ? "" : String(initial);
  const ranges = new Set(
    values ? (values.capitalRanges ?? "").split(",").filter(Boolean) : (rule?.capitalRanges ?? []),
  );
  const capitalError = fieldError("capitalRanges");
  const foreign = (lang: string) => (lang === locale ? undefined : lang);
  return (
    <form key={state?.attempt ?? 0} action={formAction} noValidate className="max-w-2xl space-y-6">
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      {rule ? <input type="hidden" name="id" value={rule.id} /> : null}
      <Field id="sector" label={labels.sector} error={fieldError("sector")}>
        {(control) => (
          <Select {...control} name="sector" defaultValue={picked("sector", rule?.sectorId)} className="max-w-lg">
            <option value="">{t("anySector")}</option>
            {sectors.map((sector) => (
              <option key={sector.id} value={sector.id} lang={foreign(sector.lang)}>
                {sector.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="hub" label={labels.hub} hint={t("hubHint")} error={fieldError("hub")}>
        {(control) => (
          <Select {...control} name="hub" defaultValue={picked("hub", rule?.hubId)} className="max-w-lg">
            <option value="">{t("anyHub")}</option>
            {hubs.map((hub) => (
              <option key={hub.id} value={hub.id} lang={foreign(hub.lang)}>
                {hub.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <fieldset aria-describedby={capitalError ? "capitalRanges-hint capitalRanges-error" : "capitalRanges-hint"}>
        <legend className="font-medium text-brand-900">{labels.capitalRanges}</legend>
        <p id="capitalRanges-hint" className="text-sm text-muted">
          {t("capitalHint")}
        </p>
        {capitalError ? (
          <p id="capitalRanges-error" className={`mt-1 ${errorText}`}>
            {capitalError}
          </p>
        ) : null}
        <div className="mt-2 space-y-2">
          {capital.map((range, index) => (
            <Checkbox
              key={range.value}
              id={index === 0 ? "capitalRanges" : `capitalRanges-${range.value}`}
              name="capitalRanges"
              value={range.value}
              defaultChecked={ranges.has(range.value)}
              label={range.label}
            />
          ))}
        </div>
      </fieldset>
      <Field id="desk" label={labels.desk} error={fieldError("desk")}>
        {(control) => (
          <Select {...control} name="desk" defaultValue={picked("desk", rule?.deskId)} required className="max-w-lg">
            <option value="">{t("chooseDesk")}</option>
            {desks.map((desk) => (
              <option key={desk.id} value={desk.id} lang={foreign(desk.lang)}>
                {desk.active === false ? t("inactiveDesk", { name: desk.name }) : desk.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Checkbox
        id="active"
        name="active"
        value="1"
        defaultChecked={values ? values.active !== undefined : (rule?.active ?? true)}
        label={labels.active}
        hint={t("activeHint")}
        error={fieldError("active")}
      />
      <SubmitButton>{rule ? t("submitUpdate") : t("submitCreate")}</SubmitButton>
    </form>
  );
}
