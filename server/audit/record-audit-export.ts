import "server-only";
import type { AuditFilter } from "@/lib/schemas/staff";
import type { StaffActor } from "../auth/session";
import { db } from "../db";
import { recordAudit } from "./record-audit";

/** Records that someone exported the audit log, and with which filter, before the file is sent. */
export async function recordAuditExport(options: { actor: StaffActor; filter: AuditFilter }): Promise<void> {
  const { actor, filter } = options;
  const { page: _page, ...used } = filter;
  const applied = Object.fromEntries(Object.entries(used).filter(([, value]) => value !== undefined && value !== ""));
  await db.$transaction(async (tx) => {
    await recordAudit(
      tx,
      { actor },
      { action: "audit.exported", entityType: "audit-log", changes: { filter: applied } },
    );
  });
}
