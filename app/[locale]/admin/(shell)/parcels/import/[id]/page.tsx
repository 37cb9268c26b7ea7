import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportStatus } from "@/components/admin/parcel-import/import-status";
import { localeOf } from "@/i18n/routing";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getParcelImport } from "@/server/parcels/parcel-import";
import { applyParcelImportAction, recheckParcelImportAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.parcelImport" });
  return { title: t("title") };
}

export default async function ParcelImportStatusPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { id } = await params;
  await requirePagePermission(locale, "parcel:manage", `/admin/parcels/import/${id}`);
  const [imported, query] = await Promise.all([getParcelImport(id), searchParams]);
  if (!imported) notFound();
  return (
    <ImportStatus
      locale={locale}
      imported={imported}
      notice={first(query.notice)}
      show={first(query.show)}
      page={Number.parseInt(first(query.page) ?? "1", 10) || 1}
      actions={{ apply: applyParcelImportAction, recheck: recheckParcelImportAction }}
    />
  );
}
