import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeskTable } from "@/components/admin/desk-table";
import { PageHeader } from "@/components/admin/page-header";
import { LinkButton } from "@/components/ui/link-button";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { actorCan } from "@/server/auth/require-permission";
import { listDeskSummaries } from "@/server/desks/read-desks";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.desks" });
  return { title: t("title") };
}

export default async function DesksPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const actor = await requirePagePermission(locale, "desk:manage", "/admin/desks");
  const [t, desks] = await Promise.all([getTranslations({ locale, namespace: "Admin.desks" }), listDeskSummaries()]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <LinkButton href={localePath(locale, "/admin/desks/new")} variant="solid">
          {t("add")}
        </LinkButton>
        {actorCan(actor, "routing:manage") ? (
          <LinkButton href={localePath(locale, "/admin/desks/routing")} variant="light">
            {t("routingLink")}
          </LinkButton>
        ) : null}
      </PageHeader>
      {desks.length === 0 ? <p className="max-w-3xl">{t("empty")}</p> : <DeskTable locale={locale} desks={desks} />}
    </>
  );
}
