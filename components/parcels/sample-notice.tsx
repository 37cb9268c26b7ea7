import { getTranslations } from "next-intl/server";

export async function SampleNotice() {
  const t = await getTranslations("Parcels");
  return (
    <p className="sample-notice">
      <strong>{t("sample")}:</strong> {t("sampleNotice")}
    </p>
  );
}
