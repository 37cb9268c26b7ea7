import "server-only";
import { OPEN_STATUSES } from "@/lib/inquiry-workflow";
import { DESK_MEMBER_ROLES, type DeskInput, deskSlugOf } from "@/lib/schemas/desk";
import { changesOf, recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import { type LockedDesk, lockDesks } from "./desk-sql";

// Creating and changing desks. Each function takes the acting member of
// staff, owns its transaction and writes its audit entries inside it; the
// permission ("desk:manage") was checked by the action that calls it.
//
// Exactly one desk is the default (it receives every inquiry no rule
// matches), and it is active. Making a desk the default takes it from the
// one that was, in the same transaction, under the lock of lockDesks; the
// default itself cannot be deactivated or stop being the default directly:
// another desk is made the default instead.

/** Refuses members who are not investment officers or administrators (or who do not exist). */
async function checkMembers(tx: Tx, userIds: number[]) {
  if (userIds.length === 0) return;
  const found = await tx.staffUser.count({ where: { id: { in: userIds }, role: { in: [...DESK_MEMBER_ROLES] } } });
  if (found !== userIds.length) {
    throw new AppError("INVALID_INPUT", "Not a possible desk member.", { fields: { members: "invalid" } });
  }
}

/** The slug of a new desk: from its English name, with "-2", "-3"… when taken. */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = deskSlugOf(name);
  const taken = new Set(
    (await tx.desk.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((d) => d.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Takes the default from whichever desk has it (but `keep`), with an audit entry for each. */
async function takeDefaultFromOthers(tx: Tx, actor: StaffActor, desks: LockedDesk[], keep: number) {
  // The lock holds every desk that existed when it was taken; the update reads
  // afresh, so a desk committed since is covered as well.
  const others = desks.filter((desk) => desk.isDefault && desk.id !== keep).map((desk) => desk.id);
  await tx.desk.updateMany({ where: { isDefault: true, id: { not: keep } }, data: { isDefault: false } });
  for (const id of others) {
    await recordAudit(
      tx,
      { actor },
      {
        action: "desk.update",
        entityType: "desk",
        entityId: id,
        changes: { isDefault: [true, false], newDefault: keep },
      },
    );
  }
}

function refuseInactiveDefault(input: { active: boolean; isDefault: boolean }) {
  if (input.isDefault && !input.active) {
    throw new AppError("INVALID_INPUT", "The default desk must be active.", {
      fields: { active: "defaultDeskMustBeActive" },
    });
  }
}

/**
 * Creates a desk. Made the default when asked, or when there is no default
 * desk yet (there is always one once a desk exists).
 */
export async function createDesk(options: { actor: StaffActor } & DeskInput): Promise<{ id: number; slug: string }> {
  const { actor, nameVi, nameEn, email, members, active } = options;
  return db.$transaction(async (tx) => {
    const desks = await lockDesks(tx);
    const isDefault = options.isDefault || !desks.some((desk) => desk.isDefault);
    refuseInactiveDefault({ active, isDefault });
    await checkMembers(tx, members);
    const slug = await freeSlug(tx, nameEn);
    const desk = await tx.desk.create({
      data: {
        slug,
        email,
        active,
        isDefault: false,
        translations: {
          create: [
            { locale: "vi", name: nameVi },
            { locale: "en", name: nameEn },
          ],
        },
        staff: { create: members.map((userId) => ({ userId })) },
      },
    });
    if (isDefault) {
      await takeDefaultFromOthers(tx, actor, desks, desk.id);
      await tx.desk.update({ where: { id: desk.id }, data: { isDefault: true } });
    }
    await recordAudit(
      tx,
      { actor },
      {
        action: "desk.create",
        entityType: "desk",
        entityId: desk.id,
        changes: {
          slug: [null, slug],
          nameVi: [null, nameVi],
          nameEn: [null, nameEn],
          email: [null, email],
          active: [null, active],
          isDefault: [null, isDefault],
          members: [null, members],
        },
      },
    );
    return { id: desk.id, slug };
  });
}

export type DeskUpdateOutcome = {
  /** Open inquiries of the desk, when this change deactivated it: they stay with it. */
  deactivatedWithOpen: number | null;
};

/** Changes a desk's names, e-mail address, members, whether it is active and whether it is the default. */
export async function updateDesk(options: { actor: StaffActor; id: number } & DeskInput): Promise<DeskUpdateOutcome> {
  const { actor, id, nameVi, nameEn, email, members, active, isDefault } = options;
  return db.$transaction(async (tx) => {
    const desks = await lockDesks(tx);
    const locked = desks.find((desk) => desk.id === id);
    if (!locked) throw new AppError("NOT_FOUND", "No such desk.", { reason: "notFound" });
    if (locked.isDefault && (!isDefault || !active)) {
      // Both said at once: the default stays the default, and stays active, until another desk is the default.
      const fields: Record<string, string> = {};
      if (!active) fields.active = "defaultDeskInactive";
      if (!isDefault) fields.isDefault = "defaultDeskUnset";
      throw new AppError("INVALID_INPUT", "The default desk stays the default, and active, until another one is.", {
        fields,
      });
    }
    refuseInactiveDefault({ active, isDefault });
    await checkMembers(tx, members);

    const before = await tx.desk.findUniqueOrThrow({
      where: { id },
      include: {
        translations: true,
        staff: { where: { user: { role: { in: [...DESK_MEMBER_ROLES] } } }, select: { userId: true } },
      },
    });
    const nameIn = (locale: string) => before.translations.find((t) => t.locale === locale)?.name ?? null;
    const beforeMembers = before.staff.map((s) => s.userId).sort((a, b) => a - b);
    const changes = changesOf(
      {
        nameVi: nameIn("vi"),
        nameEn: nameIn("en"),
        email: before.email,
        active: before.active,
        isDefault: before.isDefault,
        members: beforeMembers,
      },
      { nameVi, nameEn, email, active, isDefault, members },
    );
    if (Object.keys(changes).length === 0) return { deactivatedWithOpen: null };

    if (isDefault && !locked.isDefault) await takeDefaultFromOthers(tx, actor, desks, id);
    await tx.desk.update({ where: { id }, data: { email, active, isDefault } });
    for (const [locale, name] of [
      ["vi", nameVi],
      ["en", nameEn],
    ] as const) {
      await tx.deskTranslation.upsert({
        where: { deskId_locale: { deskId: id, locale } },
        create: { deskId: id, locale, name },
        update: { name },
      });
    }
    if (changes.members) {
      // Only the people the form lists (officers and administrators) are
      // members it changes; anyone else given this desk on their own page keeps it.
      await tx.staffDesk.deleteMany({
        where: { deskId: id, userId: { notIn: members }, user: { role: { in: [...DESK_MEMBER_ROLES] } } },
      });
      await tx.staffDesk.createMany({ data: members.map((userId) => ({ userId, deskId: id })), skipDuplicates: true });
    }
    await recordAudit(tx, { actor }, { action: "desk.update", entityType: "desk", entityId: id, changes });
    if (before.active && !active) {
      const open = await tx.inquiry.count({ where: { deskId: id, status: { in: [...OPEN_STATUSES] } } });
      return { deactivatedWithOpen: open };
    }
    return { deactivatedWithOpen: null };
  });
}
