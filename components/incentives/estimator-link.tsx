import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";

/** "Estimate the incentives for a project here": the estimator with the parcel filled in. */
export async function EstimatorLink({ locale, parcel }: { locale: string; parcel: string }) {
  const t = await getTranslations("Estimator");
  return (
    <Link
      href={localePath(locale, `/incentives/estimate?parcel=${encodeURIComponent(parcel)}`)}
      className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4 hover:no-underline"
    >
      {t("parcelLink")}
    </Link>
  );
}
