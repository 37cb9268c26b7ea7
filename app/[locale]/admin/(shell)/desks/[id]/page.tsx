import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { DeskForm } from "@/components/admin/desk-form";
import { DoneNotice } from "@/components/admin/done-notice";
import { PageHeader } from "@/components/admin/page-header";
import { StatusBadge } from "@/components/admin/status-badge";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { actorCan } from "@/server/auth/require-permission";
import { getDefaultDesk, getDesk, listDeskMemberCandidates } from "@/server/desks/read-desks";
import { updateDeskAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = ["created", "updated", "deactivated"] as const;
const idOf = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.desks" });
  return { title: t("detail.metaTitle") };
}

export default async function DeskPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { id: raw } = await params;
  const id = idOf(raw);
  const actor = await requirePagePermission(locale, "desk:manage", id === null ? "/admin/desks" : `/admin/desks/${id}`);
  if (id === null) notFound();
  const [t, desk, candidates, currentDefault, query] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.desks" }),
    getDesk(id),
    listDeskMemberCandidates(),
    getDefaultDesk(),
    searchParams,
  ]);
  if (!desk) notFound();
  const done = DONE.find((key) => key === first(query.done));
  const name = locale === "vi" ? desk.nameVi : desk.nameEn;
  return (
    <>
      <p className="mb-4">
        <a href={localePath(locale, "/admin/desks")} className="text-brand-700 underline underline-offset-4">
          {t("backToList")}
        </a>
      </p>
      {done ? <DoneNotice message={t(`done.${done}`, { count: desk.openInquiries })} /> : null}
      <PageHeader title={name} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="facts-heading" className="self-start rounded-lg border border-brand-100 bg-white p-5">
          <h2 id="facts-heading" className="text-xl font-bold text-brand-900">
            {t("detail.facts")}
          </h2>
          <dl className="mt-3 divide-y divide-brand-100">
            <Fact term={t("detail.slug")}>
              <code className="break-all">{desk.slug}</code>
            </Fact>
            <Fact term={t("columns.status")}>
              <span className="flex flex-wrap gap-1">
                {desk.active ? (
                  <StatusBadge tone="on">{t("status.active")}</StatusBadge>
                ) : (
                  <StatusBadge tone="off">{t("status.inactive")}</StatusBadge>
                )}
                {desk.isDefault ? <StatusBadge tone="wait">{t("status.default")}</StatusBadge> : null}
              </span>
            </Fact>
            <Fact term={t("columns.members")}>{desk.members}</Fact>
            <Fact term={t("columns.openInquiries")}>{desk.openInquiries}</Fact>
            <Fact term={t("detail.rules")}>
              {desk.rules}
              {actorCan(actor, "routing:manage") ? (
                <>
                  {" "}
                  <a
                    href={localePath(locale, "/admin/desks/routing")}
                    className="text-brand-700 underline underline-offset-4"
                  >
                    {t("detail.rulesLink")}
                  </a>
                </>
              ) : null}
            </Fact>
          </dl>
        </section>
        <section aria-labelledby="edit-heading" className="rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
          <h2 id="edit-heading" className="mb-4 text-xl font-bold text-brand-900">
            {t("detail.edit")}
          </h2>
          <DeskForm
            action={updateDeskAction}
            locale={locale}
            candidates={candidates}
            desk={desk}
            currentDefault={currentDefault ? (locale === "vi" ? currentDefault.nameVi : currentDefault.nameEn) : null}
          />
        </section>
      </div>
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)] gap-3 py-2">
      <dt className="font-medium text-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
