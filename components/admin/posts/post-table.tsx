import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { POST_STATUSES, type PostStatusCode } from "@/lib/posts/workflow";
import type { PostListRow } from "@/server/posts/admin-posts";
import { Button } from "../../ui/button";
import { TableScroll, tableClass } from "../table-scroll";
import { PostStatusBadge } from "./post-status";

const link = "inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4";

/** A post's public address in a language: its own slug there, else the default language's (shown marked). */
export function publicPostPath(locale: string, slugs: Record<string, string>): string | null {
  const slug = slugs[locale] ?? slugs.vi;
  return slug ? localePath(locale, `/news/${slug}`) : null;
}

/** The posts of one page of the list: title, kind, status, author, last change, whether on the site. */
export async function PostTable({ locale, rows, caption }: { locale: Locale; rows: PostListRow[]; caption: string }) {
  const [t, tp, format] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.list" }),
    getTranslations({ locale, namespace: "Admin.posts" }),
    getFormatter({ locale }),
  ]);
  return (
    <TableScroll captionId="posts-caption">
      <table className={tableClass.table}>
        <caption id="posts-caption" className={tableClass.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            {(["title", "kind", "status", "author", "changed", "live"] as const).map((column) => (
              <th key={column} scope="col" className={tableClass.th}>
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = row.title || t("untitled");
            const href = row.live ? publicPostPath(locale, row.slugs) : null;
            return (
              <tr key={row.id}>
                <th scope="row" className={`${tableClass.rowTh} min-w-64`}>
                  <a
                    href={localePath(locale, `/admin/posts/${row.id}`)}
                    className={link}
                    lang={locale === "vi" ? undefined : "vi"}
                  >
                    {title}
                  </a>
                </th>
                <td className={`${tableClass.td} min-w-32`}>{tp(`kinds.${row.kind}`)}</td>
                <td className={`${tableClass.td} min-w-32`}>
                  <PostStatusBadge locale={locale} status={row.status} />
                </td>
                <td className={`${tableClass.td} min-w-36`}>{row.authorName ?? t("noAuthor")}</td>
                <td className={`${tableClass.td} min-w-44`}>
                  <time dateTime={row.updatedAt.toISOString()}>
                    {format.dateTime(row.updatedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </td>
                <td className={`${tableClass.td} min-w-40`}>
                  {href ? (
                    <>
                      {t("liveYes")}
                      {" — "}
                      <a href={href} className={link}>
                        {t("view")}
                        <span className="sr-only">: {title}</span>
                      </a>
                    </>
                  ) : (
                    t("liveNo")
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The list's filter: a GET form (works without JavaScript), the status, and "waiting for my review". */
export async function PostFilter({
  locale,
  status,
  review,
  canReview,
}: {
  locale: Locale;
  status: PostStatusCode | undefined;
  review: boolean;
  canReview: boolean;
}) {
  const [t, ts] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.posts.list" }),
    getTranslations({ locale, namespace: "Admin.posts.statuses" }),
  ]);
  return (
    <form method="get" action={localePath(locale, "/admin/posts")} className="mb-6">
      <fieldset className="flex flex-wrap items-end gap-x-6 gap-y-3 rounded-lg border border-brand-100 bg-white p-4">
        <legend className="px-1 font-semibold text-brand-900">{t("filterLegend")}</legend>
        <div>
          <label htmlFor="status" className="block font-medium text-brand-900">
            {t("statusFilter")}
          </label>
          <select
            id="status"
            name="status"
            defaultValue={status ?? ""}
            className="mt-1 block min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2"
          >
            <option value="">{t("allStatuses")}</option>
            {POST_STATUSES.map((code) => (
              <option key={code} value={code}>
                {ts(code)}
              </option>
            ))}
          </select>
        </div>
        {canReview ? (
          <div className="flex min-h-11 items-center gap-3">
            <input
              id="review"
              name="review"
              type="checkbox"
              value="mine"
              defaultChecked={review}
              className="size-5 shrink-0"
            />
            <label htmlFor="review">{t("reviewFilter")}</label>
          </div>
        ) : null}
        <Button variant="secondary">{t("apply")}</Button>
      </fieldset>
    </form>
  );
}
