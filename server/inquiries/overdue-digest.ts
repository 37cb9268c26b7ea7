import "server-only";
import { routing } from "@/i18n/routing";
import { OPEN_STATUSES } from "@/lib/inquiry-workflow";
import { localesFor, pickTranslation } from "@/lib/translations";
import { isWorkingDay, officeDay, workingDaysBetween } from "@/lib/working-days";
import { db } from "../db";
import { composeDeskDigest, type DigestItem } from "../mail/digest-emails";
import { SmtpFailure } from "../mail/smtp-failure";
import { sendMail } from "../mail/transport";
import { loadWorkingCalendar } from "./working-calendar";

export type DigestRun = {
  /** The office day (YYYY-MM-DD) the run was for. */
  day: string;
  /** False on a weekend or public holiday: nothing is sent. */
  workingDay: boolean;
  sent: { deskId: number; count: number }[];
  /** Desks whose digest for the day had already been claimed (sent, or being sent). */
  alreadyClaimed: number[];
};

/** Inquiries at a desk still to be handled (held ones have no desk). */
const WAITING = OPEN_STATUSES.filter((status) => status !== "HELD");

/**
 * The daily digest (docs/decisions/014): on a working day, e-mails each
 * active desk the inquiries it has overdue for a first reply and those no
 * officer has taken; a desk with neither gets nothing. Each desk's digest
 * for the day is claimed in DeskDigest before it is sent, so running the
 * job twice (a retry, a second instance) sends it once. A digest the mail
 * server certainly did not take is unclaimed again and the run throws, so
 * the job retries it; one that may have gone out (no answer after the
 * data) stays claimed, without `sentAt`, and is not sent again.
 */
export async function sendOverdueDigests(options: { now?: Date } = {}): Promise<DigestRun> {
  const now = options.now ?? new Date();
  const day = officeDay(now);
  const calendar = await loadWorkingCalendar(db, now);
  const run: DigestRun = { day, workingDay: isWorkingDay(day, calendar.holidays), sent: [], alreadyClaimed: [] };
  if (!run.workingDay) return run;

  const locale = routing.defaultLocale;
  const desks = await db.desk.findMany({
    where: { active: true },
    orderBy: { id: "asc" },
    include: { translations: { where: { locale: { in: localesFor(locale) } } } },
  });
  const inquiries = await db.inquiry.findMany({
    where: {
      deskId: { in: desks.map((desk) => desk.id) },
      status: { in: [...WAITING] },
      anonymisedAt: null,
      OR: [{ firstResponseAt: null, dueAt: { lt: now } }, { assigneeId: null }],
    },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      deskId: true,
      reference: true,
      organisation: true,
      createdAt: true,
      dueAt: true,
      firstResponseAt: true,
      assignee: { select: { name: true } },
    },
  });

  const failures: string[] = [];
  for (const desk of desks) {
    const items: DigestItem[] = inquiries
      .filter((inquiry) => inquiry.deskId === desk.id)
      .map((inquiry) => ({
        reference: inquiry.reference,
        organisation: inquiry.organisation,
        createdAt: inquiry.createdAt,
        dueAt: inquiry.dueAt,
        assigneeName: inquiry.assignee?.name ?? null,
        overdueDays:
          inquiry.firstResponseAt === null && inquiry.dueAt !== null && inquiry.dueAt < now
            ? workingDaysBetween(inquiry.dueAt, now, calendar.holidays)
            : null,
      }));
    if (items.length === 0) continue;
    const message = await composeDeskDigest({
      desk: { id: desk.id, name: pickTranslation(desk.translations, locale).name, email: desk.email },
      day,
      now,
      items,
    });
    if (!message) continue;

    const dayDate = new Date(`${day}T00:00:00Z`);
    const claim = await db.deskDigest.createMany({
      data: [{ deskId: desk.id, day: dayDate, count: items.length }],
      skipDuplicates: true,
    });
    if (claim.count === 0) {
      run.alreadyClaimed.push(desk.id);
      continue;
    }
    try {
      await sendMail(message);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof SmtpFailure && error.kind === "ambiguous") {
        console.error(
          `[portal] overdue digest of desk ${desk.id} for ${day}: no answer after its data (${reason}); it may have been sent and is not sent again.`,
        );
      } else {
        await db.deskDigest.deleteMany({ where: { deskId: desk.id, day: dayDate, sentAt: null } });
        failures.push(`desk ${desk.id}: ${reason}`);
      }
      continue;
    }
    await db.deskDigest.update({
      where: { deskId_day: { deskId: desk.id, day: dayDate } },
      data: { sentAt: new Date() },
    });
    run.sent.push({ deskId: desk.id, count: items.length });
  }
  if (failures.length > 0) throw new Error(`overdue digest for ${day} not sent to ${failures.join("; ")}`);
  return run;
}
