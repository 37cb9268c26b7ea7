import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentList } from "@/components/documents/document-list";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { listDocumentGroups } from "@/server/documents/list-documents";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Prerendered, regenerated when a legal document (or its file) is published (tag).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([
    getTranslations({ locale, namespace: "Documents" }),
    getSiteSettings(locale),
  ]);
  return pageMetadata({
    locale,
    path: "/documents",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export default async function DocumentsPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  return <DocumentList locale={locale} groups={await listDocumentGroups()} />;
}
