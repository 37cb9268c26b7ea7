import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DoneNotice } from "@/components/admin/done-notice";
import { PageHeader } from "@/components/admin/page-header";
import { SiteSettingsForm } from "@/components/admin/site-settings-form";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getEditableSiteSettings } from "@/server/site/update-site-settings";
import { updateSiteSettingsAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.settings" });
  return { title: t("title") };
}

export default async function SettingsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "settings:manage", "/admin/settings");
  const [t, settings, query] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.settings" }),
    getEditableSiteSettings(),
    searchParams,
  ]);
  const link = "font-semibold text-brand-700 underline underline-offset-4";
  return (
    <>
      {query.done === "updated" ? <DoneNotice message={t("done.updated")} /> : null}
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="rounded-lg border border-brand-100 bg-white p-5 sm:p-8">
          <SiteSettingsForm action={updateSiteSettingsAction} locale={locale} settings={settings} />
        </div>
        <section aria-labelledby="shown-heading" className="self-start rounded-lg border border-brand-100 bg-white p-5">
          <h2 id="shown-heading" className="text-xl font-bold text-brand-900">
            {t("shown.heading")}
          </h2>
          <ul className="mt-3 list-disc space-y-2 pl-5">
            <li>
              <a href={localePath(locale, "/inquire")} className={link}>
                {t("shown.inquire")}
              </a>
            </li>
            <li>
              <a href={localePath(locale, "/privacy")} className={link}>
                {t("shown.privacy")}
              </a>
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
