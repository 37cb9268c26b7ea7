import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatForInput } from "@/lib/numbers";
import { landUseSlugs, parcelSorts, parcelStatusSlugs } from "@/lib/parcels";
import { localePath } from "@/lib/paths";
import type { AdminParcelQuery } from "@/lib/schemas/parcel-admin";
import type { AdminParcelRow } from "@/server/parcels/admin-parcels";
import { Button } from "../../ui/button";
import { Field, Select, TextInput } from "../../ui/field";
import { StatusBadge } from "../status-badge";
import { TableScroll, tableClass } from "../table-scroll";

const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4";

type Named = { slug: string; name: string };

/** One page of parcels: code (to its form), hub, land use, status, area, last verified (stale ones flagged), sample, archived. */
export async function ParcelTable({
  locale,
  rows,
  hubs,
  caption,
}: {
  locale: Locale;
  rows: AdminParcelRow[];
  hubs: Named[];
  caption: string;
}) {
  const [t, tp, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.parcels.list" }),
    getTranslations({ locale, namespace: "Parcels" }),
    getFormatter({ locale }),
  ]);
  const hubName = new Map(hubs.map((hub) => [hub.slug, hub.name]));
  return (
    <TableScroll captionId="parcels-caption">
      <table className={tableClass.table}>
        <caption id="parcels-caption" className={tableClass.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            {(["code", "hub", "use", "status", "area", "verified", "sample", "archived"] as const).map((column) => (
              <th key={column} scope="col" className={tableClass.th}>
                {t(`columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" className={`${tableClass.rowTh} whitespace-nowrap`}>
                <a href={localePath(locale, `/admin/parcels/${row.code}`)} className={link}>
                  {row.code}
                </a>
              </th>
              <td className={`${tableClass.td} min-w-32`}>{hubName.get(row.hubSlug) ?? row.hubSlug}</td>
              <td className={`${tableClass.td} min-w-36`}>{tp(`landUse.${row.landUse}`)}</td>
              <td className={`${tableClass.td} min-w-32`}>{tp(`status.${row.status}`)}</td>
              <td className={`${tableClass.td} whitespace-nowrap tabular-nums`}>
                {tp("units.m2", { value: format.number(row.areaM2) })}
              </td>
              <td className={`${tableClass.td} min-w-40`}>
                <time dateTime={row.lastVerifiedOn}>
                  {format.dateTime(new Date(`${row.lastVerifiedOn}T00:00:00Z`), {
                    dateStyle: "medium",
                    timeZone: "UTC",
                  })}
                </time>
                {row.stale ? (
                  <>
                    {" "}
                    <StatusBadge tone="wait">{t("stale")}</StatusBadge>
                  </>
                ) : null}
              </td>
              <td className={tableClass.td}>{row.isSample ? t("sampleYes") : t("sampleNo")}</td>
              <td className={`${tableClass.td} min-w-32`}>
                {row.archivedAt ? (
                  <StatusBadge tone="off">
                    {t("archivedOn", { date: format.dateTime(row.archivedAt, { dateStyle: "medium" }) })}
                  </StatusBadge>
                ) : (
                  t("archivedNo")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The list's filters: the catalogue's (same names, same parser) and the back office's own, as a GET form. */
export async function ParcelListFilter({
  locale,
  query,
  hubs,
  sectors,
}: {
  locale: Locale;
  query: AdminParcelQuery;
  hubs: Named[];
  sectors: Named[];
}) {
  const [t, tf, tp, ts] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.parcels.list" }),
    getTranslations({ locale, namespace: "Land.filters" }),
    getTranslations({ locale, namespace: "Parcels" }),
    getTranslations({ locale, namespace: "Land.sorts" }),
  ]);
  const { search } = query;
  const number = (value: number | undefined) => formatForInput(value, locale);
  const text = (name: string, id: string, label: string, current: string, mode?: "decimal" | "numeric") => (
    <Field id={id} label={label}>
      {(control) => (
        <TextInput
          {...control}
          name={name}
          type={name === "q" ? "search" : "text"}
          inputMode={mode}
          defaultValue={current}
        />
      )}
    </Field>
  );
  const select = (name: string, id: string, label: string, current: string, choices: [string, string][]) => (
    <Field id={id} label={label}>
      {(control) => (
        <Select {...control} name={name} defaultValue={current}>
          {choices.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
  return (
    <form method="get" action={localePath(locale, "/admin/parcels")} className="mb-6">
      <fieldset className="rounded-lg border border-brand-100 bg-white p-4">
        <legend className="px-1 font-semibold text-brand-900">{t("filterLegend")}</legend>
        <div className="grid gap-x-5 gap-y-3 sm:grid-cols-2 lg:grid-cols-4">
          {text("q", "f-q", tf("q"), search.q ?? "")}
          {select("hub", "f-hub", tf("hub"), search.hub ?? "", [
            ["", tf("anyHub")],
            ...hubs.map((hub): [string, string] => [hub.slug, hub.name]),
          ])}
          {select("use", "f-use", tf("use"), search.use ?? "", [
            ["", tf("anyUse")],
            ...landUseSlugs.map((use): [string, string] => [use, tp(`landUse.${use}`)]),
          ])}
          {select("status", "f-status", tf("status"), search.status, [
            ["all", tf("allStatuses")],
            ...parcelStatusSlugs.map((status): [string, string] => [status, tp(`status.${status}`)]),
          ])}
          {select("sample", "f-sample", t("sample"), query.sample ?? "", [
            ["", t("sampleAny")],
            ["sample", t("sampleOnly")],
            ["real", t("realOnly")],
          ])}
          {select("archived", "f-archived", t("archived"), query.archived, [
            ["exclude", t("archivedExclude")],
            ["only", t("archivedOnly")],
            ["include", t("archivedInclude")],
          ])}
          {select(
            "sort",
            "f-sort",
            tf("sort"),
            search.sort,
            parcelSorts.map((sort): [string, string] => [sort, ts(sort)]),
          )}
        </div>
        <details
          open={[
            search.sector,
            search.areaMin,
            search.areaMax,
            search.rentMax,
            search.powerMin,
            search.waterMin,
            search.wastewaterMin,
          ].some((value) => value !== undefined)}
          className="mt-4 rounded-md border border-brand-100 px-3"
        >
          <summary className="min-h-11 cursor-pointer content-center font-medium text-brand-800">
            {t("moreFilters")}
          </summary>
          <div className="grid gap-x-5 gap-y-3 pb-3 sm:grid-cols-2 lg:grid-cols-4">
            {select("sector", "f-sector", tf("sector"), search.sector ?? "", [
              ["", tf("anySector")],
              ...sectors.map((sector): [string, string] => [sector.slug, sector.name]),
            ])}
            {text("areaMin", "f-area-min", tf("areaMin"), number(search.areaMin), "decimal")}
            {text("areaMax", "f-area-max", tf("areaMax"), number(search.areaMax), "decimal")}
            {select("areaUnit", "f-area-unit", tf("areaUnit"), search.areaUnit, [
              ["m2", tf("unitM2")],
              ["ha", tf("unitHa")],
            ])}
            {text("rentMax", "f-rent-max", tf("rentMax"), number(search.rentMax), "decimal")}
            {select("rentBasis", "f-rent-basis", tf("rentBasis"), search.rentBasis, [
              ["term", tf("rentBasisTerm")],
              ["annual", tf("rentBasisAnnual")],
            ])}
            {text("powerMin", "f-power", tf("powerMin"), number(search.powerMin), "numeric")}
            {text("waterMin", "f-water", tf("waterMin"), number(search.waterMin), "numeric")}
            {text("wastewaterMin", "f-wastewater", tf("wastewaterMin"), number(search.wastewaterMin), "numeric")}
          </div>
        </details>
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
          <div className="flex min-h-11 items-center gap-3">
            <input
              id="f-stale"
              name="stale"
              type="checkbox"
              value="1"
              defaultChecked={query.stale}
              className="size-5 shrink-0"
            />
            <label htmlFor="f-stale">{t("staleFilter", { days: 90 })}</label>
          </div>
          <Button variant="secondary">{t("apply")}</Button>
          <a href={localePath(locale, "/admin/parcels")} className={link}>
            {t("reset")}
          </a>
        </div>
      </fieldset>
    </form>
  );
}
