import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DoneNotice } from "@/components/admin/done-notice";
import { PageHeader } from "@/components/admin/page-header";
import { PostEditor } from "@/components/admin/posts/post-editor";
import { PostHistory } from "@/components/admin/posts/post-history";
import { publicPostPath } from "@/components/admin/posts/post-table";
import { WorkflowPanel } from "@/components/admin/posts/workflow-panel";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { postIdOf } from "@/lib/posts/restore-schema";
import { postDocToFormValues } from "@/lib/posts/schema";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getPostDetail, postHistory } from "@/server/posts/admin-posts";
import { savePostAction, transitionPostAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = [
  "created",
  "saved",
  "unchanged",
  "submit",
  "approve",
  "reject",
  "publish",
  "schedule",
  "unschedule",
  "archive",
  "restored",
] as const;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.posts.form" });
  const post = postIdOf(id) === null ? null : await getPostDetail(Number(id));
  return { title: t("editTitle", { title: post?.doc.texts.vi?.title ?? "" }) };
}

export default async function EditPostPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const id = postIdOf((await params).id);
  const actor = await requirePagePermission(locale, "post:write", id === null ? "/admin/posts" : `/admin/posts/${id}`);
  if (id === null) notFound();
  const [t, td, post, events, query] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.form" }),
    getTranslations({ locale, namespace: "Admin.posts.done" }),
    getPostDetail(id),
    postHistory(id),
    searchParams,
  ]);
  if (!post) notFound();
  const title = post.doc.texts.vi?.title ?? "";
  const pagePath = localePath(locale, `/admin/posts/${id}`);
  const done = DONE.find((key) => key === first(query.done));
  const publicHref = post.live ? publicPostPath(locale, post.slugs) : null;
  return (
    <>
      {done ? <DoneNotice message={td(done)} /> : null}
      <p className="mb-4">
        <a href={localePath(locale, "/admin/posts")} className="text-brand-700 underline underline-offset-4">
          {t("back")}
        </a>
      </p>
      <PageHeader title={t("editTitle", { title })} />
      <div className="max-w-6xl space-y-10">
        <WorkflowPanel
          locale={locale}
          actor={actor}
          post={post}
          title={title}
          action={transitionPostAction}
          confirming={first(query.confirm) === "archive"}
          pagePath={pagePath}
          publicHref={publicHref}
        />
        {post.status === "ARCHIVED" ? null : (
          <PostEditor
            action={savePostAction}
            locale={locale}
            post={{ id, version: post.version, values: postDocToFormValues(post.doc) }}
            savedCover={post.doc.coverImageId}
            pagePath={pagePath}
            query={{ coverImage: first(query.coverImage), imageError: first(query.imageError) }}
          />
        )}
        <PostHistory locale={locale} events={events} />
      </div>
    </>
  );
}
