import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DoneNotice } from "@/components/admin/done-notice";
import { PageHeader } from "@/components/admin/page-header";
import { Pagination } from "@/components/admin/pagination";
import { PostFilter, PostTable } from "@/components/admin/posts/post-table";
import { LinkButton } from "@/components/ui/link-button";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { POST_STATUSES } from "@/lib/posts/workflow";
import { requirePagePermission } from "@/server/admin/page-permission";
import { actorCan } from "@/server/auth/require-permission";
import { listPosts, POSTS_PAGE_SIZE } from "@/server/posts/admin-posts";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.posts" });
  return { title: t("title") };
}

export default async function PostsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const actor = await requirePagePermission(locale, "post:write", "/admin/posts");
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: "Admin.posts" }), searchParams]);
  const status = POST_STATUSES.find((code) => code === first(query.status));
  const canReview = actorCan(actor, "post:publish");
  const review = canReview && first(query.review) === "mine";
  const page = Math.max(1, Math.min(10_000, Number.parseInt(first(query.page) ?? "1", 10) || 1));
  const { rows, total } = await listPosts({ status, reviewFor: review ? actor.userId : undefined, page });
  const pages = Math.max(1, Math.ceil(total / POSTS_PAGE_SIZE));
  const hrefFor = (p: number) => {
    const search = new URLSearchParams();
    if (status) search.set("status", status);
    if (review) search.set("review", "mine");
    if (p > 1) search.set("page", String(p));
    const text = search.toString();
    return localePath(locale, text ? `/admin/posts?${text}` : "/admin/posts");
  };
  const done = first(query.done) === "archive" ? t("done.archive") : null;
  return (
    <>
      {done ? <DoneNotice message={done} /> : null}
      <PageHeader title={t("title")} intro={t("intro")}>
        <LinkButton variant="solid" href={localePath(locale, "/admin/posts/new")}>
          {t("list.new")}
        </LinkButton>
      </PageHeader>
      <PostFilter locale={locale} status={review ? undefined : status} review={review} canReview={canReview} />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-brand-100 bg-white p-5">{t("list.empty")}</p>
      ) : (
        <PostTable
          locale={locale}
          rows={rows}
          caption={t(review ? "list.captionReview" : "list.caption", { count: total })}
        />
      )}
      <Pagination
        page={Math.min(page, pages)}
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
