import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type Locale, routing } from "@/i18n/routing";
import { isConnectionError } from "@/lib/database-status";
import { MAX_QUERY_LENGTH, parseParcelSearch, type SearchIssue } from "@/lib/schemas/parcel-search";

export const MAX_API_PAGE_SIZE = 100;
const pageSizeSchema = z.coerce.number().int().min(1).max(MAX_API_PAGE_SIZE);

/** Reads an open-data request: the catalogue's filters plus locale and page size. */
export async function readOpenDataRequest(url: URL) {
  const { search, issues } = parseParcelSearch(url.searchParams);
  const requestedLocale = url.searchParams.get("locale");
  const locale: Locale = (routing.locales as readonly string[]).includes(requestedLocale ?? "")
    ? (requestedLocale as Locale)
    : routing.defaultLocale;
  let pageSize = 50;
  const rawPageSize = url.searchParams.get("pageSize");
  if (rawPageSize !== null) {
    const parsed = pageSizeSchema.safeParse(rawPageSize);
    if (parsed.success) pageSize = parsed.data;
    else issues.push({ field: "page", code: "invalid" });
  }
  return { search, issues, locale, pageSize, notices: await localizeIssues(issues, locale) };
}

async function localizeIssues(issues: SearchIssue[], locale: Locale) {
  if (issues.length === 0) return [];
  const t = await getTranslations({ locale, namespace: "Land.issues" });
  return issues.map((issue) => ({
    field: issue.field,
    code: issue.code,
    message:
      issue.code === "invalid"
        ? t("invalid", { field: issue.field })
        : issue.code === "tooLong"
          ? t("tooLong", { max: MAX_QUERY_LENGTH })
          : t(issue.code),
  }));
}

/** A JSON error without internals: 503 when the database is unreachable, 500 otherwise. */
export function openDataError(error: unknown) {
  const unavailable = isConnectionError(error);
  if (!unavailable) console.error("Open data request failed", error);
  return Response.json(
    { error: unavailable ? "database unavailable, try again shortly" : "internal error" },
    {
      status: unavailable ? 503 : 500,
      headers: { "Cache-Control": "no-store", ...(unavailable ? { "Retry-After": "30" } : {}) },
    },
  );
}
