import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/admin/page-header";
import { PostDiff } from "@/components/admin/posts/post-diff";
import { StaffActionForm } from "@/components/admin/staff-action-form";
import { localeOf } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { diffPostDocs } from "@/lib/posts/diff";
import { postIdOf } from "@/lib/posts/restore-schema";
import { POST_KINDS } from "@/lib/posts/workflow";
import { requirePagePermission } from "@/server/admin/page-permission";
import { getPostDetail, getRevisionPair, postFormChoices } from "@/server/posts/admin-posts";
import { restoreRevisionAction } from "../../../actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.posts.diff" });
  return { title: t("title", { number: postIdOf(number) ?? 0 }) };
}

export default async function PostRevisionPage({ params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const raw = await params;
  const id = postIdOf(raw.id);
  const number = postIdOf(raw.number);
  await requirePagePermission(
    locale,
    "post:write",
    id === null
      ? "/admin/posts"
      : number === null
        ? `/admin/posts/${id}/revisions`
        : `/admin/posts/${id}/revisions/${number}`,
  );
  if (id === null || number === null) notFound();
  const [t, tp, format, post, pair, choices] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.diff" }),
    getTranslations({ locale, namespace: "Admin.posts" }),
    getFormatter({ locale }),
    getPostDetail(id),
    getRevisionPair(id, number),
    postFormChoices(locale),
  ]);
  if (!post || !pair) notFound();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const names = new Map(
    [...choices.sectors, ...choices.hubs, ...choices.related].map((choice) => [choice.value, choice.label]),
  );
  const label = (field: string, value: string) => {
    if (field === "kind" && (POST_KINDS as readonly string[]).includes(value)) return tp(`kinds.${value as "NEWS"}`);
    if (field === "sectors" || field === "hubs" || field === "relatedContent") return names.get(value) ?? value;
    if ((field === "eventStartsAt" || field === "eventEndsAt") && value) return `${when(new Date(value))} (UTC+7)`;
    return value;
  };
  const pagePath = localePath(locale, `/admin/posts/${id}`);
  const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4";
  return (
    <>
      <p className="mb-4 flex flex-wrap gap-x-6">
        <a href={`${pagePath}/revisions`} className="text-brand-700 underline underline-offset-4">
          {t("allRevisions")}
        </a>
        <a href={pagePath} className="text-brand-700 underline underline-offset-4">
          {tp("revisions.back")}
        </a>
      </p>
      <PageHeader
        title={t("title", { number })}
        intro={
          <>
            {t("saved", { name: pair.after.authorName ?? "—", at: when(pair.after.createdAt) })}{" "}
            {pair.before
              ? t("against", {
                  previous: pair.before.number,
                  name: pair.before.authorName ?? "—",
                  at: when(pair.before.createdAt),
                })
              : t("first")}
          </>
        }
      />
      <div className="max-w-5xl space-y-8">
        <PostDiff locale={locale} changes={diffPostDocs(pair.before?.doc ?? null, pair.after.doc)} labels={label} />
        <nav aria-label={t("allRevisions")} className="flex flex-wrap gap-x-6">
          {number > 1 ? (
            <a href={`${pagePath}/revisions/${number - 1}`} className={link}>
              {t("previous")}
            </a>
          ) : null}
          {number < post.currentRevision ? (
            <a href={`${pagePath}/revisions/${number + 1}`} className={link}>
              {t("next")}
            </a>
          ) : null}
          <a href={`${pagePath}/preview?revision=${number}`} className={link}>
            {tp("revisions.preview")}
          </a>
        </nav>
        <section aria-labelledby="restore-heading" className="rounded-lg border border-brand-100 bg-white p-5">
          <h2 id="restore-heading" className="text-lg font-semibold text-brand-900">
            {t("restoreHeading")}
          </h2>
          <p className="mt-1 mb-4 max-w-3xl text-muted">{t("restoreBody")}</p>
          <StaffActionForm
            action={restoreRevisionAction}
            locale={locale}
            id={id}
            fields={{ version: post.version, number }}
            buttonId="restore-submit"
            submit={t("restore")}
            variant="secondary"
            refreshOnRefusal
          />
        </section>
      </div>
    </>
  );
}
