import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProcedureView } from "@/components/procedure/procedure-view";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { loadProcedure } from "@/server/procedure/load-procedure";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Prerendered, regenerated when the procedure or the legal documents are published (tags).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([
    getTranslations({ locale, namespace: "Procedure" }),
    getSiteSettings(locale),
  ]);
  return pageMetadata({
    locale,
    path: "/procedure",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export default async function ProcedurePage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  return <ProcedureView locale={locale} procedure={await loadProcedure()} />;
}
