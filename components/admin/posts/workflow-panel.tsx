import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { FormState } from "@/lib/form-state";
import { allowedTransitions, ownApprovalBlocked, type PostAction } from "@/lib/posts/workflow";
import type { StaffActor } from "@/server/auth/session";
import type { PostDetail } from "@/server/posts/admin-posts";
import { ConfirmCard } from "../confirm-card";
import { StatusBadge } from "../status-badge";
import { PostStatusBadge } from "./post-status";
import { TransitionForm } from "./transition-form";

type Action = (previous: FormState, data: FormData) => Promise<FormState>;

const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4";

/**
 * Where a post stands and what this person may do with it now: the status,
 * the latest revision and who saved it, whether the site shows it (and
 * which revision), then one form per transition the workflow allows them.
 * The transitions they may not make because the post is theirs are named,
 * with the reason, rather than silently left out.
 */
export async function WorkflowPanel({
  locale,
  actor,
  post,
  title,
  action,
  confirming,
  pagePath,
  publicHref,
}: {
  locale: Locale;
  actor: StaffActor;
  post: PostDetail;
  title: string;
  action: Action;
  /** The archive confirmation is open (`?confirm=archive`). */
  confirming: boolean;
  /** The edit page's path, with the locale. */
  pagePath: string;
  publicHref: string | null;
}) {
  const [t, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.workflow" }),
    getFormatter({ locale }),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const workflowPost = { status: post.status, authorId: post.authorId, revisionAuthorId: post.revisionAuthorId };
  const allowed = allowedTransitions(workflowPost, actor, post.allowSelfApproval);
  const blocked = ownApprovalBlocked(workflowPost, actor, post.allowSelfApproval);
  const listFormat = new Intl.ListFormat(locale, { type: "disjunction" });
  const form = (transition: PostAction, variant: "primary" | "secondary" | "danger" = "secondary") => (
    <TransitionForm
      action={action}
      locale={locale}
      id={post.id}
      version={post.version}
      transition={transition}
      variant={variant}
    />
  );
  const primary: PostAction[] = ["submit", "approve", "publish"];
  const inline = allowed.filter((transition) => transition !== "archive");
  const live =
    post.publishedRevision === null
      ? t("notLive")
      : post.publishedRevision === post.currentRevision
        ? t("livePublished", { date: post.firstPublishedAt ? when(post.firstPublishedAt) : "—" })
        : t("liveOlder", { number: post.publishedRevision });
  return (
    <section aria-labelledby="workflow-heading" className="rounded-lg border border-brand-100 bg-white p-5 sm:p-6">
      <h2 id="workflow-heading" className="text-xl font-bold text-brand-900">
        {t("heading")}
      </h2>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("status")}</dt>
        <dd>
          <PostStatusBadge locale={locale} status={post.status} />
          {post.status === "SCHEDULED" && post.scheduledFor ? (
            <span className="ml-2">{t("scheduledFor", { at: when(post.scheduledFor) })}</span>
          ) : null}
        </dd>
        <dt className="font-semibold">{t("revision")}</dt>
        <dd>
          {t("revisionLine", {
            number: post.currentRevision,
            name: post.revisionAuthorName ?? t("someone"),
            at: when(post.revisionSavedAt),
          })}
        </dd>
        <dt className="font-semibold">{t("author")}</dt>
        <dd>{post.authorName ?? t("someone")}</dd>
        <dt className="font-semibold">{t("site")}</dt>
        <dd>
          {post.publishedRevision === null ? (
            live
          ) : (
            <StatusBadge tone={post.publishedRevision === post.currentRevision ? "on" : "wait"}>{live}</StatusBadge>
          )}
        </dd>
      </dl>
      <p className="mt-3 flex flex-wrap gap-x-6">
        <a href={`${pagePath}/preview`} className={link}>
          {t("preview")}
        </a>
        <a href={`${pagePath}/revisions`} className={link}>
          {t("revisions")}
        </a>
        {publicHref ? (
          <a href={publicHref} className={link}>
            {t("viewLive")}
          </a>
        ) : null}
      </p>

      <h3 className="mt-6 text-lg font-semibold text-brand-900">{t("actionsHeading")}</h3>
      {blocked.length > 0 ? (
        <p className="mt-2 max-w-3xl rounded-md border-l-4 border-gold-400 bg-amber-50 p-4 text-amber-950">
          {t("ownBlocked", { actions: listFormat.format(blocked.map((transition) => t(`names.${transition}`))) })}
        </p>
      ) : null}
      {post.allowSelfApproval && (post.authorId === actor.userId || post.revisionAuthorId === actor.userId) ? (
        <p className="mt-2 text-sm text-muted">{t("selfApproval")}</p>
      ) : null}
      {post.status === "ARCHIVED" ? <p className="mt-2 max-w-3xl">{t("archivedNote")}</p> : null}
      {allowed.length === 0 ? (
        <p className="mt-2">{t("none")}</p>
      ) : (
        <div className="mt-3 space-y-5">
          {inline.map((transition) => (
            <div key={transition}>{form(transition, primary.includes(transition) ? "primary" : "secondary")}</div>
          ))}
          {allowed.includes("archive") ? (
            <ConfirmCard
              id="archive"
              level={3}
              heading={t("archiveHeading")}
              body={t("archiveBody")}
              start={t("archiveStart")}
              question={t("archiveQuestion", { title })}
              cancel={t("archiveCancel")}
              startHref={`${pagePath}?confirm=archive#archive`}
              cancelHref={`${pagePath}#archive`}
              confirming={confirming}
            >
              {form("archive", "danger")}
            </ConfirmCard>
          ) : null}
        </div>
      )}
    </section>
  );
}
