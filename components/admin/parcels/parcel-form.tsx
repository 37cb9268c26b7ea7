"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { type ChangeEvent, type ReactNode, useActionState, useEffect, useRef } from "react";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { useAdminErrors } from "../../auth/use-admin-errors";
import { ErrorSummary } from "../../ui/error-summary";
import { Field, Select, TextArea, TextInput } from "../../ui/field";
import { SubmitButton } from "../../ui/submit-button";
import { BoundaryMap } from "./boundary-map";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

export type ParcelFormChoice = { slug: string; name: string; lang: string };
/** A vocabulary's values with their names in the page's language (the public site's messages). */
export type ParcelVocabulary = { slug: string; label: string }[];
export type ParcelFormOptions = {
  hubs: (ParcelFormChoice & { outline: unknown })[];
  sectors: ParcelFormChoice[];
  landUses: ParcelVocabulary;
  locationTypes: ParcelVocabulary;
  statuses: ParcelVocabulary;
  rentBases: string[];
  dischargeStandards: string[];
  /** Longest description and notes the schema accepts. */
  maxText: number;
};

export type ParcelFormParcel = {
  code: string;
  version: number;
  /** The stored parcel as the form's values (lib/schemas/parcel-admin.ts, parcelFormValues). */
  values: Record<string, string>;
  /** The stored boundary (GeoJSON Polygon). */
  boundary: unknown;
};

/** Number fields by group, in the order the form shows them; each label names its unit. */
const NUMBER_GROUPS = {
  land: ["areaM2", "rentUsdPerM2", "managementFeeUsdPerM2PerYear", "landUseTermEndYear"],
  utilities: ["powerKva", "substationKv", "waterM3PerDay", "wastewaterM3PerDay", "dischargeStandardVersion"],
  planning: ["maxBuildingCoveragePct", "floorAreaRatio", "heightLimitM", "minGreenRatioPct"],
  distances: [
    "distanceSeaportKm",
    "distanceTanSonNhatAirportKm",
    "distanceLongThanhAirportKm",
    "distanceExpresswayKm",
    "distanceHcmcCentreKm",
  ],
} as const;
const WHOLE = new Set([
  "areaM2",
  "landUseTermEndYear",
  "powerKva",
  "substationKv",
  "waterM3PerDay",
  "wastewaterM3PerDay",
  "dischargeStandardVersion",
  "maxBuildingCoveragePct",
  "heightLimitM",
  "minGreenRatioPct",
]);
const SELECTS = ["hub", "landUse", "locationType", "status", "rentBasis", "dischargeStandard"] as const;
const LANGUAGES = ["vi", "en"] as const;

const fieldset = "rounded-md border border-brand-100 p-4 sm:p-5";
const legend = "px-1 text-lg font-semibold text-brand-900";

/**
 * The one form of a parcel, new or existing: every field with its unit,
 * both languages' description and notes, the sectors, and the boundary,
 * pasted or uploaded as GeoJSON. "Preview boundary" checks the boundary and
 * draws it on the map before anything is saved; "Save" writes the parcel.
 * On an existing parcel the status is changed with its own form (a reason
 * is required), and a boundary left empty is kept. A change saved by
 * someone else meanwhile is refused; the page is then read again and the
 * form keeps what was typed.
 */
export function ParcelForm({
  action,
  locale,
  parcel,
  options,
}: {
  action: Action;
  locale: Locale;
  parcel?: ParcelFormParcel;
  options: ParcelFormOptions;
}) {
  const t = useTranslations("Admin.parcels.form");
  const format = useFormatter();
  const router = useRouter();
  const [state, formAction] = useActionState(action, null);
  const geometry = useRef<HTMLTextAreaElement>(null);

  const conflict = state?.errors.form === "parcelChanged" ? state.attempt : 0;
  useEffect(() => {
    if (conflict > 0) router.refresh();
  }, [conflict, router]);

  const labels: Record<string, string> = {};
  for (const name of [...SELECTS, ...Object.values(NUMBER_GROUPS).flat()]) labels[name] = t(`fields.${name}`);
  labels.code = t("fields.code");
  labels.sectors = t("fields.sectors");
  labels.lastVerifiedOn = t("fields.lastVerifiedOn");
  labels.isSample = t("fields.isSample");
  labels.geometry = t("fields.geometry");
  for (const lang of LANGUAGES) {
    labels[`description.${lang}`] = t(`fields.description.${lang}`);
    labels[`notes.${lang}`] = t(`fields.notes.${lang}`);
  }
  const { fieldError, summary, title } = useAdminErrors(state, labels, "code");

  const saved = parcel?.values ?? {};
  const typed = state?.values;
  const value = (name: string) => (typed ? (typed[name] ?? "") : (saved[name] ?? ""));
  const chosenSectors = new Set(value("sectors").split(",").filter(Boolean));

  // The boundary drawn: the one just previewed, else the stored one.
  const previewed = state?.done?.message === "previewed" ? state.done.values : undefined;
  const drawn = previewed?.polygon ? (JSON.parse(previewed.polygon) as unknown) : parcel?.boundary;
  const hubOutline = options.hubs.find((hub) => hub.slug === value("hub"))?.outline;
  const mapDescription = previewed
    ? t("preview.description", {
        area: format.number(Number(previewed.areaM2)),
        lat: format.number(Number(previewed.lat), { maximumFractionDigits: 6 }),
        lng: format.number(Number(previewed.lng), { maximumFractionDigits: 6 }),
      })
    : t("preview.stored");

  // With JavaScript, a chosen file is read into the text box (which is then what is sent).
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    const input = event.currentTarget;
    if (!file || !geometry.current || file.size > 400_000) return;
    geometry.current.value = await file.text();
    input.value = "";
  };

  const vocabulary = (list: ParcelVocabulary) =>
    list.map(({ slug, label }) => ({ value: slug, label, lang: undefined as string | undefined }));
  const choicesOf = (name: (typeof SELECTS)[number]) => {
    switch (name) {
      case "hub":
        return options.hubs.map((hub) => ({
          value: hub.slug,
          label: hub.name,
          lang: hub.lang === locale ? undefined : hub.lang,
        }));
      case "landUse":
        return vocabulary(options.landUses);
      case "locationType":
        return vocabulary(options.locationTypes);
      case "status":
        return vocabulary(options.statuses);
      case "rentBasis":
        return vocabulary(
          options.rentBases.map((slug) => ({ slug, label: t(`rentBasis.${slug}` as "rentBasis.term") })),
        );
      case "dischargeStandard":
        return vocabulary(
          options.dischargeStandards.map((slug) => ({ slug, label: t(`discharge.${slug}` as "discharge.qcvn40-a") })),
        );
    }
  };

  const select = (name: (typeof SELECTS)[number]) => {
    const choices = choicesOf(name);
    const current = value(name);
    return (
      <Field key={name} id={name} label={labels[name] as string} error={fieldError(name)}>
        {(control) => (
          <Select {...control} name={name} defaultValue={current} required>
            {current === "" ? <option value="">{t("choose")}</option> : null}
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value} lang={choice.lang}>
                {choice.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
    );
  };

  const number = (name: string) => (
    <Field key={name} id={name} label={labels[name] as string} error={fieldError(name)}>
      {(control) => (
        <TextInput
          {...control}
          name={name}
          inputMode={WHOLE.has(name) ? "numeric" : "decimal"}
          autoComplete="off"
          required
          defaultValue={value(name)}
          className="max-w-xs"
        />
      )}
    </Field>
  );

  const group = (key: keyof typeof NUMBER_GROUPS, extra?: ReactNode) => (
    <fieldset className={`${fieldset} space-y-4`}>
      <legend className={legend}>{t(`groups.${key}`)}</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        {NUMBER_GROUPS[key].map(number)}
        {extra}
      </div>
    </fieldset>
  );

  return (
    <form
      id="parcel-form"
      key={state?.attempt ?? 0}
      action={formAction}
      encType="multipart/form-data"
      noValidate
      className="space-y-8"
    >
      <ErrorSummary title={title} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="parcel" value={parcel?.code ?? ""} />
      {parcel ? <input type="hidden" name="version" value={parcel.version} /> : null}
      <p className="max-w-3xl text-muted">{t("numbersHint", { example: locale === "vi" ? "1,5" : "1.5" })}</p>

      <fieldset className={`${fieldset} space-y-4`}>
        <legend className={legend}>{t("groups.identity")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="code" label={labels.code as string} hint={t("codeHint")} error={fieldError("code")}>
            {(control) => (
              <TextInput
                {...control}
                name="code"
                autoComplete="off"
                spellCheck={false}
                maxLength={20}
                required
                defaultValue={value("code")}
                className="max-w-xs uppercase"
              />
            )}
          </Field>
          {select("hub")}
          {select("landUse")}
          {select("locationType")}
          {parcel ? (
            <div>
              <input type="hidden" name="status" value={value("status")} />
              <p className="font-medium text-brand-900">{labels.status}</p>
              <p className="mt-1">
                {options.statuses.find((status) => status.slug === value("status"))?.label ?? "—"}{" "}
                <a href="#status-change" className="font-semibold text-brand-700 underline underline-offset-4">
                  {t("statusElsewhere")}
                </a>
              </p>
            </div>
          ) : (
            select("status")
          )}
        </div>
      </fieldset>

      {group("land", select("rentBasis"))}
      {group("utilities", select("dischargeStandard"))}
      {group("planning")}
      {group("distances")}

      <fieldset id="sectors" tabIndex={-1} className={fieldset}>
        <legend className={legend}>{labels.sectors}</legend>
        {fieldError("sectors") ? <p className="mb-3 font-semibold text-red-800">{fieldError("sectors")}</p> : null}
        <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
          {options.sectors.map((sector) => (
            <div key={sector.slug} className="flex min-h-11 items-start gap-3">
              <input
                id={`sectors-${sector.slug}`}
                name="sectors"
                type="checkbox"
                value={sector.slug}
                defaultChecked={chosenSectors.has(sector.slug)}
                className="mt-1 size-5 shrink-0"
              />
              <label htmlFor={`sectors-${sector.slug}`} lang={sector.lang === locale ? undefined : sector.lang}>
                {sector.name}
              </label>
            </div>
          ))}
        </div>
      </fieldset>

      <section aria-labelledby="texts-heading" className="space-y-4">
        <h2 id="texts-heading" className="text-xl font-bold text-brand-900">
          {t("groups.texts")}
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          {LANGUAGES.map((lang) => (
            <fieldset key={lang} className={`${fieldset} min-w-0 space-y-4`}>
              <legend className={legend}>{t(`languages.${lang}`)}</legend>
              {(["description", "notes"] as const).map((kind) => {
                const name = `${kind}.${lang}`;
                return (
                  <Field key={name} id={name} label={labels[name] as string} error={fieldError(name)}>
                    {(control) => (
                      <TextArea
                        {...control}
                        name={name}
                        lang={lang}
                        rows={kind === "description" ? 5 : 3}
                        maxLength={options.maxText}
                        required={kind === "description"}
                        defaultValue={value(name)}
                      />
                    )}
                  </Field>
                );
              })}
            </fieldset>
          ))}
        </div>
      </section>

      <fieldset className={`${fieldset} space-y-4`}>
        <legend className={legend}>{t("groups.verification")}</legend>
        <Field
          id="lastVerifiedOn"
          label={labels.lastVerifiedOn as string}
          hint={t("lastVerifiedHint")}
          error={fieldError("lastVerifiedOn")}
        >
          {(control) => (
            <TextInput
              {...control}
              name="lastVerifiedOn"
              type="date"
              required
              defaultValue={value("lastVerifiedOn")}
              className="max-w-xs"
            />
          )}
        </Field>
        <div>
          {fieldError("isSample") ? <p className="mb-2 font-semibold text-red-800">{fieldError("isSample")}</p> : null}
          <div className="flex min-h-11 items-start gap-3">
            <input
              id="isSample"
              name="isSample"
              type="checkbox"
              value="on"
              defaultChecked={value("isSample") === "on" || value("isSample") === "true"}
              aria-describedby="isSample-hint"
              className="mt-1 size-5 shrink-0"
            />
            <label htmlFor="isSample">{labels.isSample}</label>
          </div>
          <p id="isSample-hint" className="pl-8 text-sm text-muted">
            {t("isSampleHint")}
          </p>
        </div>
      </fieldset>

      <fieldset className={`${fieldset} space-y-4`}>
        <legend className={legend}>{t("groups.boundary")}</legend>
        <Field
          id="geometry"
          label={labels.geometry as string}
          hint={parcel ? t("geometryHintEdit") : t("geometryHint")}
          error={fieldError("geometry")}
        >
          {(control) => (
            <TextArea
              {...control}
              ref={geometry}
              name="geometry"
              rows={8}
              spellCheck={false}
              autoComplete="off"
              className="font-mono text-sm"
              defaultValue={value("geometry")}
            />
          )}
        </Field>
        <Field id="geometryFile" label={t("fields.geometryFile")} hint={t("geometryFileHint")}>
          {(control) => (
            <input
              {...control}
              name="geometryFile"
              type="file"
              accept=".geojson,.json,application/geo+json,application/json"
              onChange={readFile}
              className="mt-1 block min-h-11 text-base"
            />
          )}
        </Field>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <SubmitButton name="intent" value="preview" variant="secondary" aria-describedby="preview-hint">
            {t("previewButton")}
          </SubmitButton>
          <p id="preview-hint" className="text-sm text-muted">
            {t("previewHint")}
          </p>
        </div>
        {previewed ? (
          <p
            role="status"
            className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 font-medium text-green-900"
          >
            {t("preview.ok")}
          </p>
        ) : null}
        {drawn ? (
          <BoundaryMap
            polygon={drawn}
            outline={hubOutline}
            title={previewed ? t("preview.title") : t("preview.storedTitle")}
            description={mapDescription}
          />
        ) : null}
      </fieldset>

      <div className="border-t border-brand-100 pt-6">
        <SubmitButton name="intent" value="save">
          {parcel ? t("save") : t("create")}
        </SubmitButton>
      </div>
    </form>
  );
}
