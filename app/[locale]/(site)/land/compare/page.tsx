import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CompareTable } from "@/components/parcels/compare-table";
import { SampleNotice } from "@/components/parcels/sample-notice";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { localePath } from "@/lib/paths";
import { parseParcelSearch } from "@/lib/schemas/parcel-search";
import { getParcels } from "@/server/parcels/get-parcel";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Rendered per request: the page reads its query (and so do the language
// links). It reads nothing personal, so the front door lets a shared cache
// keep it briefly like the prerendered pages (lib/cache-control.ts).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: "Compare" }), getSiteSettings(locale)]);
  return {
    ...pageMetadata({
      locale,
      path: "/land/compare",
      title: t("metaTitle"),
      description: t("metaDescription"),
      brandName: settings.brandName,
    }),
    robots: { index: false },
  };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { codes } = await searchParams;
  const requested = parseParcelSearch({ compare: codes }).search.compare;
  const [parcels, t] = await Promise.all([getParcels(requested, locale), getTranslations("Compare")]);
  const unknown = requested.filter((code) => !parcels.some((p) => p.code === code));
  return (
    <div className="mx-auto max-w-7xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <div className="mt-4 max-w-3xl space-y-3">
        {unknown.length > 0 ? (
          <p role="status" className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
            {t("unknown", { codes: unknown.join(", ") })}
          </p>
        ) : null}
        {parcels.length >= 2 ? (
          <p className="text-lg text-muted">{t("intro")}</p>
        ) : (
          <p className="text-lg">{t("tooFew")}</p>
        )}
        {parcels.some((p) => p.isSample) ? <SampleNotice /> : null}
      </div>
      {parcels.length >= 2 ? (
        <div className="mt-6">
          <CompareTable locale={locale} parcels={parcels} />
        </div>
      ) : null}
      {/* A plain link: a search of the catalogue is its own cached page (proxy.ts). */}
      <a
        href={localePath(
          locale,
          parcels.length > 0 ? `/land?compare=${parcels.map((p) => p.code).join(",")}` : "/land",
        )}
        className="mt-6 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
      >
        {t("back")}
      </a>
    </div>
  );
}
