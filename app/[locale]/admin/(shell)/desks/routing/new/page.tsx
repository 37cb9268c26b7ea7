import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { RoutingRuleForm } from "@/components/admin/routing-rule-form";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { routingFormOptions } from "@/server/routing/routing-form-options";
import { createRoutingRuleAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.routing.newPage" });
  return { title: t("title") };
}

export default async function NewRoutingRulePage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "routing:manage", "/admin/desks/routing/new");
  const [t, options] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.routing" }),
    routingFormOptions(locale),
  ]);
  return (
    <>
      <p className="mb-4">
        <a href={localePath(locale, "/admin/desks/routing")} className="text-brand-700 underline underline-offset-4">
          {t("backToList")}
        </a>
      </p>
      <PageHeader title={t("newPage.title")} intro={t("newPage.intro")} />
      <div className="max-w-3xl rounded-lg border border-brand-100 bg-white p-5 sm:p-8">
        <RoutingRuleForm action={createRoutingRuleAction} locale={locale} {...options} />
      </div>
    </>
  );
}
