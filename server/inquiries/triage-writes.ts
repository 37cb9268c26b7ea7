import "server-only";
import {
  type CloseReason,
  canAssign,
  canMoveTo,
  type InquiryStatusCode,
  isOpen,
  needsReason,
} from "@/lib/inquiry-workflow";
import { roleCan, type StaffRole } from "@/lib/permissions";
import { recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { INQUIRY_EMAILS } from "../jobs/queue";
import { chooseDesk } from "../routing/choose-desk";
import { inScope, manageScopeOf } from "./inquiry-scope";
import { dueFrom, loadWorkingCalendar } from "./working-calendar";

// The back office's changes to an inquiry (docs/decisions/013). Each one, in
// one transaction: locks the inquiry, checks that the actor's desks cover it
// (an inquiry outside them is "not found", whatever its reference), checks
// the version the person was looking at (a change made against an older
// version is refused with who changed it and when), writes the change, its
// timeline event and its audit entry, and queues its e-mail in the outbox.
// Audit entries never carry what the investor or staff wrote (notes,
// replies): the audit log cannot be erased, personal data must be.

type Locked = {
  id: number;
  reference: string;
  status: InquiryStatusCode;
  deskId: number | null;
  assigneeId: number | null;
  version: number;
  anonymisedAt: Date | null;
  firstResponseAt: Date | null;
  sectorId: number;
  hubId: number | null;
  capitalRange: string;
  stagesReached: InquiryStatusCode[];
};

/** Who last changed an inquiry, and when: for the "changed by … a moment ago" refusal. */
async function lastChange(tx: Tx, inquiryId: number): Promise<{ name: string; at: string }> {
  const event = await tx.inquiryEvent.findFirst({
    where: { inquiryId, actorId: { not: null } },
    orderBy: { id: "desc" },
    select: { actorId: true, createdAt: true },
  });
  const person = event?.actorId
    ? await tx.staffUser.findUnique({ where: { id: event.actorId }, select: { name: true } })
    : null;
  return { name: person?.name ?? "", at: (event?.createdAt ?? new Date()).toISOString() };
}

/**
 * Locks the inquiry for the change; refuses it when it is outside the
 * actor's desks (as not found), when its personal data has been erased, or,
 * given `version`, when someone changed it since.
 */
async function lockForChange(tx: Tx, actor: StaffActor, reference: string, version?: number): Promise<Locked> {
  const [row] = await tx.$queryRaw<Locked[]>`
    SELECT id, reference, status::text AS status, "deskId", "assigneeId", version, "anonymisedAt",
      "firstResponseAt", "sectorId", "hubId", "capitalRange"::text AS "capitalRange",
      "stagesReached"::text[] AS "stagesReached"
    FROM "Inquiry" WHERE reference = ${reference} FOR UPDATE`;
  if (!row || !inScope(manageScopeOf(actor), row.deskId)) {
    throw new AppError("NOT_FOUND", `No inquiry ${reference} in the actor's scope.`, { reason: "inquiryNotFound" });
  }
  if (row.anonymisedAt) {
    throw new AppError("CONFLICT", `Inquiry ${reference} was anonymised.`, { reason: "inquiryAnonymised" });
  }
  if (version !== undefined && version !== row.version) {
    const { name, at } = await lastChange(tx, row.id);
    throw new AppError("CONFLICT", `Inquiry ${reference} changed (version ${row.version}, not ${version}).`, {
      reason: name ? "inquiryChangedBy" : "inquiryChanged",
      values: { name, at },
    });
  }
  return row;
}

type EventInput = { type: string; public?: boolean; data?: Record<string, unknown> };

/** Appends timeline events made by the actor; returns their ids. */
async function addEvents(tx: Tx, inquiryId: number, actor: StaffActor | null, events: EventInput[], at: Date) {
  const ids: number[] = [];
  for (const event of events) {
    const { id } = await tx.inquiryEvent.create({
      data: {
        inquiryId,
        type: event.type,
        public: event.public ?? false,
        data: (event.data ?? {}) as Prisma.InputJsonValue,
        actorId: actor?.userId ?? null,
        createdAt: at,
      },
      select: { id: true },
    });
    ids.push(id);
  }
  return ids;
}

/** The public "being handled" event, the first time the inquiry is. */
async function handlingEvent(tx: Tx, inquiryId: number): Promise<EventInput[]> {
  const seen = await tx.inquiryEvent.count({ where: { inquiryId, type: "inProgress" } });
  return seen > 0 ? [] : [{ type: "inProgress", public: true }];
}

/** The stages reached (for the reports' funnel) with `stage` added. */
function reaching(inquiry: Locked, stage: InquiryStatusCode): { stagesReached?: InquiryStatusCode[] } {
  return inquiry.stagesReached.includes(stage) ? {} : { stagesReached: [...inquiry.stagesReached, stage] };
}

/** Raises the version and marks the activity: every change from the back office does. */
function touched(at: Date, data: Prisma.InquiryUpdateInput = {}): Prisma.InquiryUpdateInput {
  return { ...data, version: { increment: 1 }, lastActivityAt: at };
}

async function audit(tx: Tx, actor: StaffActor, action: string, reference: string, changes: Record<string, unknown>) {
  await recordAudit(tx, { actor }, { action, entityType: "inquiry", entityId: reference, changes });
}

export type Changed = { version: number };

/**
 * Gives the inquiry to an officer of its desk (or to the actor, taking it),
 * or to no one (`assigneeId` null). A new inquiry becomes assigned.
 */
export async function assignInquiry(input: {
  actor: StaffActor;
  reference: string;
  version: number;
  assigneeId: number | null;
  now?: Date;
}): Promise<Changed> {
  const { actor, reference } = input;
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const inquiry = await lockForChange(tx, actor, reference, input.version);
    if (!canAssign(inquiry.status)) {
      throw new AppError("CONFLICT", `Inquiry ${reference} is ${inquiry.status}.`, { reason: "inquiryNotAssignable" });
    }
    let assignee: { id: number; name: string } | null = null;
    if (input.assigneeId !== null) {
      const person = await tx.staffUser.findFirst({
        where: { id: input.assigneeId, active: true },
        select: { id: true, name: true, role: true, desks: { select: { deskId: true } } },
      });
      const memberOfDesk = person?.desks.some((desk) => desk.deskId === inquiry.deskId) ?? false;
      const mayHandle =
        person !== null &&
        (roleCan(person.role as StaffRole, "inquiry:manage:any") ||
          (roleCan(person.role as StaffRole, "inquiry:manage:own-desk") && memberOfDesk));
      if (!person || !mayHandle) {
        throw new AppError("INVALID_INPUT", "Not an officer of the inquiry's desk.", {
          fields: { assigneeId: "assigneeNotOnDesk" },
        });
      }
      assignee = { id: person.id, name: person.name };
    }
    if (inquiry.assigneeId === (assignee?.id ?? null)) {
      throw new AppError("CONFLICT", "Already assigned so.", { reason: "inquiryUnchanged" });
    }
    const status: InquiryStatusCode =
      assignee && inquiry.status === "NEW"
        ? "ASSIGNED"
        : !assignee && inquiry.status === "ASSIGNED"
          ? "NEW"
          : inquiry.status;
    const updated = await tx.inquiry.update({
      where: { id: inquiry.id },
      data: touched(now, {
        assignee: assignee ? { connect: { id: assignee.id } } : { disconnect: true },
        status,
        ...(assignee ? reaching(inquiry, "ASSIGNED") : {}),
      }),
      select: { version: true },
    });
    await addEvents(
      tx,
      inquiry.id,
      actor,
      [
        {
          type: "assigned",
          data: { from: inquiry.assigneeId, to: assignee?.id ?? null, toName: assignee?.name ?? null },
        },
        ...(assignee ? await handlingEvent(tx, inquiry.id) : []),
      ],
      now,
    );
    await audit(tx, actor, "inquiry.assign", reference, {
      assigneeId: [inquiry.assigneeId, assignee?.id ?? null],
      ...(status !== inquiry.status ? { status: [inquiry.status, status] } : {}),
    });
    return updated;
  });
}

/**
 * Moves the inquiry along the workflow (lib/inquiry-workflow.ts): closing
 * needs a reason; closing and spam set the closing time, reopening clears it.
 */
export async function changeInquiryStatus(input: {
  actor: StaffActor;
  reference: string;
  version: number;
  to: InquiryStatusCode;
  reason?: CloseReason;
  comment?: string;
  now?: Date;
}): Promise<Changed> {
  const { actor, reference, to } = input;
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const inquiry = await lockForChange(tx, actor, reference, input.version);
    if (!canMoveTo(inquiry.status, to)) {
      throw new AppError("CONFLICT", `${inquiry.status} → ${to} is not a move of the workflow.`, {
        reason: "statusMoveRefused",
      });
    }
    if (needsReason(to) && !input.reason) {
      throw new AppError("INVALID_INPUT", "Closing needs a reason.", { fields: { reason: "required" } });
    }
    const closing = !isOpen(to);
    const updated = await tx.inquiry.update({
      where: { id: inquiry.id },
      data: touched(now, { status: to, closedAt: closing ? now : null, ...reaching(inquiry, to) }),
      select: { version: true },
    });
    const events: EventInput[] = [
      {
        type: "status",
        data: {
          from: inquiry.status,
          to,
          ...(input.reason ? { reason: input.reason } : {}),
          ...(input.comment ? { comment: input.comment } : {}),
        },
      },
    ];
    if (to === "IN_PROGRESS") events.push(...(await handlingEvent(tx, inquiry.id)));
    if (to === "CLOSED_WON" || to === "CLOSED_LOST") events.push({ type: "closed", public: true });
    if (!isOpen(inquiry.status) && isOpen(to)) events.push({ type: "reopened", public: true });
    await addEvents(tx, inquiry.id, actor, events, now);
    await audit(tx, actor, "inquiry.status", reference, {
      status: [inquiry.status, to],
      ...(input.reason ? { reason: input.reason } : {}),
    });
    return updated;
  });
}

/**
 * Sends the inquiry to another desk, which is notified by e-mail. Its
 * officer (of the old desk) no longer has it: it waits, unassigned, at the
 * new desk.
 */
export async function rerouteInquiry(input: {
  actor: StaffActor;
  reference: string;
  version: number;
  deskId: number;
  comment?: string;
  now?: Date;
}): Promise<Changed> {
  const { actor, reference } = input;
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const inquiry = await lockForChange(tx, actor, reference, input.version);
    if (!isOpen(inquiry.status) || inquiry.status === "HELD") {
      throw new AppError("CONFLICT", `Inquiry ${reference} is ${inquiry.status}.`, { reason: "inquiryNotReroutable" });
    }
    const desk = await tx.desk.findFirst({ where: { id: input.deskId, active: true }, select: { id: true } });
    if (!desk) throw new AppError("INVALID_INPUT", "No such active desk.", { fields: { deskId: "invalid" } });
    if (desk.id === inquiry.deskId) {
      throw new AppError("INVALID_INPUT", "Already at that desk.", { fields: { deskId: "sameDesk" } });
    }
    const status: InquiryStatusCode = inquiry.status === "ASSIGNED" ? "NEW" : inquiry.status;
    const updated = await tx.inquiry.update({
      where: { id: inquiry.id },
      data: touched(now, {
        desk: { connect: { id: desk.id } },
        routingRule: { disconnect: true },
        assignee: { disconnect: true },
        status,
      }),
      select: { version: true },
    });
    const [eventId] = await addEvents(
      tx,
      inquiry.id,
      actor,
      [
        {
          type: "rerouted",
          data: {
            from: inquiry.deskId,
            to: desk.id,
            ...(input.comment ? { comment: input.comment } : {}),
          },
        },
      ],
      now,
    );
    await tx.emailOutbox.create({ data: { inquiryId: inquiry.id, kind: "rerouted", eventId, createdAt: now } });
    await audit(tx, actor, "inquiry.reroute", reference, {
      deskId: [inquiry.deskId, desk.id],
      ...(inquiry.assigneeId !== null ? { assigneeId: [inquiry.assigneeId, null] } : {}),
      ...(status !== inquiry.status ? { status: [inquiry.status, status] } : {}),
    });
    return updated;
  });
}

/**
 * An internal note on the timeline, never shown to the investor. A note
 * adds and overwrites nothing, so it needs no version (and raises none).
 */
export async function addInquiryNote(input: {
  actor: StaffActor;
  reference: string;
  text: string;
  now?: Date;
}): Promise<{ eventId: number }> {
  const { actor, reference } = input;
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const inquiry = await lockForChange(tx, actor, reference);
    await tx.inquiry.update({ where: { id: inquiry.id }, data: { lastActivityAt: now } });
    const [eventId] = await addEvents(tx, inquiry.id, actor, [{ type: "note", data: { text: input.text } }], now);
    await audit(tx, actor, "inquiry.note", reference, { eventId, length: input.text.length });
    return { eventId: eventId as number };
  });
}

/**
 * A reply to the investor, written by staff: kept on the timeline and
 * e-mailed through the outbox (in the investor's language, on the portal's
 * letterhead, replies going to the desk). The first reply is the inquiry's
 * first response; the status page says it was answered.
 */
export async function replyToInquiry(input: {
  actor: StaffActor;
  reference: string;
  version: number;
  subject: string;
  text: string;
  now?: Date;
}): Promise<Changed & { eventId: number }> {
  const { actor, reference } = input;
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const inquiry = await lockForChange(tx, actor, reference, input.version);
    if (inquiry.status === "HELD" || inquiry.status === "SPAM") {
      throw new AppError("CONFLICT", `Inquiry ${reference} is ${inquiry.status}.`, { reason: "inquiryNotAnswerable" });
    }
    const updated = await tx.inquiry.update({
      where: { id: inquiry.id },
      data: touched(now, inquiry.firstResponseAt ? {} : { firstResponseAt: now }),
      select: { version: true },
    });
    const [eventId] = await addEvents(
      tx,
      inquiry.id,
      actor,
      [
        { type: "reply", data: { subject: input.subject, text: input.text } },
        // The investor's timeline reads "being handled", then "answered".
        ...(await handlingEvent(tx, inquiry.id)),
        { type: "answered", public: true },
      ],
      now,
    );
    await tx.emailOutbox.create({ data: { inquiryId: inquiry.id, kind: "reply", eventId, createdAt: now } });
    await audit(tx, actor, "inquiry.reply", reference, {
      eventId,
      length: input.text.length,
      ...(inquiry.firstResponseAt ? {} : { firstResponseAt: [null, now.toISOString()] }),
    });
    return { ...updated, eventId: eventId as number };
  });
}

/**
 * Releases an inquiry the spam trap held: it is routed by today's rules and
 * its two e-mails are queued, as if it had just been received (its reply is
 * due from now).
 */
export async function releaseHeldInquiry(input: {
  actor: StaffActor;
  reference: string;
  version: number;
  now?: Date;
}): Promise<Changed> {
  const { actor, reference } = input;
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const inquiry = await lockForChange(tx, actor, reference, input.version);
    if (inquiry.status !== "HELD") {
      throw new AppError("CONFLICT", `Inquiry ${reference} is not held.`, { reason: "inquiryNotHeld" });
    }
    const [rules, defaultDesk, calendar] = await Promise.all([
      tx.routingRule.findMany({ include: { desk: { select: { active: true } } } }),
      tx.desk.findFirst({ where: { isDefault: true, active: true }, orderBy: { id: "asc" }, select: { id: true } }),
      loadWorkingCalendar(tx, now),
    ]);
    const decision = chooseDesk(
      rules.map((rule) => ({ ...rule, capitalRanges: rule.capitalRanges as string[], deskActive: rule.desk.active })),
      { sectorId: inquiry.sectorId, hubId: inquiry.hubId, capitalRange: inquiry.capitalRange },
      defaultDesk?.id ?? null,
    );
    const updated = await tx.inquiry.update({
      where: { id: inquiry.id },
      data: touched(now, {
        status: "NEW",
        ...reaching(inquiry, "NEW"),
        desk: decision ? { connect: { id: decision.deskId } } : undefined,
        routingRule: decision?.ruleId ? { connect: { id: decision.ruleId } } : undefined,
        dueAt: dueFrom(now, calendar),
      }),
      select: { version: true },
    });
    await addEvents(
      tx,
      inquiry.id,
      actor,
      [
        { type: "released" },
        decision ? { type: "routed", public: true, data: decision } : { type: "unrouted", data: {} },
      ],
      now,
    );
    await tx.emailOutbox.createMany({
      data: INQUIRY_EMAILS.map((kind) => ({ inquiryId: inquiry.id, kind, createdAt: now })),
    });
    await audit(tx, actor, "inquiry.release", reference, {
      status: ["HELD", "NEW"],
      deskId: [null, decision?.deskId ?? null],
    });
    return updated;
  });
}
