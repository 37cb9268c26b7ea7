import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { ParcelListFilter, ParcelTable } from "@/components/admin/parcels/parcel-table";
import { LinkButton } from "@/components/ui/link-button";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { adminParcelQueryString, parseAdminParcelQuery } from "@/lib/schemas/parcel-admin";
import { requirePagePermission } from "@/server/admin/page-permission";
import { ADMIN_PARCELS_PAGE_SIZE, listAdminParcels, parcelFormChoices } from "@/server/parcels/admin-parcels";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.parcels" });
  return { title: t("title") };
}

export default async function ParcelsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "parcel:manage", "/admin/parcels");
  const [t, raw] = await Promise.all([getTranslations({ locale, namespace: "Admin.parcels" }), searchParams]);
  const query = parseAdminParcelQuery(raw, locale);
  const [{ rows, total }, choices] = await Promise.all([listAdminParcels(query), parcelFormChoices(locale)]);
  const pages = Math.max(1, Math.ceil(total / ADMIN_PARCELS_PAGE_SIZE));
  const hrefFor = (page: number) => localePath(locale, `/admin/parcels${adminParcelQueryString(query, page)}`);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        <LinkButton variant="solid" href={localePath(locale, "/admin/parcels/new")}>
          {t("list.new")}
        </LinkButton>
        <LinkButton variant="light" href={localePath(locale, "/admin/parcels/import")}>
          {t("list.import")}
        </LinkButton>
      </PageHeader>
      <ParcelListFilter locale={locale} query={query} hubs={choices.hubs} sectors={choices.sectors} />
      {query.issues.length > 0 ? (
        <p role="status" className="mb-4 rounded-md border-l-4 border-gold-400 bg-amber-50 p-4 text-amber-950">
          {t("list.issues")}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-lg border border-brand-100 bg-white p-5">{t("list.empty")}</p>
      ) : (
        <ParcelTable locale={locale} rows={rows} hubs={choices.hubs} caption={t("list.caption", { count: total })} />
      )}
      <Pagination
        page={Math.min(query.search.page, pages)}
        pages={pages}
        hrefFor={hrefFor}
        texts={{
          label: t("list.pages"),
          previous: t("list.previous"),
          next: t("list.next"),
          page: (p) => t("list.page", { page: p }),
        }}
      />
    </>
  );
}
