import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import type { PublicPost } from "@/lib/posts/public-post";
import { ContentDate } from "../content/content-facts";
import { PostImage } from "../posts/post-image";
import { Breadcrumbs } from "../ui/breadcrumbs";
import { asLocale } from "./as-locale";
import { KindBadge } from "./kind-badge";
import { EventTime, PostDate } from "./post-dates";

// The body is the sanitized HTML kept with the post (lib/posts/markdown.ts);
// these rules give it the site's typography without a stylesheet of its own.
const BODY = [
  "max-w-prose space-y-4 text-lg leading-relaxed",
  "[&_h2]:mt-8 [&_h2]:text-2xl [&_h2]:font-bold [&_h2]:text-brand-900",
  "[&_h3]:mt-6 [&_h3]:text-xl [&_h3]:font-bold [&_h3]:text-brand-900",
  "[&_h4]:mt-4 [&_h4]:font-bold [&_h4]:text-brand-900",
  "[&_a]:text-brand-700 [&_a]:underline [&_a]:underline-offset-4 [&_a:hover]:text-brand-950",
  "[&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-6",
  "[&_blockquote]:border-l-4 [&_blockquote]:border-gold-400 [&_blockquote]:pl-4 [&_blockquote]:italic",
  "[&_code]:rounded [&_code]:bg-brand-50 [&_code]:px-1 [&_code]:font-mono [&_code]:text-base",
  "[&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-brand-50 [&_pre]:p-4 [&_pre_code]:bg-transparent [&_pre_code]:p-0",
  "[&_table]:block [&_table]:max-w-full [&_table]:overflow-x-auto [&_table]:border-collapse [&_table]:text-base",
  "[&_th]:border [&_th]:border-brand-100 [&_th]:bg-brand-50 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left",
  "[&_td]:border [&_td]:border-brand-100 [&_td]:px-3 [&_td]:py-2 [&_td]:align-top",
  "[&_hr]:my-8 [&_hr]:border-brand-100 [&_img]:h-auto [&_img]:max-w-full [&_img]:rounded",
].join(" ");

const FACT_BOX = "mt-8 rounded border border-brand-100 bg-brand-50/60 p-5";
const LINK = "text-brand-700 underline underline-offset-4 hover:text-brand-950";

/**
 * One post as the public reads it: also what the back office previews for a
 * revision not yet published, so everything comes in `post` and nothing is
 * read here. Text in another language than the page's (a post with no
 * translation yet) is marked with its `lang` and a note saying so.
 */
export async function PostArticle({ post, locale }: { post: PublicPost; locale: string }) {
  const t = await getTranslations({ locale: asLocale(locale), namespace: "News.detail" });
  const foreign = post.lang !== locale;
  const lang = foreign ? post.lang : undefined;
  const published = post.publishedAt
    ? t.rich("published", { date: () => <PostDate at={post.publishedAt as string} locale={locale} /> })
    : t("notPublished");
  const updated = post.updatedAt
    ? t.rich("updated", { date: () => <PostDate at={post.updatedAt as string} locale={locale} /> })
    : null;
  const hasRelated = post.sectors.length + post.hubs.length + post.parcels.length > 0;

  return (
    <article className="mx-auto max-w-4xl px-4 py-10">
      <Breadcrumbs
        label={t("breadcrumbLabel")}
        trail={[{ href: localePath(locale, "/news"), text: t("breadcrumb") }]}
        current={post.title}
      />
      {foreign ? (
        <p className="mt-6 rounded border-l-4 border-gold-400 bg-amber-50 px-4 py-3">{t("inVietnamese")}</p>
      ) : null}

      <header className="mt-6 space-y-4">
        <KindBadge kind={post.kind} locale={locale} />
        <h1 lang={lang} className="text-3xl font-bold tracking-tight text-brand-950 sm:text-4xl">
          {post.title}
        </h1>
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-muted">
          <span>{published}</span>
          {updated ? <span>{updated}</span> : null}
        </p>
        <p lang={lang} className="max-w-prose text-xl leading-relaxed text-brand-900">
          {post.summary}
        </p>
      </header>

      {post.cover ? (
        <figure className="mt-8">
          <PostImage
            image={post.cover}
            alt={post.imageAlt}
            sizes="(min-width: 56rem) 54rem, calc(100vw - 2rem)"
            className="h-auto w-full rounded bg-brand-50"
            priority
          />
        </figure>
      ) : null}

      {post.kind === "EVENT" && post.eventStartsAt ? (
        <section aria-labelledby="post-event" className={FACT_BOX}>
          <h2 id="post-event" className="text-xl font-bold text-brand-900">
            {t("event.heading")}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("event.when")}</dt>
            <dd>
              <EventTime startsAt={post.eventStartsAt} endsAt={post.eventEndsAt} locale={locale} />{" "}
              <span className="text-muted">({t("event.timeZone")})</span>
            </dd>
            {post.place ? (
              <>
                <dt className="font-semibold">{t("event.place")}</dt>
                <dd lang={lang}>{post.place}</dd>
              </>
            ) : null}
            {post.registrationUrl ? (
              <>
                <dt className="font-semibold">{t("event.register")}</dt>
                <dd>
                  <a href={post.registrationUrl} rel="noopener noreferrer" className={LINK}>
                    {t("event.registerLink")}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {post.kind === "AGREEMENT" && (post.agreementDate || post.parties) ? (
        <section aria-labelledby="post-agreement" className={FACT_BOX}>
          <h2 id="post-agreement" className="text-xl font-bold text-brand-900">
            {t("agreement.heading")}
          </h2>
          <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            {post.agreementDate ? (
              <>
                <dt className="font-semibold">{t("agreement.date")}</dt>
                <dd>
                  <ContentDate date={post.agreementDate} locale={locale} />
                </dd>
              </>
            ) : null}
            {post.parties ? (
              <>
                <dt className="font-semibold">{t("agreement.parties")}</dt>
                <dd lang={lang} className="whitespace-pre-line">
                  {post.parties}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      {post.kind === "POLICY_UPDATE" && post.relatedContent ? (
        <section aria-labelledby="post-policy" className={FACT_BOX}>
          <h2 id="post-policy" className="text-xl font-bold text-brand-900">
            {t("policy.heading")}
          </h2>
          <p className="mt-2">
            {t("policy.changes")}{" "}
            <Link href={localePath(locale, post.relatedContent.href)} className={`font-semibold ${LINK}`}>
              {post.relatedContent.title}
            </Link>
          </p>
        </section>
      ) : null}

      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized against an allow-list when it was rendered (lib/posts/markdown.ts) */}
      <div lang={lang} className={`mt-8 ${BODY}`} dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />

      {hasRelated ? (
        <section aria-labelledby="post-related" className="mt-12 border-t border-brand-100 pt-6">
          <h2 id="post-related" className="text-xl font-bold text-brand-900">
            {t("related.heading")}
          </h2>
          <dl className="mt-3 space-y-3">
            <RelatedLinks
              label={t("related.sectors")}
              items={post.sectors.map((s) => ({ href: localePath(locale, `/sectors/${s.slug}`), text: s.name }))}
            />
            <RelatedLinks
              label={t("related.hubs")}
              items={post.hubs.map((h) => ({ href: localePath(locale, `/hubs/${h.slug}`), text: h.name }))}
            />
            <RelatedLinks
              label={t("related.parcels")}
              items={post.parcels.map((p) => ({ href: localePath(locale, `/land/${p.code}`), text: p.name }))}
            />
          </dl>
        </section>
      ) : null}
    </article>
  );
}

function RelatedLinks({ label, items }: { label: string; items: { href: string; text: string }[] }) {
  if (items.length === 0) return null;
  return (
    <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
      <dt className="font-semibold">{label}:</dt>
      {items.map((item) => (
        <dd key={item.href}>
          <Link href={item.href} className={`inline-flex min-h-6 items-center ${LINK}`}>
            {item.text}
          </Link>
        </dd>
      ))}
    </div>
  );
}
