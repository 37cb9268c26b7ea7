import { getTranslations } from "next-intl/server";
import { localeOf } from "@/i18n/routing";
import { countryName } from "@/lib/countries";
import { csvLine, UTF8_BOM } from "@/lib/csv";
import { parseInboxQuery } from "@/lib/schemas/inbox-query";
import { requirePermission } from "@/server/auth/require-permission";
import { isAppError } from "@/server/errors";
import { inquiryBatches } from "@/server/inquiries/list-inquiries";
import { recordInquiryExport } from "@/server/inquiries/record-inquiry-export";

export const dynamic = "force-dynamic";

// The zone's time (UTC+7 all year), as ISO 8601 with its offset: what a spreadsheet sorts correctly.
const ZONE_MS = 7 * 3_600_000;
const zoneTime = (at: Date | null) =>
  at ? `${new Date(at.getTime() + ZONE_MS).toISOString().slice(0, 19)}+07:00` : "";

/**
 * The inquiries of the inbox's filter, every page of them, as CSV (UTF-8
 * with a byte order mark, spreadsheet formulas defused by lib/csv.ts), in
 * the list's order and within the person's desks. Read and written in
 * batches, so a long list streams. The export is recorded in the audit log,
 * with its filter and size, before the first line is sent.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeOf(params);
  const [t, ts, tc] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.inquiries.csv" }),
    getTranslations({ locale, namespace: "Admin.inquiries.statuses" }),
    getTranslations({ locale, namespace: "Email.capital" }),
  ]);
  let actor: Awaited<ReturnType<typeof requirePermission>>;
  try {
    actor = await requirePermission("inquiry:read:own-desk");
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) return refusal(401, t("unauthenticated"));
    if (isAppError(error, "FORBIDDEN")) return refusal(403, t("forbidden"));
    throw error;
  }
  const query = parseInboxQuery(new URL(request.url).searchParams);
  const now = new Date();
  await recordInquiryExport({ actor, query, now });

  const header = [
    t("reference"),
    t("received"),
    t("due"),
    t("overdue"),
    t("status"),
    t("desk"),
    t("assignee"),
    t("organisation"),
    t("name"),
    t("email"),
    t("country"),
    t("sector"),
    t("hub"),
    t("capital"),
    t("firstResponse"),
    t("lastActivity"),
  ];
  const batches = inquiryBatches({ actor, query, locale, now });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + csvLine(header)));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        controller.close();
        return;
      }
      const lines = next.value.map((row) =>
        csvLine([
          row.reference,
          zoneTime(row.receivedAt),
          zoneTime(row.dueAt),
          row.overdue ? t("yes") : t("no"),
          ts(row.status),
          row.deskName,
          row.assigneeName,
          row.organisation,
          row.fullName,
          row.email,
          countryName(row.country, locale),
          row.sectorName,
          row.hubName,
          tc(row.capitalRange),
          zoneTime(row.firstResponseAt),
          zoneTime(row.lastActivityAt),
        ]),
      );
      controller.enqueue(encoder.encode(lines.join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const day = zoneTime(now).slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="inquiries-${day}.csv"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

function refusal(status: 401 | 403, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
