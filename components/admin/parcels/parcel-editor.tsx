import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { dischargeStandards, landUseSlugs, locationTypes, parcelStatusSlugs, rentBases } from "@/lib/parcels";
import { MAX_DESCRIPTION } from "@/lib/schemas/parcel-record";
import { parcelFormChoices } from "@/server/parcels/admin-parcels";
import { ParcelForm, type ParcelFormParcel } from "./parcel-form";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

/** The parcel form with what it offers: hubs (and their outlines), sectors and every vocabulary. */
export async function ParcelEditor({
  action,
  locale,
  parcel,
}: {
  action: Action;
  locale: Locale;
  parcel?: ParcelFormParcel;
}) {
  const [choices, vocabularies] = await Promise.all([parcelFormChoices(locale), parcelVocabularies(locale)]);
  return (
    <div className="rounded-lg border border-brand-100 bg-white p-3 sm:p-8">
      <ParcelForm
        action={action}
        locale={locale}
        parcel={parcel}
        options={{
          ...choices,
          ...vocabularies,
          rentBases: Object.keys(rentBases),
          dischargeStandards: Object.keys(dischargeStandards),
          maxText: MAX_DESCRIPTION,
        }}
      />
    </div>
  );
}

/** Land uses, location types and statuses named as the public site names them, for the back office's client forms. */
export async function parcelVocabularies(locale: Locale) {
  const tp = await getTranslations({ locale, namespace: "Parcels" });
  return {
    landUses: landUseSlugs.map((slug) => ({ slug, label: tp(`landUse.${slug}`) })),
    locationTypes: (Object.keys(locationTypes) as (keyof typeof locationTypes)[]).map((slug) => ({
      slug,
      label: tp(`locationType.${slug}`),
    })),
    statuses: parcelStatusSlugs.map((slug) => ({ slug, label: tp(`status.${slug}`) })),
  };
}
