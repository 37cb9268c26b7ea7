import { getTranslations } from "next-intl/server";
import { formatForInput } from "@/lib/numbers";
import { landUseSlugs, parcelSorts, parcelStatusSlugs } from "@/lib/parcels";
import { localePath } from "@/lib/paths";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";
import type { HubSummary } from "@/server/hubs/list-hubs";
import type { SectorSummary } from "@/server/sectors/list-sectors";
import { Button } from "../ui/button";
import { Field, Select, TextInput } from "../ui/field";

type Props = { locale: string; search: ParcelSearch; hubs: HubSummary[]; sectors: SectorSummary[] };

/** The catalogue's filters: a plain GET form, so it works without JavaScript and fills the URL. */
export async function ParcelFilters({ locale, search, hubs, sectors }: Props) {
  const [t, tp, ts] = await Promise.all([
    getTranslations("Land.filters"),
    getTranslations("Parcels"),
    getTranslations("Land.sorts"),
  ]);
  const number = (value: number | undefined) => formatForInput(value, locale);
  return (
    <form method="get" action={localePath(locale, "/land")} aria-labelledby="filters-heading" className="space-y-5">
      <h2 id="filters-heading" className="text-xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      {search.compare.length > 0 ? <input type="hidden" name="compare" value={search.compare.join(",")} /> : null}
      <Field id="f-q" label={t("q")} hint={t("qHint")}>
        {(control) => <TextInput {...control} name="q" type="search" defaultValue={search.q ?? ""} maxLength={200} />}
      </Field>
      <Field id="f-hub" label={t("hub")}>
        {(control) => (
          <Select {...control} name="hub" defaultValue={search.hub ?? ""}>
            <option value="">{t("anyHub")}</option>
            {hubs.map((hub) => (
              <option key={hub.slug} value={hub.slug}>
                {hub.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="f-use" label={t("use")}>
        {(control) => (
          <Select {...control} name="use" defaultValue={search.use ?? ""}>
            <option value="">{t("anyUse")}</option>
            {landUseSlugs.map((use) => (
              <option key={use} value={use}>
                {tp(`landUse.${use}`)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="f-status" label={t("status")}>
        {(control) => (
          <Select {...control} name="status" defaultValue={search.status}>
            {parcelStatusSlugs.map((status) => (
              <option key={status} value={status}>
                {tp(`status.${status}`)}
              </option>
            ))}
            <option value="all">{t("allStatuses")}</option>
          </Select>
        )}
      </Field>
      <fieldset className="space-y-3">
        <legend className="font-medium text-brand-900">{t("area")}</legend>
        <div className="grid grid-cols-2 gap-3">
          <Field id="f-area-min" label={t("areaMin")}>
            {(control) => (
              <TextInput {...control} name="areaMin" inputMode="decimal" defaultValue={number(search.areaMin)} />
            )}
          </Field>
          <Field id="f-area-max" label={t("areaMax")}>
            {(control) => (
              <TextInput {...control} name="areaMax" inputMode="decimal" defaultValue={number(search.areaMax)} />
            )}
          </Field>
        </div>
        <Field id="f-area-unit" label={t("areaUnit")}>
          {(control) => (
            <Select {...control} name="areaUnit" defaultValue={search.areaUnit}>
              <option value="m2">{t("unitM2")}</option>
              <option value="ha">{t("unitHa")}</option>
            </Select>
          )}
        </Field>
      </fieldset>
      <details
        open={[search.rentMax, search.powerMin, search.waterMin, search.wastewaterMin, search.sector].some(
          (v) => v !== undefined,
        )}
        className="rounded-md border border-brand-100 px-3"
      >
        <summary className="min-h-11 cursor-pointer content-center font-medium text-brand-800">{t("more")}</summary>
        <div className="space-y-5 pb-3">
          <div className="mt-4 grid grid-cols-2 gap-3">
            <Field id="f-rent-max" label={t("rentMax")}>
              {(control) => (
                <TextInput {...control} name="rentMax" inputMode="decimal" defaultValue={number(search.rentMax)} />
              )}
            </Field>
            <Field id="f-rent-basis" label={t("rentBasis")}>
              {(control) => (
                <Select {...control} name="rentBasis" defaultValue={search.rentBasis}>
                  <option value="term">{t("rentBasisTerm")}</option>
                  <option value="annual">{t("rentBasisAnnual")}</option>
                </Select>
              )}
            </Field>
          </div>
          <fieldset className="space-y-3">
            <legend className="font-medium text-brand-900">{t("infrastructure")}</legend>
            <Field id="f-power" label={t("powerMin")}>
              {(control) => (
                <TextInput {...control} name="powerMin" inputMode="numeric" defaultValue={number(search.powerMin)} />
              )}
            </Field>
            <Field id="f-water" label={t("waterMin")}>
              {(control) => (
                <TextInput {...control} name="waterMin" inputMode="numeric" defaultValue={number(search.waterMin)} />
              )}
            </Field>
            <Field id="f-wastewater" label={t("wastewaterMin")}>
              {(control) => (
                <TextInput
                  {...control}
                  name="wastewaterMin"
                  inputMode="numeric"
                  defaultValue={number(search.wastewaterMin)}
                />
              )}
            </Field>
          </fieldset>
          <Field id="f-sector" label={t("sector")}>
            {(control) => (
              <Select {...control} name="sector" defaultValue={search.sector ?? ""}>
                <option value="">{t("anySector")}</option>
                {sectors.map((sector) => (
                  <option key={sector.slug} value={sector.slug}>
                    {sector.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      </details>
      <Field id="f-sort" label={t("sort")}>
        {(control) => (
          <Select {...control} name="sort" defaultValue={search.sort}>
            {parcelSorts.map((sort) => (
              <option key={sort} value={sort}>
                {ts(sort)}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <Button>{t("submit")}</Button>
        <a href={localePath(locale, "/land")} className="font-medium text-brand-700 underline underline-offset-4">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
