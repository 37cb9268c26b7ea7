import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { WhichDeskQuery } from "@/lib/schemas/routing-rule";
import { Button } from "../ui/button";
import { Field, Select } from "../ui/field";

type Option = { value: string; label: string; lang?: string };

export type WhichDeskResult =
  | { kind: "rule"; desk: string; deskLang: string; position: number; ruleId: number }
  | { kind: "default"; desk: string; deskLang: string }
  | { kind: "none" };

/**
 * "Which desk would get this?": a GET form (its answer is a page one can
 * link to, and it needs no JavaScript) with what an inquiry would say, and
 * the answer, worked out as for a real inquiry.
 */
export async function WhichDeskForm({
  locale,
  action,
  query,
  sectors,
  hubs,
  capital,
  result,
}: {
  locale: Locale;
  /** The page's own address, without query. */
  action: string;
  query: WhichDeskQuery;
  sectors: Option[];
  hubs: Option[];
  capital: Option[];
  /** Null: nothing (complete) was asked. */
  result: WhichDeskResult | null;
}) {
  const t = await getTranslations({ locale, namespace: "Admin.routing.which" });
  return (
    <section aria-labelledby="which-heading" className="mb-10 rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
      <h2 id="which-heading" className="text-xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">{t("intro")}</p>
      <form method="get" action={`${action}#which-heading`} className="mt-4">
        <div className="grid gap-4 md:grid-cols-3">
          <Field id="which-sector" label={t("sector")}>
            {(control) => (
              <Select {...control} name="sector" defaultValue={query.sector ?? ""}>
                <option value="">{t("chooseSector")}</option>
                {sectors.map((option) => (
                  <option key={option.value} value={option.value} lang={option.lang}>
                    {option.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="which-hub" label={t("hub")}>
            {(control) => (
              <Select {...control} name="hub" defaultValue={query.hub ?? ""}>
                <option value="">{t("noHub")}</option>
                {hubs.map((option) => (
                  <option key={option.value} value={option.value} lang={option.lang}>
                    {option.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="which-capital" label={t("capital")}>
            {(control) => (
              <Select {...control} name="capital" defaultValue={query.capital ?? ""}>
                <option value="">{t("chooseCapital")}</option>
                {capital.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button type="submit">{t("submit")}</Button>
          {query.sector || query.hub || query.capital ? (
            <a href={action} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4">
              {t("clear")}
            </a>
          ) : null}
        </div>
      </form>
      {result ? (
        <div
          id="which-result"
          role="status"
          className="mt-5 rounded-md border-l-4 border-gold-400 bg-amber-50 p-4 text-amber-950"
        >
          <p className="font-semibold">{t("resultLead")}</p>
          <p className="mt-1 text-lg">
            {result.kind === "rule"
              ? t.rich("resultRule", {
                  name: result.desk,
                  desk: (chunks) => (
                    <strong lang={result.deskLang === locale ? undefined : result.deskLang}>{chunks}</strong>
                  ),
                  position: result.position,
                  link: (chunks) => (
                    <a href={`#rule-${result.ruleId}`} className="font-semibold underline underline-offset-4">
                      {chunks}
                    </a>
                  ),
                })
              : result.kind === "default"
                ? t.rich("resultDefault", {
                    name: result.desk,
                    desk: (chunks) => (
                      <strong lang={result.deskLang === locale ? undefined : result.deskLang}>{chunks}</strong>
                    ),
                  })
                : t("resultNone")}
          </p>
        </div>
      ) : query.sector || query.capital ? (
        <p className="mt-5 font-semibold">{t("incomplete")}</p>
      ) : null}
    </section>
  );
}
