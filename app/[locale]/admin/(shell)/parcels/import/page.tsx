import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { ImportUploadForm, RecentImports } from "@/components/admin/parcel-import/import-upload";
import { localeOf } from "@/i18n/routing";
import { requirePagePermission } from "@/server/admin/page-permission";
import { listParcelImports } from "@/server/parcels/parcel-import";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const UPLOAD_ERRORS = ["fileMissing", "fileTooLarge", "notUtf8"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.parcelImport" });
  return { title: t("title") };
}

export default async function ParcelImportPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "parcel:manage", "/admin/parcels/import");
  const [t, query, imports] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.parcelImport" }),
    searchParams,
    listParcelImports(),
  ]);
  const error = UPLOAD_ERRORS.find((key) => key === query.error);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <ImportUploadForm locale={locale} error={error} />
      <RecentImports locale={locale} imports={imports} />
    </>
  );
}
