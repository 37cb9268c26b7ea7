import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContentEntriesTable, canAdd } from "@/components/admin/content/content-tables";
import { DoneNotice } from "@/components/admin/done-notice";
import { PageHeader } from "@/components/admin/page-header";
import { LinkButton } from "@/components/ui/link-button";
import { localeOf } from "@/i18n/routing";
import { isContentKind } from "@/lib/content/kinds";
import { publicPathOf } from "@/lib/content/public-paths";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { listEntries } from "@/server/content/admin-content";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind } = await params;
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.content" });
  return { title: isContentKind(kind) ? t(`kinds.${kind}.name` as "title") : t("title") };
}

export default async function ContentKindPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { kind } = await params;
  await requirePagePermission(
    locale,
    "content:edit",
    isContentKind(kind) ? `/admin/content/${kind}` : "/admin/content",
  );
  if (!isContentKind(kind)) notFound();
  const [t, entries, query] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.content" }),
    listEntries(kind),
    searchParams,
  ]);
  // The public page of each published entry, from its published document.
  const publicPaths = Object.fromEntries(
    entries.map((entry) => [entry.id, entry.published ? publicPathOf(kind, entry.key, entry.published) : null]),
  );
  const name = t(`kinds.${kind}.name` as "title");
  const done = first(query.done) === "deleted" ? t("done.deleted") : null;
  return (
    <>
      {done ? <DoneNotice message={done} /> : null}
      <p className="mb-4">
        <a href={localePath(locale, "/admin/content")} className="text-brand-700 underline underline-offset-4">
          {t("list.backToIndex")}
        </a>
      </p>
      <PageHeader title={name} intro={t(`kinds.${kind}.intro` as "title")}>
        {canAdd(kind) || entries.length === 0 ? (
          <LinkButton variant="solid" href={localePath(locale, `/admin/content/${kind}/new`)}>
            {t("list.add", { kind: name })}
          </LinkButton>
        ) : null}
      </PageHeader>
      {entries.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ContentEntriesTable locale={locale} kind={kind} entries={entries} publicPaths={publicPaths} />
      )}
    </>
  );
}
