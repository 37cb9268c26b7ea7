import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { ReportRange, ReportRangeNotice } from "@/lib/schemas/report-query";
import { Field, TextInput } from "../../ui/field";

/**
 * The months shown, as a plain GET form: its state is the URL, so it works
 * without JavaScript and a report can be shared as a link. A browser without
 * a month picker shows a text box, hence the hint. Not printed.
 */
export async function RangeForm({
  locale,
  range,
  notice,
}: {
  locale: Locale;
  range: ReportRange;
  notice: ReportRangeNotice | null;
}) {
  const t = await getTranslations({ locale, namespace: "Admin.reports" });
  const base = localePath(locale, "/admin/reports");
  return (
    <div className="rounded-lg border border-brand-100 bg-white p-5 print:hidden">
      {notice ? (
        <p
          role="alert"
          className="mb-4 rounded-md border-l-4 border-gold-400 bg-gold-300/20 p-3 font-medium text-brand-950"
        >
          {t(`notice.${notice}`)}
        </p>
      ) : null}
      <h2 id="range-heading" className="text-xl font-bold text-brand-900">
        {t("range.heading")}
      </h2>
      <p id="range-hint" className="mt-1 text-sm text-muted">
        {t("range.hint")}
      </p>
      <form method="get" action={base} aria-labelledby="range-heading">
        <div className="mt-4 flex flex-wrap items-end gap-4">
          <div className="w-full sm:w-48">
            <Field id="range-from" label={t("range.from")} describedBy="range-hint">
              {(control) => (
                <TextInput
                  {...control}
                  name="from"
                  type="month"
                  min="2000-01"
                  max="2099-12"
                  defaultValue={range.from}
                />
              )}
            </Field>
          </div>
          <div className="w-full sm:w-48">
            <Field id="range-to" label={t("range.to")} describedBy="range-hint">
              {(control) => (
                <TextInput {...control} name="to" type="month" min="2000-01" max="2099-12" defaultValue={range.to} />
              )}
            </Field>
          </div>
          <button
            type="submit"
            className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            {t("range.submit")}
          </button>
          <a
            href={base}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("range.reset")}
          </a>
        </div>
      </form>
    </div>
  );
}
