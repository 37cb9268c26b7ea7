import "server-only";
import { CLOSED_STATUSES } from "@/lib/inquiry-workflow";
import { recordAudit } from "../audit/record-audit";
import { db } from "../db";
import { anonymiseInquiries } from "./anonymise-inquiries";

/** How many inquiries one transaction anonymises: a first run after years may find thousands. */
export const RETENTION_BATCH = 500;

// A batch scrubs the timelines of hundreds of inquiries: more than Prisma's 5 s default.
const BATCH_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

const SYSTEM = { actorId: null, actorLabel: "system:retention", clientKey: null } as const;

/** The moment `months` calendar months before `now` (the 31st going back into a shorter month ends on its last day). */
export function monthsBefore(now: Date, months: number): Date {
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}

export type RetentionRun = { cutoff: Date; retentionMonths: number; anonymised: number; references: string[] };

/**
 * Anonymises every inquiry closed (won, lost or spam) for longer than the
 * retention period the privacy notice states (`SiteSettings.retentionMonths`,
 * read at each run), exactly as erasure on request does. Run nightly (the
 * `retention` schedule); running it again finds nothing more to do.
 *
 * Each batch is one transaction with its audit entry (`retention.anonymise`,
 * by "system:retention", with the count and the references): a run of up
 * to RETENTION_BATCH inquiries, every night's ordinary case, is one entry,
 * and no inquiry is ever anonymised without its entry.
 */
export async function anonymiseExpiredInquiries(
  options: { now?: Date; batchSize?: number } = {},
): Promise<RetentionRun> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? RETENTION_BATCH;
  const settings = await db.siteSettings.findUnique({ where: { id: 1 }, select: { retentionMonths: true } });
  const retentionMonths = settings?.retentionMonths ?? 24;
  const cutoff = monthsBefore(now, retentionMonths);
  const references: string[] = [];
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      const due = await tx.inquiry.findMany({
        where: { anonymisedAt: null, status: { in: [...CLOSED_STATUSES] }, closedAt: { not: null, lt: cutoff } },
        orderBy: { id: "asc" },
        take: batchSize,
        select: { id: true },
      });
      const counts = await anonymiseInquiries(
        tx,
        due.map((inquiry) => inquiry.id),
        { now, reason: "retention", actorId: null },
      );
      if (counts.inquiries > 0) {
        await recordAudit(tx, SYSTEM, {
          action: "retention.anonymise",
          entityType: "personal-data",
          changes: {
            retentionMonths,
            closedBefore: cutoff.toISOString(),
            inquiries: counts.inquiries,
            references: counts.references.join(", "),
            events: counts.events,
            outbox: counts.outbox,
            jobs: counts.jobs,
          },
        });
      }
      return { found: due.length, references: counts.references };
    }, BATCH_TRANSACTION);
    references.push(...batch.references);
    if (batch.found < batchSize) break;
  }
  return { cutoff, retentionMonths, anonymised: references.length, references };
}
