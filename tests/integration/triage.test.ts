import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/form-state";
import { CLOSED_STATUSES, canMoveTo, INQUIRY_STATUSES, type InquiryStatusCode, isOpen } from "@/lib/inquiry-workflow";
import { permissionsOf } from "@/lib/permissions";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";
import { callAction, request, resetRequest } from "../fixtures/next-request";
import { createStaffSession, createStaffUser, deleteTestStaff, type StaffFixtureUser } from "../fixtures/staff";

// The back office's changes to an inquiry (server/inquiries/triage-writes.ts)
// on real rows: the workflow's every move, desks that keep their inquiries
// to themselves, no silent overwrite of someone else's change, and the
// e-mails and public steps each change owes. Then the page's server actions,
// which check the permission themselves.
vi.mock("next/headers", async () => (await import("../fixtures/next-request")).nextHeaders);

const { db } = await import("@/server/db");
const { createInquiry } = await import("@/server/inquiries/create-inquiry");
const { getInquiryDetail } = await import("@/server/inquiries/inquiry-detail");
const { findInquiryStatus } = await import("@/server/inquiries/find-inquiry-status");
const { statusSchema, assignSchema, replySchema } = await import("@/lib/schemas/triage");
const writes = await import("@/server/inquiries/triage-writes");
const actions = await import("@/app/[locale]/admin/(shell)/inquiries/[reference]/actions");

type Actor = Parameters<typeof writes.assignInquiry>[0]["actor"];

const actorOf = (user: StaffFixtureUser): Actor => ({
  userId: user.id,
  sessionId: 0,
  email: user.email,
  name: user.name,
  role: user.role,
  locale: "vi",
  deskIds: user.deskIds,
  permissions: permissionsOf(user.role),
  clientKey: "client:test",
});

let highTech: number;
let agriculture: number;
let officer: StaffFixtureUser; // high-tech desk
let colleague: StaffFixtureUser; // high-tech desk too
let outsider: StaffFixtureUser; // agriculture desk only
let admin: StaffFixtureUser;
let editor: StaffFixtureUser;

beforeAll(async () => {
  await seedInquiryContent();
  highTech = (await db.desk.findUniqueOrThrow({ where: { slug: "high-tech" } })).id;
  agriculture = (await db.desk.findUniqueOrThrow({ where: { slug: "agriculture" } })).id;
  officer = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: ["high-tech"], name: "Nguyễn Thị Lan" });
  colleague = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: ["high-tech"], name: "Trần Văn Minh" });
  outsider = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: ["agriculture"], name: "Lê Hoàng Nam" });
  admin = await createStaffUser({ role: "ADMINISTRATOR", name: "Phạm Quốc Bảo" });
  editor = await createStaffUser({ role: "EDITOR", name: "Võ Thu Hà" });
});
beforeEach(async () => {
  resetRequest(`2001:db8:7::${Math.floor(Math.random() * 0xffff).toString(16)}`);
  await clearInquiries();
});
afterAll(async () => {
  await clearInquiries();
  await deleteTestStaff();
  await db.$disconnect();
});

/** An electronics inquiry (routed to the high-tech desk), or one the spam trap held. */
async function newInquiry(options: { hold?: boolean; locale?: string } = {}) {
  const result = await createInquiry({
    form: {
      fullName: "Kim Min-jun",
      organisation: "Hanbit Electronics",
      country: "KR",
      email: `investor-${randomUUID().slice(0, 8)}@example.com`,
      sector: "electronics",
      capitalRange: "10m-50m",
      timeline: "within-12-months",
      message: `We plan a PCB assembly plant (${randomUUID()}).`,
      consentProcessing: "on",
    },
    idempotencyKey: randomUUID(),
    locale: options.locale ?? "en",
    ...(options.hold ? { hold: "honeypot" as const } : {}),
  });
  if (!result.ok) throw new Error(`inquiry not stored: ${JSON.stringify(result)}`);
  return db.inquiry.findUniqueOrThrow({ where: { reference: result.reference } });
}

const rowOf = (reference: string) => db.inquiry.findUniqueOrThrow({ where: { reference } });
const eventsOf = async (reference: string) =>
  db.inquiryEvent.findMany({ where: { inquiry: { reference } }, orderBy: { id: "asc" } });
const auditOf = (reference: string) =>
  db.auditEntry.findMany({ where: { entityType: "inquiry", entityId: reference }, orderBy: { id: "asc" } });
const outboxOf = (reference: string) =>
  db.emailOutbox.findMany({ where: { inquiry: { reference } }, orderBy: { id: "asc" } });

/** Everything a change writes: it must all be the same after a refused one. */
async function footprint(reference: string) {
  const row = await rowOf(reference);
  return {
    status: row.status,
    version: row.version,
    deskId: row.deskId,
    assigneeId: row.assigneeId,
    firstResponseAt: row.firstResponseAt,
    closedAt: row.closedAt,
    lastActivityAt: row.lastActivityAt,
    events: (await eventsOf(reference)).length,
    audit: (await auditOf(reference)).length,
    outbox: (await outboxOf(reference)).length,
  };
}

/** Puts an inquiry in a status directly, as a starting point (a held one has no desk). */
async function setStatus(reference: string, status: InquiryStatusCode) {
  await db.inquiry.update({
    where: { reference },
    data: {
      status,
      deskId: status === "HELD" ? null : highTech,
      closedAt: isOpen(status) ? null : new Date(),
      assigneeId: null,
    },
  });
}

describe("the workflow", () => {
  it("allows exactly the moves of lib/inquiry-workflow.ts, each on the timeline, and refuses every other", async () => {
    const inquiry = await newInquiry();
    const { reference } = inquiry;
    const results: string[] = [];
    for (const from of INQUIRY_STATUSES) {
      for (const to of INQUIRY_STATUSES) {
        await setStatus(reference, from);
        const before = await footprint(reference);
        const attempt = writes.changeInquiryStatus({
          actor: actorOf(admin),
          reference,
          version: before.version,
          to,
          reason: "investedHere",
          comment: `${from} to ${to}`,
        });
        if (canMoveTo(from, to)) {
          await attempt;
          const after = await rowOf(reference);
          expect(after.status, `${from} → ${to}`).toBe(to);
          expect(after.version).toBe(before.version + 1);
          expect(after.closedAt === null, `${from} → ${to}: closedAt`).toBe(isOpen(to));
          const status = (await eventsOf(reference)).filter((e) => e.type === "status").at(-1);
          expect(status?.data).toMatchObject({ from, to, comment: `${from} to ${to}` });
          expect(status?.actorId).toBe(admin.id);
          results.push(`${from}>${to}`);
        } else {
          await expect(attempt, `${from} → ${to}`).rejects.toMatchObject({
            code: "CONFLICT",
            reason: "statusMoveRefused",
          });
          expect(await footprint(reference), `${from} → ${to} wrote nothing`).toEqual(before);
        }
      }
    }
    // The matrix itself, spelled out: a change to the workflow has to change this test too.
    expect(results.sort()).toEqual(
      [
        "NEW>IN_PROGRESS",
        "NEW>SPAM",
        "ASSIGNED>IN_PROGRESS",
        "ASSIGNED>SPAM",
        "IN_PROGRESS>WAITING_ON_INVESTOR",
        "IN_PROGRESS>QUALIFIED",
        "IN_PROGRESS>CLOSED_LOST",
        "IN_PROGRESS>SPAM",
        "WAITING_ON_INVESTOR>IN_PROGRESS",
        "WAITING_ON_INVESTOR>QUALIFIED",
        "WAITING_ON_INVESTOR>CLOSED_LOST",
        "WAITING_ON_INVESTOR>SPAM",
        "QUALIFIED>IN_PROGRESS",
        "QUALIFIED>CLOSED_WON",
        "QUALIFIED>CLOSED_LOST",
        "QUALIFIED>SPAM",
        "CLOSED_WON>IN_PROGRESS",
        "CLOSED_LOST>IN_PROGRESS",
        "SPAM>IN_PROGRESS",
        "HELD>SPAM",
      ].sort(),
    );
  });

  it("tells the investor: being handled (once), closed, reopened — and nothing of the rest", async () => {
    const { reference, email } = await newInquiry();
    const actor = actorOf(officer);
    let { version } = await writes.changeInquiryStatus({ actor, reference, version: 1, to: "IN_PROGRESS" });
    ({ version } = await writes.changeInquiryStatus({ actor, reference, version, to: "QUALIFIED" }));
    ({ version } = await writes.changeInquiryStatus({ actor, reference, version, to: "IN_PROGRESS" }));
    ({ version } = await writes.changeInquiryStatus({
      actor,
      reference,
      version,
      to: "CLOSED_LOST",
      reason: "noResponse",
    }));
    ({ version } = await writes.changeInquiryStatus({ actor, reference, version, to: "IN_PROGRESS" }));
    const view = await findInquiryStatus(reference, email, "en");
    expect(view?.events.map((e) => e.type)).toEqual(["received", "routed", "inProgress", "closed", "reopened"]);
    expect(view?.status).toBe("IN_PROGRESS");
    expect((await rowOf(reference)).closedAt).toBeNull();
    const audit = await auditOf(reference);
    expect(audit.map((entry) => entry.changes)).toContainEqual({
      status: ["IN_PROGRESS", "CLOSED_LOST"],
      reason: "noResponse",
    });
  });

  it("remembers every stage reached, for the reports' funnel, even after moving back", async () => {
    const { reference } = await newInquiry();
    expect((await rowOf(reference)).stagesReached).toEqual(["NEW"]);
    const actor = actorOf(officer);
    let { version } = await writes.assignInquiry({ actor, reference, version: 1, assigneeId: officer.id });
    ({ version } = await writes.changeInquiryStatus({ actor, reference, version, to: "IN_PROGRESS" }));
    ({ version } = await writes.changeInquiryStatus({ actor, reference, version, to: "QUALIFIED" }));
    ({ version } = await writes.changeInquiryStatus({ actor, reference, version, to: "IN_PROGRESS" }));
    const row = await rowOf(reference);
    expect(row.status).toBe("IN_PROGRESS");
    expect(row.stagesReached).toEqual(["NEW", "ASSIGNED", "IN_PROGRESS", "QUALIFIED"]);
  });

  it("refuses to close without a reason, in the schema and in the write function", async () => {
    const { reference } = await newInquiry();
    await setStatus(reference, "QUALIFIED");
    const before = await footprint(reference);
    for (const to of ["CLOSED_WON", "CLOSED_LOST"] as const) {
      await expect(
        writes.changeInquiryStatus({ actor: actorOf(officer), reference, version: before.version, to }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { reason: "required" } });
      const parsed = statusSchema.safeParse({ reference, version: "1", to, reason: "" });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["reason", "closeReasonRequired"],
      ]);
    }
    expect(await footprint(reference)).toEqual(before);
    // A reason only goes with closing.
    expect(statusSchema.parse({ reference, version: "3", to: "SPAM", reason: "other" }).reason).toBeUndefined();
  });
});

describe("desk scoping", () => {
  it("shows an inquiry only to its desk's officers and the administrators; an unknown reference looks the same", async () => {
    const { reference } = await newInquiry();
    const held = await newInquiry({ hold: true });
    const detail = (user: StaffFixtureUser, ref: string) =>
      getInquiryDetail({ actor: actorOf(user), reference: ref, locale: "en" });
    expect((await detail(officer, reference))?.reference).toBe(reference);
    expect((await detail(officer, reference.toLowerCase()))?.reference).toBe(reference);
    expect((await detail(admin, reference))?.reference).toBe(reference);
    expect(await detail(outsider, reference)).toBeNull();
    expect(await detail(editor, reference)).toBeNull();
    expect(await detail(officer, "LA-2026-ZZZZZZ")).toBeNull();
    // Held: no desk yet, so only those who see every inquiry.
    expect(await detail(officer, held.reference)).toBeNull();
    expect((await detail(admin, held.reference))?.status).toBe("HELD");
  });

  it("refuses every change by an officer of another desk as not found, writing nothing", async () => {
    const { reference } = await newInquiry();
    const held = await newInquiry({ hold: true });
    const actor = actorOf(outsider);
    const attempts: [string, string, () => Promise<unknown>][] = [
      ["assign", reference, () => writes.assignInquiry({ actor, reference, version: 1, assigneeId: officer.id })],
      ["take", reference, () => writes.assignInquiry({ actor, reference, version: 1, assigneeId: outsider.id })],
      ["status", reference, () => writes.changeInquiryStatus({ actor, reference, version: 1, to: "SPAM" })],
      ["reroute", reference, () => writes.rerouteInquiry({ actor, reference, version: 1, deskId: agriculture })],
      ["note", reference, () => writes.addInquiryNote({ actor, reference, text: "mine now" })],
      ["reply", reference, () => writes.replyToInquiry({ actor, reference, version: 1, subject: "Hi", text: "Hello" })],
      ["release", held.reference, () => writes.releaseHeldInquiry({ actor, reference: held.reference, version: 1 })],
    ];
    for (const [name, ref, attempt] of attempts) {
      const before = await footprint(ref);
      await expect(attempt(), name).rejects.toMatchObject({ code: "NOT_FOUND", reason: "inquiryNotFound" });
      expect(await footprint(ref), `${name} wrote nothing`).toEqual(before);
    }
    // Officers of the inquiry's desk cannot release a held one either: it has no desk.
    await expect(
      writes.releaseHeldInquiry({ actor: actorOf(officer), reference: held.reference, version: 1 }),
    ).rejects.toMatchObject({ reason: "inquiryNotFound" });
    // The same answer for a reference nobody has, and for a role without the permission.
    await expect(
      writes.addInquiryNote({ actor: actorOf(officer), reference: "LA-2026-ZZZZZZ", text: "x" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", reason: "inquiryNotFound" });
    await expect(writes.addInquiryNote({ actor: actorOf(editor), reference, text: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      reason: "inquiryNotFound",
    });
  });
});

describe("optimistic concurrency", () => {
  it("refuses the second of two changes made on the same version, naming who changed it, and keeps the first", async () => {
    const { reference } = await newInquiry();
    const seen = (await rowOf(reference)).version;
    await writes.changeInquiryStatus({ actor: actorOf(officer), reference, version: seen, to: "IN_PROGRESS" });
    const before = await footprint(reference);
    const second = writes.assignInquiry({
      actor: actorOf(colleague),
      reference,
      version: seen,
      assigneeId: colleague.id,
    });
    await expect(second).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "inquiryChangedBy",
      values: { name: officer.name },
    });
    const error = (await second.then(
      () => null,
      (e: unknown) => e,
    )) as { values: { at: string } };
    expect(Math.abs(Date.parse(error.values.at) - Date.now())).toBeLessThan(60_000);
    expect(await footprint(reference)).toEqual(before);
    expect((await rowOf(reference)).status).toBe("IN_PROGRESS");
    expect((await rowOf(reference)).assigneeId).toBeNull();

    // Two at the very same moment: one wins, the other is refused.
    const version = (await rowOf(reference)).version;
    const outcomes = await Promise.allSettled([
      writes.changeInquiryStatus({ actor: actorOf(officer), reference, version, to: "QUALIFIED" }),
      writes.changeInquiryStatus({ actor: actorOf(colleague), reference, version, to: "WAITING_ON_INVESTOR" }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = outcomes[0]?.status === "fulfilled" ? "QUALIFIED" : "WAITING_ON_INVESTOR";
    expect((await rowOf(reference)).status).toBe(winner);
    expect((await rowOf(reference)).version).toBe(version + 1);
  });

  it("says only that it changed when no member of staff did (nobody to name)", async () => {
    const { reference } = await newInquiry();
    await db.inquiry.update({ where: { reference }, data: { version: { increment: 1 } } });
    await expect(
      writes.changeInquiryStatus({ actor: actorOf(officer), reference, version: 1, to: "IN_PROGRESS" }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "inquiryChanged" });
  });

  it("lets notes through whatever the version: they overwrite nothing", async () => {
    const { reference } = await newInquiry();
    await writes.changeInquiryStatus({ actor: actorOf(officer), reference, version: 1, to: "IN_PROGRESS" });
    await writes.addInquiryNote({ actor: actorOf(colleague), reference, text: "Called them." });
    expect((await rowOf(reference)).version).toBe(2);
  });
});

describe("assigning", () => {
  it("gives a new inquiry to an officer of its desk (then assigned), or back to no one (then new)", async () => {
    const { reference, email } = await newInquiry();
    let { version } = await writes.assignInquiry({
      actor: actorOf(officer),
      reference,
      version: 1,
      assigneeId: colleague.id,
    });
    let row = await rowOf(reference);
    expect([row.status, row.assigneeId, row.version]).toEqual(["ASSIGNED", colleague.id, 2]);
    await expect(
      writes.assignInquiry({ actor: actorOf(colleague), reference, version, assigneeId: colleague.id }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "inquiryUnchanged" });
    ({ version } = await writes.assignInquiry({ actor: actorOf(officer), reference, version, assigneeId: officer.id }));
    ({ version } = await writes.assignInquiry({ actor: actorOf(officer), reference, version, assigneeId: null }));
    row = await rowOf(reference);
    expect([row.status, row.assigneeId]).toEqual(["NEW", null]);
    const assigned = (await eventsOf(reference)).filter((e) => e.type === "assigned").map((e) => e.data);
    expect(assigned).toEqual([
      { from: null, to: colleague.id, toName: colleague.name },
      { from: colleague.id, to: officer.id, toName: officer.name },
      { from: officer.id, to: null, toName: null },
    ]);
    // Being handled is public once, however often it changes hands.
    expect((await findInquiryStatus(reference, email, "en"))?.events.map((e) => e.type)).toEqual([
      "received",
      "routed",
      "inProgress",
    ]);
    expect((await auditOf(reference)).map((entry) => [entry.action, entry.changes])).toEqual([
      ["inquiry.assign", { assigneeId: [null, colleague.id], status: ["NEW", "ASSIGNED"] }],
      ["inquiry.assign", { assigneeId: [colleague.id, officer.id] }],
      ["inquiry.assign", { assigneeId: [officer.id, null], status: ["ASSIGNED", "NEW"] }],
    ]);
    // An administrator may be given any inquiry.
    await writes.assignInquiry({ actor: actorOf(officer), reference, version, assigneeId: admin.id });
    expect((await rowOf(reference)).assigneeId).toBe(admin.id);
  });

  it("refuses anyone who does not handle the desk's inquiries, and a closed inquiry", async () => {
    const { reference } = await newInquiry();
    const inactive = await createStaffUser({ role: "INVESTMENT_OFFICER", desks: ["high-tech"], active: false });
    const before = await footprint(reference);
    for (const person of [outsider, editor, inactive]) {
      await expect(
        writes.assignInquiry({ actor: actorOf(officer), reference, version: 1, assigneeId: person.id }),
      ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { assigneeId: "assigneeNotOnDesk" } });
    }
    expect(await footprint(reference)).toEqual(before);
    await setStatus(reference, "CLOSED_WON");
    await expect(
      writes.assignInquiry({ actor: actorOf(officer), reference, version: 1, assigneeId: officer.id }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "inquiryNotAssignable" });
  });

  it("offers the desk's officers and the administrators, and the other active desks", async () => {
    const { reference } = await newInquiry();
    const detail = await getInquiryDetail({ actor: actorOf(officer), reference, locale: "en" });
    const ids = detail?.officers.map((o) => o.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining([officer.id, colleague.id, admin.id]));
    expect(ids).not.toContain(outsider.id);
    expect(ids).not.toContain(editor.id);
    expect(detail?.desks.map((d) => d.id)).toContain(agriculture);
    expect(detail?.desks.map((d) => d.id)).not.toContain(highTech);
    expect(detail?.routing).toMatchObject({ kind: "rule", sector: "Electronics" });
  });
});

describe("re-routing", () => {
  it("sends the inquiry to another desk, unassigned, and queues the new desk's notice with its event", async () => {
    const { reference } = await newInquiry();
    let { version } = await writes.assignInquiry({
      actor: actorOf(officer),
      reference,
      version: 1,
      assigneeId: officer.id,
    });
    ({ version } = await writes.rerouteInquiry({
      actor: actorOf(officer),
      reference,
      version,
      deskId: agriculture,
      comment: "A greenhouse project, not electronics.",
    }));
    const row = await rowOf(reference);
    expect([row.deskId, row.assigneeId, row.routingRuleId, row.status]).toEqual([agriculture, null, null, "NEW"]);
    const rerouted = (await eventsOf(reference)).find((e) => e.type === "rerouted");
    expect(rerouted).toMatchObject({
      public: false,
      actorId: officer.id,
      data: { from: highTech, to: agriculture, comment: "A greenhouse project, not electronics." },
    });
    const outbox = await outboxOf(reference);
    expect(outbox.filter((e) => e.kind === "rerouted").map((e) => e.eventId)).toEqual([rerouted?.id]);
    expect((await auditOf(reference)).at(-1)).toMatchObject({
      action: "inquiry.reroute",
      changes: { deskId: [highTech, agriculture], assigneeId: [officer.id, null], status: ["ASSIGNED", "NEW"] },
    });
    // It is the other desk's now.
    expect(await getInquiryDetail({ actor: actorOf(officer), reference, locale: "en" })).toBeNull();
    const there = await getInquiryDetail({ actor: actorOf(outsider), reference, locale: "en" });
    expect(there?.routing).toEqual({ kind: "rerouted" });
    expect(there?.timeline.find((e) => e.type === "rerouted")?.details).toMatchObject({
      from: "High-tech and digital economy desk",
      to: "High-tech agriculture desk",
    });
    await expect(
      writes.rerouteInquiry({ actor: actorOf(outsider), reference, version, deskId: agriculture }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { deskId: "sameDesk" } });
  });
});

describe("replying", () => {
  it("records the first response once, tells the investor it was answered, and queues each reply", async () => {
    const { reference, email } = await newInquiry();
    const first = new Date(Date.now() + 3_600_000);
    const later = new Date(first.getTime() + 86_400_000);
    const one = await writes.replyToInquiry({
      actor: actorOf(officer),
      reference,
      version: 1,
      subject: `Re: ${reference}`,
      text: "Secret reply text one",
      now: first,
    });
    const two = await writes.replyToInquiry({
      actor: actorOf(colleague),
      reference,
      version: one.version,
      subject: "Site visit",
      text: "Secret reply text two",
      now: later,
    });
    expect((await rowOf(reference)).firstResponseAt).toEqual(first);
    const events = await eventsOf(reference);
    const replies = events.filter((e) => e.type === "reply");
    expect(replies.map((e) => [e.id, e.public, e.data])).toEqual([
      [one.eventId, false, { subject: `Re: ${reference}`, text: "Secret reply text one" }],
      [two.eventId, false, { subject: "Site visit", text: "Secret reply text two" }],
    ]);
    expect((await outboxOf(reference)).filter((e) => e.kind === "reply").map((e) => e.eventId)).toEqual([
      one.eventId,
      two.eventId,
    ]);
    const view = await findInquiryStatus(reference, email, "en");
    expect(view?.events.map((e) => e.type)).toEqual(["received", "routed", "inProgress", "answered", "answered"]);
    expect(view?.answeredAt).toBe(first.toISOString());
    expect(view?.events.some((e) => JSON.stringify(e).includes("Secret"))).toBe(false);
  });

  it("refuses to answer a held or spam inquiry", async () => {
    const held = await newInquiry({ hold: true });
    await expect(
      writes.replyToInquiry({ actor: actorOf(admin), reference: held.reference, version: 1, subject: "x", text: "y" }),
    ).rejects.toMatchObject({ reason: "inquiryNotAnswerable" });
    const { reference } = await newInquiry();
    await setStatus(reference, "SPAM");
    await expect(
      writes.replyToInquiry({ actor: actorOf(officer), reference, version: 1, subject: "x", text: "y" }),
    ).rejects.toMatchObject({ reason: "inquiryNotAnswerable" });
    expect(await outboxOf(reference)).toHaveLength(2); // only the two sent on receipt
  });

  it("prefills the subject with the reference, and trims what is typed", async () => {
    expect(
      replySchema.parse({ reference: "la-2026-abcdef", version: "2", subject: "  Re:\n LA ", text: "\r\n Hi \r\n" }),
    ).toEqual({ reference: "LA-2026-ABCDEF", version: 2, subject: "Re: LA", text: "Hi" });
    expect(assignSchema.parse({ reference: "LA-2026-ABCDEF", version: "1", assigneeId: "" }).assigneeId).toBeNull();
    expect(assignSchema.parse({ reference: "LA-2026-ABCDEF", version: "1", assigneeId: "me" }).assigneeId).toBe("me");
    expect(replySchema.safeParse({ reference: "LA-2026-ABCDEF", version: "1", subject: "", text: "" }).success).toBe(
      false,
    );
  });
});

describe("held inquiries", () => {
  it("are released once: routed by the rules, due from release, both e-mails queued exactly once", async () => {
    const held = await newInquiry({ hold: true });
    expect([held.status, held.deskId]).toEqual(["HELD", null]);
    expect(await outboxOf(held.reference)).toEqual([]);
    const now = new Date("2026-12-07T02:00:00Z"); // a Monday
    const { version } = await writes.releaseHeldInquiry({
      actor: actorOf(admin),
      reference: held.reference,
      version: 1,
      now,
    });
    const row = await rowOf(held.reference);
    expect([row.status, row.deskId]).toEqual(["NEW", highTech]);
    expect(row.routingRuleId).not.toBeNull();
    expect(row.dueAt?.getTime()).toBeGreaterThan(now.getTime());
    expect((await outboxOf(held.reference)).map((e) => e.kind).sort()).toEqual(["desk", "investor"]);
    expect((await eventsOf(held.reference)).map((e) => [e.type, e.public])).toEqual([
      ["received", true],
      ["held", false],
      ["released", false],
      ["routed", true],
    ]);
    // Again: refused, nothing more queued (with the old version, and with the new one).
    await expect(
      writes.releaseHeldInquiry({ actor: actorOf(admin), reference: held.reference, version: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "inquiryChangedBy", values: { name: admin.name } });
    await expect(
      writes.releaseHeldInquiry({ actor: actorOf(admin), reference: held.reference, version }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "inquiryNotHeld" });
    expect(await outboxOf(held.reference)).toHaveLength(2);
    // Now the desk's officers have it.
    expect((await getInquiryDetail({ actor: actorOf(officer), reference: held.reference, locale: "vi" }))?.status).toBe(
      "NEW",
    );
  });

  it("are confirmed as spam without any e-mail", async () => {
    const held = await newInquiry({ hold: true });
    await writes.changeInquiryStatus({ actor: actorOf(admin), reference: held.reference, version: 1, to: "SPAM" });
    const row = await rowOf(held.reference);
    expect(row.status).toBe("SPAM");
    expect(row.closedAt).not.toBeNull();
    expect(await outboxOf(held.reference)).toEqual([]);
    expect((CLOSED_STATUSES as readonly string[]).includes(row.status)).toBe(true);
  });
});

describe("notes and the audit log", () => {
  it("keeps notes off the investor's page, and neither notes nor replies in the audit log", async () => {
    const { reference, email } = await newInquiry();
    const { eventId } = await writes.addInquiryNote({
      actor: actorOf(officer),
      reference,
      text: "Internal: the investor's budget is tight",
    });
    const note = (await eventsOf(reference)).find((e) => e.id === eventId);
    expect(note).toMatchObject({ type: "note", public: false, actorId: officer.id });
    await writes.replyToInquiry({
      actor: actorOf(officer),
      reference,
      version: 1,
      subject: "Private subject line",
      text: "Private reply body",
    });
    const view = await findInquiryStatus(reference, email, "en");
    expect(view?.events.map((e) => e.type)).not.toContain("note");
    const audit = await auditOf(reference);
    expect(audit.map((entry) => entry.action)).toEqual(["inquiry.note", "inquiry.reply"]);
    const logged = JSON.stringify(audit.map(({ id, ...entry }) => entry));
    for (const secret of ["budget is tight", "Private subject line", "Private reply body"]) {
      expect(logged).not.toContain(secret);
    }
    expect(audit[0]?.changes).toEqual({ eventId, length: "Internal: the investor's budget is tight".length });
    // The timeline on the detail page has them, with the officer's name.
    const detail = await getInquiryDetail({ actor: actorOf(colleague), reference, locale: "en" });
    expect(detail?.timeline.find((e) => e.type === "note")).toMatchObject({
      actor: officer.name,
      details: { text: "Internal: the investor's budget is tight" },
    });
  });
});

describe("the page's server actions", () => {
  const signIn = async (user: StaffFixtureUser | null) => {
    resetRequest();
    if (user) {
      const session = await createStaffSession(user.id);
      request.jar.set(session.cookieName, session.token);
    }
  };

  /** Each action, with fields that would be accepted from the inquiry's own officer. */
  const calls = (reference: string, version: number, heldReference: string) =>
    [
      ["assign", actions.assignInquiryAction, { reference, version: String(version), assigneeId: "me" }],
      ["status", actions.changeInquiryStatusAction, { reference, version: String(version), to: "IN_PROGRESS" }],
      ["reroute", actions.rerouteInquiryAction, { reference, version: String(version), deskId: String(agriculture) }],
      ["note", actions.addInquiryNoteAction, { reference, text: "A note" }],
      ["reply", actions.replyToInquiryAction, { reference, version: String(version), subject: "Re", text: "Hello" }],
      ["release", actions.releaseHeldInquiryAction, { reference: heldReference, version: "1" }],
      ["spam", actions.confirmSpamAction, { reference: heldReference, version: "1" }],
    ] as const;

  it("send someone signed out to sign in, refuse an editor, and answer an officer of another desk 'not found'", async () => {
    const { reference } = await newInquiry();
    const held = await newInquiry({ hold: true });
    for (const [name, action, fields] of calls(reference, 1, held.reference)) {
      const target = name === "release" || name === "spam" ? held.reference : reference;
      const before = await footprint(target);
      await signIn(null);
      expect((await callAction<FormState>(action, { locale: "en", ...fields })).redirectedTo, name).toBe(
        "/en/admin/sign-in?expired=1",
      );
      await signIn(editor);
      expect((await callAction<FormState>(action, { locale: "en", ...fields })).state?.errors, name).toEqual({
        form: "forbidden",
      });
      await signIn(outsider);
      expect((await callAction<FormState>(action, { locale: "en", ...fields })).state?.errors, name).toEqual({
        form: "inquiryNotFound",
      });
      expect(await footprint(target), `${name} wrote nothing`).toEqual(before);
    }
  });

  it("make the change for the inquiry's officer and end on its page with a notice", async () => {
    const { reference } = await newInquiry();
    await signIn(officer);
    const taken = await callAction<FormState>(actions.assignInquiryAction, {
      locale: "en",
      reference: reference.toLowerCase(),
      version: "1",
      assigneeId: "me",
    });
    expect(taken.redirectedTo).toBe(`/en/admin/inquiries/${reference}?done=taken`);
    expect((await rowOf(reference)).assigneeId).toBe(officer.id);
    // The same version again: refused with who changed it, for the form to say so.
    const stale = await callAction<FormState>(actions.changeInquiryStatusAction, {
      locale: "vi",
      reference,
      version: "1",
      to: "IN_PROGRESS",
    });
    expect(stale.state?.errors).toEqual({ form: "inquiryChangedBy" });
    expect(stale.state?.details?.name).toBe(officer.name);
    // Closing without a reason: the field says so.
    await setStatus(reference, "QUALIFIED");
    const unreasoned = await callAction<FormState>(actions.changeInquiryStatusAction, {
      locale: "vi",
      reference,
      version: String((await rowOf(reference)).version),
      to: "CLOSED_WON",
    });
    expect(unreasoned.state?.errors).toEqual({ reason: "closeReasonRequired" });
    // Re-routed away from the officer's desks: back to the list, the inquiry is not theirs to see any more.
    await setStatus(reference, "IN_PROGRESS");
    const away = await callAction<FormState>(actions.rerouteInquiryAction, {
      locale: "vi",
      reference,
      version: String((await rowOf(reference)).version),
      deskId: String(agriculture),
    });
    expect(away.redirectedTo).toBe("/vi/admin/inquiries?done=rerouted");
  });
});
