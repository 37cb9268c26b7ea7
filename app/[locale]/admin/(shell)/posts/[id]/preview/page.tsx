import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PostArticle } from "@/components/news/post-article";
import { localeOf, routing } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { postIdOf } from "@/lib/posts/restore-schema";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getPostDetail, getRevision, previewPost } from "@/server/posts/admin-posts";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.posts.preview" });
  const post = postIdOf(id) === null ? null : await getPostDetail(Number(id));
  return { title: t("title", { title: post?.doc.texts.vi?.title ?? "" }) };
}

/**
 * A revision (the latest, or `?revision=N`) exactly as the public page will
 * show it once published, in every language one after the other: the same
 * component as the public page, fed from the revision instead of the
 * published rows.
 */
export default async function PostPreviewPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const id = postIdOf((await params).id);
  await requirePagePermission(locale, "post:write", id === null ? "/admin/posts" : `/admin/posts/${id}/preview`);
  if (id === null) notFound();
  const [t, tf, post, query] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.preview" }),
    getTranslations({ locale, namespace: "Admin.posts.form" }),
    getPostDetail(id),
    searchParams,
  ]);
  if (!post) notFound();
  const asked = first(query.revision);
  const number = asked === undefined ? post.currentRevision : postIdOf(asked);
  const revision = number === null ? null : await getRevision(id, number);
  if (!revision) notFound();
  // The date the public page will give it: the first publication's, if there was one.
  const previews = await Promise.all(
    routing.locales.map(async (lang) => ({
      lang,
      post: await previewPost({ id, doc: revision.doc, locale: lang, publishedAt: post.firstPublishedAt }),
    })),
  );
  const pagePath = localePath(locale, `/admin/posts/${id}`);
  const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4";
  return (
    <>
      <div
        role="region"
        aria-labelledby="preview-title"
        className="mb-8 rounded-md border-l-4 border-gold-400 bg-amber-50 p-4 text-amber-950"
      >
        <h1 id="preview-title" className="text-2xl font-bold text-brand-900">
          {t("title", { title: revision.doc.texts.vi?.title ?? "" })}
        </h1>
        <p className="mt-1 font-semibold">{t("banner", { number: revision.number })}</p>
        {post.publishedRevision === revision.number ? <p className="mt-1">{t("published")}</p> : null}
        <p className="mt-2 flex flex-wrap gap-x-6">
          <a href={pagePath} className={link}>
            {t("back")}
          </a>
          <a href={`${pagePath}/revisions`} className={link}>
            {t("revisions")}
          </a>
        </p>
      </div>
      <div className="space-y-12">
        {previews.map((preview) => (
          <section
            key={preview.lang}
            aria-labelledby={`preview-${preview.lang}`}
            className="rounded-lg border border-brand-100 bg-white"
          >
            <h2
              id={`preview-${preview.lang}`}
              className="border-b border-brand-100 bg-brand-50 px-4 py-3 text-lg font-semibold text-brand-900"
            >
              {t("language", { language: tf(preview.lang === "vi" ? "vi" : "en") })}
            </h2>
            {preview.post.lang !== preview.lang ? <p className="px-4 pt-4 text-muted">{t("fallback")}</p> : null}
            <div lang={preview.lang}>
              <PostArticle post={preview.post} locale={preview.lang} />
            </div>
          </section>
        ))}
      </div>
    </>
  );
}
