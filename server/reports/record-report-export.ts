import "server-only";
import type { ReportRange } from "@/lib/schemas/report-query";
import { recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { db } from "../db";
import type { ReportName } from "./report-csv";

/** Records that someone downloaded a report, which one and for which months, before the file is sent. */
export async function recordReportExport(options: {
  actor: StaffActor;
  report: ReportName;
  range: ReportRange;
}): Promise<void> {
  const { actor, report, range } = options;
  await db.$transaction(async (tx) => {
    await recordAudit(
      tx,
      { actor },
      { action: "report.export", entityType: "report", entityId: report, changes: { from: range.from, to: range.to } },
    );
  });
}
