import { getTranslations } from "next-intl/server";
import { localeOf } from "@/i18n/routing";
import { csvLine, UTF8_BOM } from "@/lib/csv";
import { auditFilterSchema } from "@/lib/schemas/staff";
import { auditBatches } from "@/server/audit/list-audit";
import { recordAuditExport } from "@/server/audit/record-audit-export";
import { requirePermission } from "@/server/auth/require-permission";
import { isAppError } from "@/server/errors";

export const dynamic = "force-dynamic";

// The zone's time (UTC+7 all year), as ISO 8601 with its offset: what a spreadsheet sorts correctly.
const ZONE_MS = 7 * 3_600_000;
const zoneTime = (at: Date) => `${new Date(at.getTime() + ZONE_MS).toISOString().slice(0, 19)}+07:00`;

/**
 * The audit log's entries that match the page's filter, as CSV (UTF-8 with
 * a byte order mark, spreadsheet formulas defused by lib/csv.ts), newest
 * first. Read and written in batches, so a long log streams. The export
 * itself is recorded in the log before the first line is sent.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "Admin.audit.csv" });
  let actor: Awaited<ReturnType<typeof requirePermission>>;
  try {
    actor = await requirePermission("audit:read");
  } catch (error) {
    if (isAppError(error, "UNAUTHENTICATED")) return refusal(401, t("unauthenticated"));
    if (isAppError(error, "FORBIDDEN")) return refusal(403, t("forbidden"));
    throw error;
  }
  const query = new URL(request.url).searchParams;
  const filter = auditFilterSchema.parse({
    actor: query.get("actor") || undefined,
    entity: query.get("entity") || undefined,
    action: query.get("action") || undefined,
    from: query.get("from") || undefined,
    to: query.get("to") || undefined,
  });
  await recordAuditExport({ actor, filter });

  const header = [
    t("at"),
    t("actor"),
    t("actorId"),
    t("action"),
    t("entityType"),
    t("entityId"),
    t("changes"),
    t("client"),
  ];
  const batches = auditBatches(filter);
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
      const lines = next.value.map((entry) =>
        csvLine([
          zoneTime(entry.at),
          entry.actorLabel,
          entry.actorId,
          entry.action,
          entry.entityType,
          entry.entityId,
          JSON.stringify(entry.changes ?? {}),
          entry.clientKey,
        ]),
      );
      controller.enqueue(encoder.encode(lines.join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const day = zoneTime(new Date()).slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${day}.csv"`,
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
