import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { textIn } from "@/lib/content/kinds";
import type { IncentiveRules } from "@/lib/incentives/rules";
import { formatForInput } from "@/lib/numbers";
import { localePath } from "@/lib/paths";
import { ESTIMATE_LIMITS, type EstimateField, type ParsedEstimateQuery } from "@/lib/schemas/estimate";
import type { ParcelLocation } from "@/server/incentives/estimate-project";
import type { SectorSummary } from "@/server/sectors/list-sectors";
import { Button } from "../ui/button";
import { ErrorSummary } from "../ui/error-summary";
import { Checkbox, Field, Select, TextInput } from "../ui/field";

type Props = {
  locale: Locale;
  rules: IncentiveRules;
  sectors: SectorSummary[];
  parsed: ParsedEstimateQuery;
  parcel: ParcelLocation | null;
};

/**
 * The estimator's form: a plain GET form, so it works without JavaScript and
 * the URL holds the whole estimate (shareable). Errors are shown next to each
 * field and in a summary at the top linking to them. Not printed.
 */
export async function EstimatorForm({ locale, rules, sectors, parsed, parcel }: Props) {
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "Estimator.form" }),
    getTranslations({ locale, namespace: "Estimator.errors" }),
  ]);
  const { values, errors } = parsed;
  const L = ESTIMATE_LIMITS;
  const lawChange = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${rules.tax.lawChangeDate}T00:00:00Z`));
  const message = (field: EstimateField) => {
    const code = errors[field];
    return code ? te(code, { first: L.firstYear, last: L.lastYear, delay: L.taxableDelay }) : undefined;
  };
  const labels: Record<EstimateField, string> = {
    product: t("product"),
    parcel: t("parcel"),
    location: t("location"),
    capital: t("capital"),
    employees: t("employees"),
    revenueYear: t("revenueYear"),
    taxableYear: t("taxableYear"),
    income: t("income"),
    growth: t("growth"),
    licence: t("licence"),
    certificateYear: t("certificateYear"),
    minTax: t("minTax"),
  };
  const summary = (Object.keys(errors) as EstimateField[]).map((field) => ({
    id: field,
    message: `${labels[field].replace(" *", "")}: ${message(field)}`,
  }));
  const example = (value: number) => formatForInput(value, locale);
  const yearHint = t("yearHint", { first: L.firstYear, last: L.lastYear });

  // Products grouped by sector, the sector a link asked for first.
  const sectorName = (key: string) => sectors.find((s) => s.slug === key);
  const groups = [...new Set(rules.products.map((p) => p.sector))].sort(
    (a, b) => Number(b === values.sector) - Number(a === values.sector),
  );
  const location = parcel ? rules.locations.find((l) => l.key === parcel.locationType) : undefined;

  const text = (
    field: EstimateField,
    hint?: string,
    props: React.InputHTMLAttributes<HTMLInputElement> = { inputMode: "decimal" },
  ) => (
    <Field id={field} label={labels[field]} hint={hint} error={message(field)}>
      {(control) => <TextInput {...control} name={field} defaultValue={values[field] ?? ""} {...props} />}
    </Field>
  );

  return (
    <form
      method="get"
      action={localePath(locale, "/incentives/estimate")}
      aria-labelledby="estimator-form-heading"
      noValidate
      className="space-y-6 rounded-lg border border-brand-100 bg-white p-4 sm:p-6 print:hidden"
    >
      <ErrorSummary title={te("summary")} errors={summary} />
      <div>
        <h2 id="estimator-form-heading" className="text-2xl font-bold text-brand-900">
          {t("heading")}
        </h2>
        <p className="mt-1 text-muted">{t("required")}</p>
      </div>
      <Field id="product" label={labels.product} hint={t("productHint")} error={message("product")}>
        {(control) => (
          <Select {...control} name="product" defaultValue={values.product ?? ""}>
            <option value="">{t("chooseProduct")}</option>
            {groups.map((sector) => (
              <optgroup key={sector} label={sectorName(sector)?.name ?? sector}>
                {rules.products
                  .filter((p) => p.sector === sector)
                  .map((p) => (
                    <option key={p.key} value={p.key}>
                      {textIn(p.name, locale).text}
                    </option>
                  ))}
              </optgroup>
            ))}
          </Select>
        )}
      </Field>
      <div className="grid gap-6 sm:grid-cols-2">
        <div>
          {text("parcel", t("parcelHint"), { autoComplete: "off", className: "uppercase" })}
          {parcel && location ? (
            <p className="mt-2 text-sm font-medium text-brand-900">
              {t("fromParcel", { code: parcel.code, location: textIn(location.name, locale).text })}
            </p>
          ) : null}
        </div>
        <Field id="location" label={labels.location} hint={t("locationHint")} error={message("location")}>
          {(control) => (
            <Select {...control} name="location" defaultValue={values.location ?? ""}>
              <option value="">{t("chooseLocation")}</option>
              {rules.locations.map((l) => (
                <option key={l.key} value={l.key}>
                  {textIn(l.name, locale).text}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {text("capital", t("capitalHint", { example: example(1500.5) }))}
        {text("employees", undefined, { inputMode: "numeric" })}
        {text("revenueYear", yearHint, { inputMode: "numeric", maxLength: 4 })}
        {text("taxableYear", t("taxableYearHint"), { inputMode: "numeric", maxLength: 4 })}
        {text("income", t("incomeHint", { example: example(12.5) }))}
        {text("growth", t("growthHint", { max: L.growthPct }))}
        {text("licence", t("licenceHint", { date: lawChange }), { type: "date" })}
        {text("certificateYear", t("certificateYearHint"), { inputMode: "numeric", maxLength: 4 })}
      </div>
      <Checkbox
        id="minTax"
        name="minTax"
        label={labels.minTax}
        error={message("minTax")}
        defaultChecked={values.minTax === "on"}
      />
      <Button>{t("submit")}</Button>
    </form>
  );
}
