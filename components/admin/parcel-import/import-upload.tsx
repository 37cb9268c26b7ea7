import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { MAX_PARCEL_IMPORT_BYTES, PARCEL_IMPORT_PATH } from "@/lib/request-limits";
import type { ImportSummary } from "@/server/parcels/parcel-import";
import { TableScroll, tableClass } from "../table-scroll";

const MAX_MB = MAX_PARCEL_IMPORT_BYTES / 1024 / 1024;

/**
 * The import's upload form: a plain multipart post to the upload route
 * (works without JavaScript), which comes back here with `?error=` when it
 * refuses the file. `error` is a key of `Admin.parcelImport.upload.errors`.
 */
export async function ImportUploadForm({
  locale,
  error,
  heading = true,
}: {
  locale: Locale;
  error?: string;
  heading?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: "Admin.parcelImport.upload" });
  const message = error ? t(`errors.${error}` as "errors.fileMissing", { max: MAX_MB }) : undefined;
  return (
    <section
      aria-labelledby="import-upload"
      className="mb-10 max-w-3xl rounded-lg border border-brand-100 bg-white p-5"
    >
      <h2 id="import-upload" className={heading ? "mb-4 text-xl font-semibold text-brand-900" : "sr-only"}>
        {t("heading")}
      </h2>
      {message ? (
        <div
          role="alert"
          className="mb-4 rounded-md border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900"
        >
          <a href="#import-file" className="underline underline-offset-4">
            {message}
          </a>
        </div>
      ) : null}
      <form
        method="post"
        action={`${PARCEL_IMPORT_PATH}?locale=${locale}`}
        encType="multipart/form-data"
        className="space-y-5"
      >
        <input type="hidden" name="locale" value={locale} />
        <Field id="import-file" label={t("file", { max: MAX_MB })} hint={t("fileHint")} error={message}>
          {(control) => (
            <input
              {...control}
              type="file"
              name="file"
              required
              accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
              className="mt-1 block w-full min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2 text-base"
            />
          )}
        </Field>
        <fieldset>
          <legend className="font-medium text-brand-900">{t("language")}</legend>
          <div className="mt-2 flex flex-wrap gap-6">
            {(["vi", "en"] as const).map((language) => (
              <label key={language} className="inline-flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name="language"
                  value={language}
                  defaultChecked={language === "vi"}
                  className="size-5"
                />
                {t(language)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{t("submit")}</Button>
          <a
            href="/api/parcels.csv?status=all&locale=vi"
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("exportLink")}
          </a>
        </div>
      </form>
    </section>
  );
}

/** The latest imports, each linking to its status page. */
export async function RecentImports({ locale, imports }: { locale: Locale; imports: ImportSummary[] }) {
  const [t, states, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.parcelImport.recent" }),
    getTranslations({ locale, namespace: "Admin.parcelImport.states" }),
    getFormatter({ locale }),
  ]);
  return (
    <section aria-labelledby="import-recent">
      <h2 id="import-recent" className="mb-4 text-xl font-semibold text-brand-900">
        {t("heading")}
      </h2>
      {imports.length === 0 ? (
        <p className="rounded-lg border border-brand-100 bg-white p-5">{t("empty")}</p>
      ) : (
        <TableScroll captionId="import-recent-caption">
          <table className={tableClass.table}>
            <caption id="import-recent-caption" className={tableClass.caption}>
              {t("caption")}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={tableClass.th}>
                  {t("file")}
                </th>
                <th scope="col" className={tableClass.th}>
                  {t("uploaded")}
                </th>
                <th scope="col" className={tableClass.th}>
                  {t("state")}
                </th>
              </tr>
            </thead>
            <tbody>
              {imports.map((item) => (
                <tr key={item.id}>
                  <td className={`${tableClass.td} [overflow-wrap:anywhere]`}>
                    <a
                      href={localePath(locale, `/admin/parcels/import/${item.id}`)}
                      className="font-semibold text-brand-700 underline underline-offset-4"
                    >
                      {item.fileName}
                    </a>
                  </td>
                  <td className={`${tableClass.td} whitespace-nowrap tabular-nums`}>
                    <time dateTime={item.createdAt.toISOString()}>
                      {format.dateTime(item.createdAt, { dateStyle: "short", timeStyle: "short" })}
                    </time>
                  </td>
                  <td className={tableClass.td}>{states(item.interrupted ? "interrupted" : item.state)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
