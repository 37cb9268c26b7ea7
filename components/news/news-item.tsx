import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import type { PostSummary } from "@/server/posts/read-posts";
import { PostImage } from "../posts/post-image";
import { asLocale } from "./as-locale";
import { KindBadge } from "./kind-badge";
import { EventTime, PostDate } from "./post-dates";

/** The "in Vietnamese" marker of a text shown in place of a missing translation. */
export async function InOtherLanguage({ lang, locale }: { lang: string; locale: string }) {
  if (lang === locale) return null;
  const t = await getTranslations({ locale: asLocale(locale), namespace: "News" });
  return (
    <span className="inline-flex items-center rounded border border-gray-500 bg-white px-2 py-0.5 text-sm">
      {t("inVietnamese")}
    </span>
  );
}

/** One post in a list: kind, title (the link), date, event facts, summary and cover. */
export async function NewsItem({
  post,
  locale,
  headingLevel = 2,
}: {
  post: PostSummary;
  locale: string;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale: asLocale(locale), namespace: "News.list" });
  const lang = post.lang === locale ? undefined : post.lang;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex flex-col gap-4 border-b border-brand-100 py-6 sm:flex-row">
      <div className="min-w-0 flex-1 space-y-2">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
          <KindBadge kind={post.kind} locale={locale} />
          <PostDate at={post.publishedAt} locale={locale} />
          <InOtherLanguage lang={post.lang} locale={locale} />
        </p>
        <Heading lang={lang} className="text-xl font-bold text-brand-900">
          <Link
            href={localePath(locale, `/news/${post.slug}`)}
            className="underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700"
          >
            {post.title}
          </Link>
        </Heading>
        {post.kind === "EVENT" && post.eventStartsAt ? (
          <p className="text-brand-900">
            {t.rich("event", {
              date: () => (
                <EventTime startsAt={post.eventStartsAt as string} endsAt={post.eventEndsAt} locale={locale} />
              ),
            })}
            {post.place ? (
              <>
                {" · "}
                <span>{t.rich("place", { place: () => <span lang={lang}>{post.place}</span> })}</span>
              </>
            ) : null}
          </p>
        ) : null}
        <p lang={lang} className="max-w-prose">
          {post.summary}
        </p>
      </div>
      {post.cover ? (
        <PostImage
          image={post.cover}
          alt={post.imageAlt}
          sizes="(min-width: 40rem) 12rem, calc(100vw - 2rem)"
          className="aspect-[3/2] h-auto w-full shrink-0 rounded bg-brand-50 object-cover sm:w-48"
        />
      ) : null}
    </article>
  );
}
