import "server-only";
import type { HolidayInput } from "@/lib/schemas/holiday";
import { changesOf, recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";

// Adding, changing and deleting public holidays (days off). Each function
// takes the acting member of staff, owns its transaction and writes its
// audit entry inside it; the permission ("settings:manage") was checked by
// the action that calls it. Nothing is cached: due times are computed from
// the Holiday rows when an inquiry arrives or is released.

const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const notFound = () => new AppError("NOT_FOUND", "No such holiday.", { reason: "notFound" });
const dateTaken = () =>
  new AppError("INVALID_INPUT", "A holiday is recorded on this date.", { fields: { date: "holidayDateTaken" } });

async function refuseTakenDate(tx: Tx, day: string, except?: number) {
  const other = await tx.holiday.findUnique({ where: { date: dateOf(day) }, select: { id: true } });
  if (other && other.id !== except) throw dateTaken();
}

/** Two administrators adding the same day at once: the second is told, as if it had been there. */
async function unlessDateTaken<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw dateTaken();
    throw error;
  }
}

export async function createHoliday(options: { actor: StaffActor } & HolidayInput): Promise<{ id: number }> {
  const { actor, date, nameVi, nameEn } = options;
  return unlessDateTaken(() =>
    db.$transaction(async (tx) => {
      await refuseTakenDate(tx, date);
      const holiday = await tx.holiday.create({
        data: {
          date: dateOf(date),
          translations: {
            create: [
              { locale: "vi", name: nameVi },
              { locale: "en", name: nameEn },
            ],
          },
        },
      });
      await recordAudit(
        tx,
        { actor },
        {
          action: "holiday.create",
          entityType: "holiday",
          entityId: holiday.id,
          changes: { date: [null, date], nameVi: [null, nameVi], nameEn: [null, nameEn] },
        },
      );
      return { id: holiday.id };
    }),
  );
}

export async function updateHoliday(options: { actor: StaffActor; id: number } & HolidayInput): Promise<void> {
  const { actor, id, date, nameVi, nameEn } = options;
  await unlessDateTaken(() =>
    db.$transaction(async (tx) => {
      const before = await tx.holiday.findUnique({ where: { id }, include: { translations: true } });
      if (!before) throw notFound();
      await refuseTakenDate(tx, date, id);
      const nameIn = (locale: string) => before.translations.find((t) => t.locale === locale)?.name ?? null;
      const changes = changesOf(
        { date: dayOf(before.date), nameVi: nameIn("vi"), nameEn: nameIn("en") },
        { date, nameVi, nameEn },
      );
      if (Object.keys(changes).length === 0) return;
      await tx.holiday.update({ where: { id }, data: { date: dateOf(date) } });
      for (const [locale, name] of [
        ["vi", nameVi],
        ["en", nameEn],
      ] as const) {
        await tx.holidayTranslation.upsert({
          where: { holidayId_locale: { holidayId: id, locale } },
          create: { holidayId: id, locale, name },
          update: { name },
        });
      }
      await recordAudit(tx, { actor }, { action: "holiday.update", entityType: "holiday", entityId: id, changes });
    }),
  );
}

/** Deletes a holiday; returns its date (the page it was on is that year's). */
export async function deleteHoliday(options: { actor: StaffActor; id: number }): Promise<{ date: string }> {
  const { actor, id } = options;
  return db.$transaction(async (tx) => {
    const before = await tx.holiday.findUnique({ where: { id }, include: { translations: true } });
    if (!before) throw notFound();
    await tx.holiday.delete({ where: { id } });
    const nameIn = (locale: string) => before.translations.find((t) => t.locale === locale)?.name ?? null;
    await recordAudit(
      tx,
      { actor },
      {
        action: "holiday.delete",
        entityType: "holiday",
        entityId: id,
        changes: { date: [dayOf(before.date), null], nameVi: [nameIn("vi"), null], nameEn: [nameIn("en"), null] },
      },
    );
    return { date: dayOf(before.date) };
  });
}
