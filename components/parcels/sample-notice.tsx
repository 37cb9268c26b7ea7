import { getTranslations } from "next-intl/server";

export async function SampleNotice() {
  const t = await getTranslations("Parcels");
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
      <strong className="font-semibold">{t("sample")}:</strong> {t("sampleNotice")}
    </p>
  );
}
