import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { RevisionTable } from "@/components/admin/posts/revision-table";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { postIdOf } from "@/lib/posts/restore-schema";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getPostDetail, listRevisions } from "@/server/posts/admin-posts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.posts.revisions" });
  const post = postIdOf(id) === null ? null : await getPostDetail(Number(id));
  return { title: t("title", { title: post?.doc.texts.vi?.title ?? "" }) };
}

export default async function PostRevisionsPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const id = postIdOf((await params).id);
  await requirePagePermission(locale, "post:write", id === null ? "/admin/posts" : `/admin/posts/${id}/revisions`);
  if (id === null) notFound();
  const [t, post, revisions] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.revisions" }),
    getPostDetail(id),
    listRevisions(id),
  ]);
  if (!post) notFound();
  const pagePath = localePath(locale, `/admin/posts/${id}`);
  return (
    <>
      <p className="mb-4">
        <a href={pagePath} className="text-brand-700 underline underline-offset-4">
          {t("back")}
        </a>
      </p>
      <PageHeader title={t("title", { title: post.doc.texts.vi?.title ?? "" })} intro={t("intro")} />
      <RevisionTable
        locale={locale}
        revisions={revisions}
        current={post.currentRevision}
        published={post.publishedRevision}
        pagePath={pagePath}
      />
    </>
  );
}
