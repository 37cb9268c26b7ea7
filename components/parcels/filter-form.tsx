"use client";

import { Button } from "../ui/button";
import { Field, Select, TextInput } from "../ui/field";
import type { FilterTexts } from "./parcel-filters";

type Choice = [value: string, label: string];

type Props = {
  action: string;
  reset: string;
  texts: FilterTexts;
  choices: { hub: Choice[]; use: Choice[]; status: Choice[]; sector: Choice[]; sort: Choice[] };
  /** What the search holds, as the inputs show it (numbers in the page's language). */
  values: Record<
    | "q"
    | "hub"
    | "use"
    | "status"
    | "areaMin"
    | "areaMax"
    | "areaUnit"
    | "rentMax"
    | "rentBasis"
    | "powerMin"
    | "waterMin"
    | "wastewaterMin"
    | "sector"
    | "sort"
    | "compare",
    string
  >;
  moreOpen: boolean;
};

const options = (choices: Choice[]) =>
  choices.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

/**
 * The catalogue's filter form (parcel-filters.tsx works out what it shows).
 * Rendered on the server like the rest of the page, so it works without
 * JavaScript; a client component only so that the page's data holds its
 * texts and choices instead of every element of it a second time.
 */
export function FilterForm({ action, reset, texts: t, choices, values: v, moreOpen }: Props) {
  const amount = (id: string, name: keyof Props["values"], mode: "decimal" | "numeric" = "decimal") => (
    <Field id={id} label={t[name as keyof FilterTexts]}>
      {(control) => <TextInput {...control} name={name} inputMode={mode} defaultValue={v[name]} />}
    </Field>
  );
  return (
    <form method="get" action={action} aria-labelledby="filters-heading" className="space-y-5">
      <h2 id="filters-heading" className="text-xl font-bold text-brand-900">
        {t.heading}
      </h2>
      {v.compare ? <input type="hidden" name="compare" value={v.compare} /> : null}
      <Field id="f-q" label={t.q} hint={t.qHint}>
        {(control) => <TextInput {...control} name="q" type="search" defaultValue={v.q} maxLength={200} />}
      </Field>
      <Field id="f-hub" label={t.hub}>
        {(control) => (
          <Select {...control} name="hub" defaultValue={v.hub}>
            <option value="">{t.anyHub}</option>
            {options(choices.hub)}
          </Select>
        )}
      </Field>
      <Field id="f-use" label={t.use}>
        {(control) => (
          <Select {...control} name="use" defaultValue={v.use}>
            <option value="">{t.anyUse}</option>
            {options(choices.use)}
          </Select>
        )}
      </Field>
      <Field id="f-status" label={t.status}>
        {(control) => (
          <Select {...control} name="status" defaultValue={v.status}>
            {options(choices.status)}
            <option value="all">{t.allStatuses}</option>
          </Select>
        )}
      </Field>
      <fieldset className="space-y-3">
        <legend className="font-medium text-brand-900">{t.area}</legend>
        <div className="grid grid-cols-2 gap-3">
          {amount("f-area-min", "areaMin")}
          {amount("f-area-max", "areaMax")}
        </div>
        <Field id="f-area-unit" label={t.areaUnit}>
          {(control) => (
            <Select {...control} name="areaUnit" defaultValue={v.areaUnit}>
              <option value="m2">{t.unitM2}</option>
              <option value="ha">{t.unitHa}</option>
            </Select>
          )}
        </Field>
      </fieldset>
      <details open={moreOpen} className="rounded-md border border-brand-100 px-3">
        <summary className="min-h-11 cursor-pointer content-center font-medium text-brand-800">{t.more}</summary>
        <div className="space-y-5 pb-3">
          <div className="mt-4 grid grid-cols-2 gap-3">
            {amount("f-rent-max", "rentMax")}
            <Field id="f-rent-basis" label={t.rentBasis}>
              {(control) => (
                <Select {...control} name="rentBasis" defaultValue={v.rentBasis}>
                  <option value="term">{t.rentBasisTerm}</option>
                  <option value="annual">{t.rentBasisAnnual}</option>
                </Select>
              )}
            </Field>
          </div>
          <fieldset className="space-y-3">
            <legend className="font-medium text-brand-900">{t.infrastructure}</legend>
            {amount("f-power", "powerMin", "numeric")}
            {amount("f-water", "waterMin", "numeric")}
            {amount("f-wastewater", "wastewaterMin", "numeric")}
          </fieldset>
          <Field id="f-sector" label={t.sector}>
            {(control) => (
              <Select {...control} name="sector" defaultValue={v.sector}>
                <option value="">{t.anySector}</option>
                {options(choices.sector)}
              </Select>
            )}
          </Field>
        </div>
      </details>
      <Field id="f-sort" label={t.sort}>
        {(control) => (
          <Select {...control} name="sort" defaultValue={v.sort}>
            {options(choices.sort)}
          </Select>
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <Button>{t.submit}</Button>
        <a href={reset} className="font-medium text-brand-700 underline underline-offset-4">
          {t.reset}
        </a>
      </div>
    </form>
  );
}
