import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import type { PostSummary } from "@/server/posts/read-posts";
import { asLocale } from "../news/as-locale";
import { KindBadge } from "../news/kind-badge";
import { InOtherLanguage } from "../news/news-item";
import { PostDate } from "../news/post-dates";
import { SectionHeading } from "../ui/section-heading";

/** The latest three posts, each a card with its kind, date, title and summary; a short line when there are none. */
export async function LatestNews({ locale, posts }: { locale: string; posts: PostSummary[] }) {
  const t = await getTranslations({ locale: asLocale(locale), namespace: "News.home" });
  return (
    <section aria-labelledby="latest-news">
      <div className="mx-auto max-w-6xl px-4 py-16">
        <SectionHeading id="latest-news" title={t("heading")} />
        {posts.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="grid gap-6 md:grid-cols-3">
            {posts.map((post) => {
              const lang = post.lang === locale ? undefined : post.lang;
              return (
                <li
                  key={post.id}
                  className="flex flex-col gap-3 rounded-lg border border-brand-100 bg-white p-6 shadow-sm"
                >
                  <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
                    <KindBadge kind={post.kind} locale={locale} />
                    <PostDate at={post.publishedAt} locale={locale} />
                    <InOtherLanguage lang={post.lang} locale={locale} />
                  </p>
                  <h3 lang={lang} className="text-xl font-bold text-brand-900">
                    <Link
                      href={localePath(locale, `/news/${post.slug}`)}
                      className="underline underline-offset-4 hover:no-underline"
                    >
                      {post.title}
                    </Link>
                  </h3>
                  <p lang={lang} className="line-clamp-4 text-ink">
                    {post.summary}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
        <p className="mt-8">
          <Link
            href={localePath(locale, "/news")}
            className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("all")}
          </Link>
        </p>
      </div>
    </section>
  );
}
