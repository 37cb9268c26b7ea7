import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmCard } from "@/components/admin/confirm-card";
import { PageHeader } from "@/components/admin/page-header";
import { RoutingRuleForm } from "@/components/admin/routing-rule-form";
import { StaffActionForm } from "@/components/admin/staff-action-form";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getRoutingRule } from "@/server/routing/list-routing-rules";
import { routingFormOptions } from "@/server/routing/routing-form-options";
import { deleteRoutingRuleAction, updateRoutingRuleAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const idOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.routing.editPage" });
  return { title: t("metaTitle") };
}

export default async function RoutingRulePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { id: raw } = await params;
  const id = idOf(raw);
  await requirePagePermission(
    locale,
    "routing:manage",
    id === null ? "/admin/desks/routing" : `/admin/desks/routing/${id}`,
  );
  if (id === null) notFound();
  const [t, rule, options, query] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.routing" }),
    getRoutingRule(id),
    routingFormOptions(locale),
    searchParams,
  ]);
  if (!rule) notFound();
  const page = localePath(locale, `/admin/desks/routing/${id}`);
  return (
    <>
      <p className="mb-4">
        <a href={localePath(locale, "/admin/desks/routing")} className="text-brand-700 underline underline-offset-4">
          {t("backToList")}
        </a>
      </p>
      <PageHeader title={t("editPage.title", { position: rule.position })} />
      <div className="max-w-3xl space-y-8">
        <div className="rounded-lg border border-brand-100 bg-white p-5 sm:p-8">
          <RoutingRuleForm action={updateRoutingRuleAction} locale={locale} {...options} rule={rule} />
        </div>
        <ConfirmCard
          id="delete"
          heading={t("delete.heading")}
          body={t("delete.body")}
          start={t("delete.start")}
          question={t("delete.question", { position: rule.position })}
          cancel={t("delete.cancel")}
          startHref={`${page}?confirm=delete#delete`}
          cancelHref={`${page}#delete`}
          confirming={first(query.confirm) === "delete"}
        >
          <StaffActionForm
            action={deleteRoutingRuleAction}
            locale={locale}
            id={rule.id}
            buttonId="delete-submit"
            submit={t("delete.submit")}
            variant="danger"
          />
        </ConfirmCard>
      </div>
    </>
  );
}
