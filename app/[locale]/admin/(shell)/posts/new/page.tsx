import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { PostEditor } from "@/components/admin/posts/post-editor";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { requirePagePermission } from "@/server/admin/page-permission";
import { savePostAction } from "../actions";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.posts.form" });
  return { title: t("newTitle") };
}

export default async function NewPostPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  await requirePagePermission(locale, "post:write", "/admin/posts/new");
  const [t, tp, query] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.form" }),
    getTranslations({ locale, namespace: "Admin.posts" }),
    searchParams,
  ]);
  return (
    <>
      <p className="mb-4">
        <a href={localePath(locale, "/admin/posts")} className="text-brand-700 underline underline-offset-4">
          {t("back")}
        </a>
      </p>
      <PageHeader title={t("newTitle")} intro={tp("intro")} />
      <div className="max-w-6xl">
        <PostEditor
          action={savePostAction}
          locale={locale}
          savedCover={null}
          pagePath={localePath(locale, "/admin/posts/new")}
          query={{ coverImage: first(query.coverImage), imageError: first(query.imageError) }}
        />
      </div>
    </>
  );
}
