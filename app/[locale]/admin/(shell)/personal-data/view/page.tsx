import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PersonalDataRecord } from "@/components/admin/personal-data-record";
import { localeOf } from "@/i18n/routing";
import { personalDataLookupSchema } from "@/lib/schemas/personal-data";
import { requirePagePermission } from "@/server/admin/page-permission";
import { exportPersonalData } from "@/server/privacy/personal-data";
import { getSiteSettings } from "@/server/site/get-site-settings";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.personalData.view" });
  return { title: t("metaTitle") };
}

/** What the portal holds about a person, readable and printable; opening it is recorded as an export. */
export default async function PersonalDataRecordPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const actor = await requirePagePermission(locale, "personal-data:manage", "/admin/personal-data");
  const { email } = await searchParams;
  const lookup = personalDataLookupSchema.safeParse({ email: Array.isArray(email) ? email[0] : email });
  if (!lookup.success) notFound();
  const [data, settings] = await Promise.all([
    exportPersonalData({ actor, email: lookup.data.email, format: "page", locale }),
    getSiteSettings(locale),
  ]);
  return (
    <PersonalDataRecord locale={locale} data={data} controller={settings.authorityName} generatedAt={new Date()} />
  );
}
