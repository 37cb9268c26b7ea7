import { randomUUID } from "node:crypto";
import pg from "pg";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/form-state";
import { permissionsOf } from "@/lib/permissions";
import { foldForSearch } from "@/lib/search-text";
import { clearInquiries, seedInquiryContent } from "../fixtures/inquiry-database";
import { callAction, request, resetRequest } from "../fixtures/next-request";
import { createStaffSession, createStaffUser, deleteTestStaff, type StaffFixtureUser } from "../fixtures/staff";

// What the portal holds about a person: found by their address whatever its
// case (and never someone else's), handed over whole, erased without a
// trace in any table or the job queue while the report figures stay, their
// newsletter consent withdrawn by link or by staff, and closed inquiries
// anonymised once their retention period has passed.
vi.mock("next/headers", async () => (await import("../fixtures/next-request")).nextHeaders);

const { db } = await import("@/server/db");
const { createInquiry } = await import("@/server/inquiries/create-inquiry");
const triage = await import("@/server/inquiries/triage-writes");
const privacy = await import("@/server/privacy/personal-data");
const { anonymiseExpiredInquiries, monthsBefore } = await import("@/server/privacy/retention");
const { newsletterWithdrawToken } = await import("@/server/privacy/newsletter-token");
const { EMAIL_QUEUE, getBoss, stopBoss } = await import("@/server/jobs/queue");
const { relayEmailOutbox } = await import("@/server/jobs/email-outbox");
const adminActions = await import("@/app/[locale]/admin/(shell)/personal-data/actions");
const { withdrawNewsletterByLink } = await import("@/app/[locale]/(site)/newsletter/withdraw/actions");

let boss: PgBoss;
let admin: StaffFixtureUser;
let clients = 0;

beforeAll(async () => {
  await seedInquiryContent();
  boss = await getBoss();
  admin = await createStaffUser({ role: "ADMINISTRATOR", name: "Quản trị viên Thử" });
});
beforeEach(async () => {
  await clearInquiries();
  // Archived jobs are the queue's; the fixture leaves them.
  await sql("DO $$ BEGIN IF to_regclass('pgboss.archive') IS NOT NULL THEN DELETE FROM pgboss.archive; END IF; END $$");
  resetRequest(`2001:db8:6::${(++clients).toString(16)}`);
});
afterAll(async () => {
  await clearInquiries();
  await deleteTestStaff();
  await stopBoss();
  await db.$disconnect();
});

const actorOf = (user: StaffFixtureUser) => ({
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

/** Plain SQL on its own connection, as someone with a database client would look. */
async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

// The person whose data is erased. Her address has an underscore: a lookup
// that treated it as a LIKE wildcard would also find the other person.
const person = {
  fullName: "Phạm Thị Quỳnh Như",
  organisation: "Công ty Hoa Sen Xanh Zeta",
  position: "Giám đốc Zeta",
  email: "quynh_nhu.pham@hoasen-zeta.example",
  phone: "+84 912 345 678",
  message: "Chúng tôi cần đất cho nhà máy sấy nông sản Zeta-77.",
};
const other = {
  fullName: "Trần Văn Bình",
  organisation: "Bình Minh Logistics",
  email: "quynhxnhu.pham@hoasen-zeta.example",
  phone: "+84 988 111 222",
  message: "Kho lạnh gần cảng Long An, khoảng 2 ha.",
};
/** What must be found nowhere after erasure: as stored, lower-cased, and folded as the search text folds it. */
const traces = [
  person.email,
  person.fullName,
  person.organisation,
  person.position,
  person.phone,
  "nhà máy sấy nông sản",
  "zeta-77",
  "quỳnh như",
].flatMap((value) => [value.toLowerCase(), foldForSearch(value)]);

const form = (who: typeof person | typeof other, overrides: Record<string, unknown> = {}) => ({
  fullName: who.fullName,
  organisation: who.organisation,
  position: "position" in who ? who.position : undefined,
  country: "VN",
  email: who.email,
  phone: who.phone,
  sector: "high-tech-agriculture",
  hub: "can-giuoc",
  parcels: "",
  capitalRange: "10m-50m",
  landArea: "2",
  landAreaUnit: "ha",
  expectedJobs: "120",
  timeline: "within-12-months",
  message: who.message,
  consentProcessing: "on",
  consentNewsletter: "on",
  ...overrides,
});

async function submit(who: typeof person | typeof other, now: Date, overrides: Record<string, unknown> = {}) {
  const result = await createInquiry({ form: form(who, overrides), idempotencyKey: randomUUID(), locale: "vi", now });
  if (!result.ok || !result.created) throw new Error("inquiry not stored");
  return db.inquiry.findUniqueOrThrow({ where: { reference: result.reference } });
}

/**
 * Two inquiries of the person (one stored with her address in capitals, as
 * older rows may be) and one of the other person, each worked on from the
 * back office, with e-mails queued, sent, failed and archived.
 */
async function twoPeople() {
  const actor = actorOf(admin);
  const first = await submit(person, new Date("2026-03-10T03:00:00Z"));
  const second = await submit(person, new Date("2026-06-02T03:00:00Z"), {
    message: "Câu hỏi thứ hai về Zeta-77: thời hạn thuê đất?",
    sector: "logistics",
  });
  await db.inquiry.update({ where: { id: second.id }, data: { email: person.email.toUpperCase() } });
  const theirs = await submit(other, new Date("2026-06-05T03:00:00Z"));

  // The confirmations and desk notices go into the queue; one fails and is archived, quoting the address.
  expect(await relayEmailOutbox(boss)).toBe(6);
  const [failed] = await sql<{ id: string }>(
    `SELECT id FROM pgboss.job WHERE name = $1 AND data->>'inquiryId' = $2 AND data->>'kind' = 'investor'`,
    [EMAIL_QUEUE, String(first.id)],
  );
  await sql(`UPDATE pgboss.job SET state = 'failed', output = jsonb_build_object('message', $2::text) WHERE id = $1`, [
    failed?.id,
    `550 5.1.1 <${person.email}>: mailbox of ${person.fullName} unavailable`,
  ]);
  await sql(`INSERT INTO pgboss.archive SELECT *, now() FROM pgboss.job WHERE id = $1`, [failed?.id]);
  await db.emailDelivery.create({
    data: {
      inquiryId: first.id,
      kind: "investor",
      state: "NOT_ACCEPTED",
      messageId: `<${first.reference}.investor@example.test>`,
      attempts: 1,
      lastError: `550 5.1.1 <${person.email}>: Recipient address rejected`,
    },
  });
  await db.inquiryEvent.create({
    data: {
      inquiryId: first.id,
      type: "email-failed",
      data: { kind: "investor", to: person.email, messageId: `<${first.reference}.investor@example.test>` },
    },
  });

  // The back office works on both of her inquiries and on his.
  let version = first.version;
  ({ version } = await triage.assignInquiry({ actor, reference: first.reference, version, assigneeId: admin.id }));
  await triage.addInquiryNote({
    actor,
    reference: first.reference,
    text: `Gọi lại cho chị ${person.fullName} theo số ${person.phone}.`,
  });
  ({ version } = await triage.replyToInquiry({
    actor,
    reference: first.reference,
    version,
    subject: `Về nhà máy sấy nông sản của ${person.organisation}`,
    text: `Kính gửi chị ${person.fullName}, khu đất Zeta-77 phù hợp.`,
  }));
  ({ version } = await triage.changeInquiryStatus({
    actor,
    reference: first.reference,
    version,
    to: "IN_PROGRESS",
  }));
  await triage.changeInquiryStatus({
    actor,
    reference: first.reference,
    version,
    to: "CLOSED_LOST",
    reason: "choseOtherLocation",
    comment: `Chị Như (${person.email}) chọn nơi khác.`,
  });
  await triage.addInquiryNote({ actor, reference: theirs.reference, text: `Anh ${other.fullName} cần kho lạnh.` });
  return { first, second, theirs };
}

/** Every text, JSON and array column of every table of the portal and of the job queue, searched for each trace. */
async function tracesLeft(needles: string[]) {
  const columns = await sql<{ schema: string; table: string; column: string }>(
    `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
     FROM information_schema.columns c JOIN information_schema.tables t
       ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema IN ('public', 'pgboss')
       AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')`,
  );
  expect(columns.map((c) => `${c.schema}.${c.table}`)).toEqual(
    expect.arrayContaining([
      "public.Inquiry",
      "public.InquiryEvent",
      "public.EmailOutbox",
      "public.EmailDelivery",
      "public.AuditEntry",
      "pgboss.job",
      "pgboss.archive",
    ]),
  );
  const found: string[] = [];
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    for (const { schema, table, column } of columns) {
      const { rows } = await client.query<{ needle: string }>(
        `SELECT DISTINCT n AS needle FROM "${schema}"."${table}" t, unnest($1::text[]) AS n
         WHERE strpos(lower(t."${column}"::text), n) > 0`,
        [needles],
      );
      for (const { needle } of rows) found.push(`${schema}.${table}.${column}: ${needle}`);
    }
  } finally {
    await client.end();
  }
  return found;
}

/** The figures the reports count, by sector, hub, country, capital range and month. */
const figures = () =>
  sql(
    `SELECT "sectorId", "hubId", country, "capitalRange", "landAreaM2", "expectedJobs", timeline,
       to_char("createdAt", 'YYYY-MM') AS month, "deskId", count(*)::int AS n
     FROM "Inquiry" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9`,
  );

describe("finding and exporting a person's data", () => {
  it("finds every inquiry of the address in any case, and no one else's", async () => {
    const { first, second, theirs } = await twoPeople();
    const found = await privacy.findPersonalData("  QUYNH_NHU.Pham@HoaSen-Zeta.example ", "vi");
    expect(found.inquiries.map((inquiry) => inquiry.reference)).toEqual([first.reference, second.reference]);
    const [one] = found.inquiries;
    expect(one).toMatchObject({
      fullName: person.fullName,
      organisation: person.organisation,
      position: person.position,
      email: person.email,
      phone: person.phone,
      message: person.message,
      country: "VN",
      capitalRange: "FROM_10M_TO_50M",
      landAreaM2: 20_000,
      privacyNoticeVersion: first.privacyNoticeVersion,
      consentedAt: first.consentedAt,
      newsletterConsentAt: first.newsletterConsentAt,
      status: "CLOSED_LOST",
    });
    expect(one?.events.map((event) => event.type)).toEqual(
      expect.arrayContaining(["received", "routed", "assigned", "note", "reply", "status", "email-failed"]),
    );
    expect(one?.events.find((event) => event.type === "reply")?.data).toMatchObject({
      text: `Kính gửi chị ${person.fullName}, khu đất Zeta-77 phù hợp.`,
    });
    expect(one?.deliveries).toEqual([expect.objectContaining({ kind: "investor", state: "NOT_ACCEPTED" })]);
    expect((await privacy.findPersonalData(other.email)).inquiries.map((i) => i.reference)).toEqual([theirs.reference]);
    expect((await privacy.findPersonalData("quynh%@hoasen-zeta.example")).inquiries).toEqual([]);
  });

  it("exports everything as a JSON document and records the export with references only", async () => {
    const { first, second } = await twoPeople();
    const data = await privacy.exportPersonalData({
      actor: actorOf(admin),
      email: person.email,
      format: "json",
      locale: "en",
    });
    const document = JSON.parse(
      JSON.stringify(privacy.personalDataDocument(data, { controller: "Test board", generatedAt: new Date() })),
    );
    expect(document.email).toBe(person.email);
    expect(document.inquiries.map((inquiry: { reference: string }) => inquiry.reference)).toEqual([
      first.reference,
      second.reference,
    ]);
    const text = JSON.stringify(document);
    for (const value of [person.fullName, person.phone, person.message, "Câu hỏi thứ hai", "Gọi lại cho chị"]) {
      expect(text).toContain(value);
    }
    expect(document.inquiries[0].sector).toBe("High-tech agriculture");
    const [entry] = await db.auditEntry.findMany({
      where: { action: "personal-data.export" },
      orderBy: { id: "desc" },
    });
    expect(entry).toMatchObject({
      actorId: admin.id,
      entityType: "personal-data",
      changes: { format: "json", inquiries: 2, references: `${first.reference}, ${second.reference}` },
    });
    expect(JSON.stringify(entry?.changes)).not.toContain(person.email);
  });
});

describe("erasing a person's data", () => {
  it("leaves no trace of them in any table or the job queue, keeps the figures and the other person", async () => {
    const { first, second, theirs } = await twoPeople();
    await triage.replyToInquiry({
      actor: actorOf(admin),
      reference: second.reference,
      version: second.version,
      subject: "Thời hạn thuê",
      text: `Kính gửi ${person.fullName}: 50 năm.`,
    });
    // Before: the search finds her everywhere it should, so it can fail.
    const before = await tracesLeft(traces);
    for (const where of ["Inquiry", "InquiryEvent", "EmailDelivery", "pgboss.job", "pgboss.archive"]) {
      expect(before.some((hit) => hit.includes(`.${where}.`) || hit.startsWith(`${where}.`))).toBe(true);
    }
    expect(await db.emailOutbox.count({ where: { inquiryId: second.id } })).toBe(1);
    const figuresBefore = await figures();
    const theirsBefore = await db.inquiry.findUniqueOrThrow({
      where: { id: theirs.id },
      include: { events: { orderBy: { id: "asc" } }, outbox: true },
    });
    const theirJobs = () =>
      sql(`SELECT id, state, data, output FROM pgboss.job WHERE data->>'inquiryId' = $1 ORDER BY id`, [
        String(theirs.id),
      ]);
    const theirJobsBefore = await theirJobs();

    const counts = await privacy.erasePersonalData({
      actor: actorOf(admin),
      email: person.email.toUpperCase(),
      confirm: ` ${person.email} `,
      now: new Date("2026-12-01T02:00:00Z"),
    });
    expect(counts).toMatchObject({
      references: [first.reference, second.reference],
      inquiries: 2,
      // The two replies, not yet relayed.
      outbox: 2,
      // Her two inquiries' four e-mails were queued; one of them had failed.
      jobs: 3,
      deliveries: 1,
    });
    expect(counts.events).toBeGreaterThanOrEqual(5);

    expect(await tracesLeft(traces)).toEqual([]);
    expect(await figures()).toEqual(figuresBefore);

    const [erased, erasedSecond] = await db.inquiry.findMany({
      where: { id: { in: [first.id, second.id] } },
      orderBy: { id: "asc" },
      include: { events: { orderBy: { id: "asc" } } },
    });
    expect(erased).toMatchObject({
      fullName: "[erased]",
      email: "[erased]",
      phone: null,
      position: null,
      searchText: "",
      fingerprint: null,
      newsletterConsentAt: null,
      anonymisedAt: new Date("2026-12-01T02:00:00Z"),
      status: "CLOSED_LOST",
      sectorId: first.sectorId,
      hubId: first.hubId,
      capitalRange: first.capitalRange,
      consentedAt: first.consentedAt,
      createdAt: first.createdAt,
    });
    expect(erased?.version).toBeGreaterThan(first.version);
    expect(erased?.events.find((event) => event.type === "note")?.data).toEqual({ text: "[erased]" });
    expect(erased?.events.find((event) => event.type === "reply")?.data).toEqual({
      subject: "[erased]",
      text: "[erased]",
    });
    expect(
      erased?.events.find((event) => event.type === "status" && (event.data as { to?: string }).to === "CLOSED_LOST")
        ?.data,
    ).toEqual({ from: "IN_PROGRESS", to: "CLOSED_LOST", reason: "choseOtherLocation", comment: "[erased]" });
    expect(erased?.events.find((event) => event.type === "email-failed")?.data).toMatchObject({ to: "[erased]" });
    expect(erased?.events.at(-1)).toMatchObject({ type: "anonymised", data: { reason: "request" }, actorId: admin.id });
    // Open when erased: closed, as no one can be answered any more, and the event says from what.
    expect(erasedSecond).toMatchObject({ status: "CLOSED_LOST", closedAt: new Date("2026-12-01T02:00:00Z") });
    expect(erasedSecond?.events.at(-1)?.data).toEqual({ reason: "request", closedFrom: "NEW" });
    expect(await db.emailOutbox.count({ where: { inquiryId: { in: [first.id, second.id] } } })).toBe(0);
    const herJobs = await sql<{ state: string; output: unknown }>(
      `SELECT state, output FROM pgboss.job WHERE data->>'inquiryId' = ANY($1::text[])`,
      [[String(first.id), String(second.id)]],
    );
    expect(herJobs).toEqual([{ state: "failed", output: null }]);

    // Nothing of the other person changed.
    expect(
      await db.inquiry.findUniqueOrThrow({
        where: { id: theirs.id },
        include: { events: { orderBy: { id: "asc" } }, outbox: true },
      }),
    ).toEqual(theirsBefore);
    expect(await theirJobs()).toEqual(theirJobsBefore);
    expect(await privacy.findPersonalData(person.email)).toMatchObject({ inquiries: [] });

    const [entry] = await db.auditEntry.findMany({ where: { action: "personal-data.erase" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorLabel: admin.email,
      entityType: "personal-data",
      changes: {
        references: `${first.reference}, ${second.reference}`,
        inquiries: 2,
        outbox: 2,
        jobs: 3,
        deliveries: 1,
      },
    });
  });

  it("keeps no address when an e-mail under way while she was erased ends after", async () => {
    const { first } = await twoPeople();
    const { claimEmail, recordNotAccepted, recordSent } = await import("@/server/jobs/email-delivery");
    // A worker claimed her confirmation, then the administrator erased her; the attempt ends afterwards.
    await db.emailDelivery.deleteMany({ where: { inquiryId: first.id } });
    await claimEmail({ inquiryId: first.id, kind: "investor" }, `<${first.reference}.investor@example.test>`);
    await privacy.erasePersonalData({ actor: actorOf(admin), email: person.email, confirm: person.email });
    const outcome = {
      inquiryId: first.id,
      kind: "investor",
      to: person.email,
      messageId: `<${first.reference}.investor@example.test>`,
    };
    await recordNotAccepted(outcome, `550 <${person.email}> unknown`, true);
    await claimEmail({ inquiryId: first.id, kind: "investor" }, outcome.messageId);
    await recordSent(outcome);
    const events = await db.inquiryEvent.findMany({
      where: { inquiryId: first.id, type: { in: ["email-failed", "email-sent"] } },
      orderBy: { id: "desc" },
      take: 2,
    });
    expect(events.map((event) => event.type).sort()).toEqual(["email-failed", "email-sent"]);
    expect(await tracesLeft(traces)).toEqual([]);
  });

  it("refuses a confirmation that is not the same address, and an address with nothing held, changing nothing", async () => {
    const { first } = await twoPeople();
    const entries = await db.auditEntry.count({ where: { action: "personal-data.erase" } });
    await expect(
      privacy.erasePersonalData({ actor: actorOf(admin), email: person.email, confirm: other.email }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { confirmEmail: "confirmEmailDiffers" } });
    await expect(
      privacy.erasePersonalData({ actor: actorOf(admin), email: "nobody@example.vn", confirm: "nobody@example.vn" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND", reason: "personNotFound" });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: first.id } })).anonymisedAt).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "personal-data.erase" } })).toBe(entries);
  });

  it("is done by an administrator's action; anonymous people are sent to sign in, officers and editors refused", async () => {
    const { first } = await twoPeople();
    const fields = { locale: "en", email: person.email, confirmEmail: person.email };
    expect((await callAction<FormState>(adminActions.erasePersonalDataAction, fields)).redirectedTo).toBe(
      "/en/admin/sign-in?expired=1",
    );
    for (const role of ["INVESTMENT_OFFICER", "EDITOR"] as const) {
      const user = await createStaffUser({ role, desks: role === "EDITOR" ? [] : ["agriculture"] });
      const session = await createStaffSession(user.id);
      request.jar.set(session.cookieName, session.token);
      expect((await callAction<FormState>(adminActions.erasePersonalDataAction, fields)).state?.errors).toEqual({
        form: "forbidden",
      });
      expect(
        (await callAction<FormState>(adminActions.withdrawNewsletterAction, { locale: "en", email: person.email }))
          .state?.errors,
      ).toEqual({ form: "forbidden" });
    }
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: first.id } })).anonymisedAt).toBeNull();

    const session = await createStaffSession(admin.id);
    request.jar.set(session.cookieName, session.token);
    const mistyped = await callAction<FormState>(adminActions.erasePersonalDataAction, {
      ...fields,
      confirmEmail: "someone@else.example",
    });
    expect(mistyped.state?.errors).toEqual({ confirmEmail: "confirmEmailDiffers" });
    // The confirmation is never sent back into the page.
    expect(mistyped.state?.values).toEqual({ locale: "en", email: person.email });
    const done = await callAction<FormState>(adminActions.erasePersonalDataAction, fields);
    expect(done.redirectedTo).toMatch(/^\/en\/admin\/personal-data\?email=.+&done=erased&count=2&refs=LA-/);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: first.id } })).anonymisedAt).not.toBeNull();
  });
});

describe("withdrawing consent to news by e-mail", () => {
  it("works with the link's token, once, for every inquiry of the address; a wrong token changes nothing", async () => {
    const { first, second, theirs } = await twoPeople();
    const token = await newsletterWithdrawToken(first.reference);
    const post = (ref: string, value: string) =>
      callAction(withdrawNewsletterByLink, { ref, token: value, locale: "vi" });
    const consent = async () =>
      (
        await db.inquiry.findMany({
          where: { id: { in: [first.id, second.id, theirs.id] } },
          orderBy: { id: "asc" },
        })
      ).map((inquiry) => inquiry.newsletterConsentAt !== null);

    const tampered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    expect((await post(first.reference, tampered)).state).toEqual({ outcome: "invalid" });
    expect((await post(theirs.reference, token)).state).toEqual({ outcome: "invalid" });
    expect((await post(first.reference, "")).state).toEqual({ outcome: "invalid" });
    expect(await consent()).toEqual([true, true, true]);

    expect((await post(first.reference, token)).state).toEqual({ outcome: "withdrawn" });
    expect(await consent()).toEqual([false, false, true]);
    // Again: the same friendly answer, nothing more recorded.
    expect((await post(first.reference, token)).state).toEqual({ outcome: "withdrawn" });
    const events = await db.inquiryEvent.findMany({ where: { type: "newsletter-withdrawn" }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.inquiryId, event.data, event.actorId])).toEqual([
      [first.id, { by: "investor" }, null],
      [second.id, { by: "investor" }, null],
    ]);
    // The investor is no one to name in the audit log.
    expect(await db.auditEntry.count({ where: { action: "newsletter.withdraw", entityId: first.reference } })).toBe(0);
  });

  it("is rate-limited per client", async () => {
    const { first } = await twoPeople();
    for (let attempt = 0; attempt < 20; attempt++) {
      await callAction(withdrawNewsletterByLink, { ref: first.reference, token: "x".repeat(43) });
    }
    const token = await newsletterWithdrawToken(first.reference);
    const limited = await callAction(withdrawNewsletterByLink, { ref: first.reference, token });
    expect(limited.state).toMatchObject({ outcome: "rateLimited" });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: first.id } })).newsletterConsentAt).not.toBeNull();
  });

  it("is done by staff on request, audited per inquiry", async () => {
    const { first, second, theirs } = await twoPeople();
    const session = await createStaffSession(admin.id);
    request.jar.set(session.cookieName, session.token);
    const outcome = await callAction<FormState>(adminActions.withdrawNewsletterAction, {
      locale: "vi",
      email: person.email.toUpperCase(),
    });
    expect(outcome.redirectedTo).toContain("done=withdrawn&count=2");
    const entries = await db.auditEntry.findMany({
      where: { action: "newsletter.withdraw", entityId: { in: [first.reference, second.reference] } },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => [entry.entityId, entry.actorId, entry.changes])).toEqual([
      [first.reference, admin.id, { newsletterConsentAt: [first.newsletterConsentAt?.toISOString(), null] }],
      [second.reference, admin.id, { newsletterConsentAt: [second.newsletterConsentAt?.toISOString(), null] }],
    ]);
    const events = await db.inquiryEvent.findMany({ where: { type: "newsletter-withdrawn", actorId: admin.id } });
    expect(events.map((event) => event.inquiryId).sort()).toEqual([first.id, second.id].sort());
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: theirs.id } })).newsletterConsentAt).not.toBeNull();
  });
});

describe("retention", () => {
  it("anonymises only inquiries closed for longer than the setting, audited, and follows a changed setting", async () => {
    const { first, second, theirs } = await twoPeople();
    const spam = await submit(other, new Date("2024-01-05T03:00:00Z"), { message: "Quảng cáo" });
    const now = new Date("2028-06-15T00:00:00Z");
    // first: closed 2 Jan 2026 (29 months before); spam: closed 14 Jul 2026 (23 months); theirs: open; second: open.
    await db.inquiry.update({ where: { id: first.id }, data: { closedAt: new Date("2026-01-02T00:00:00Z") } });
    await db.inquiry.update({
      where: { id: spam.id },
      data: { status: "SPAM", closedAt: new Date("2026-07-14T00:00:00Z") },
    });
    await db.inquiry.update({ where: { id: theirs.id }, data: { closedAt: null } });
    const figuresBefore = await figures();

    const run = await anonymiseExpiredInquiries({ now });
    expect(run).toMatchObject({ retentionMonths: 24, anonymised: 1, references: [first.reference] });
    expect(run.cutoff).toEqual(new Date("2026-06-15T00:00:00Z"));
    const state = async () =>
      Object.fromEntries(
        (await db.inquiry.findMany({ orderBy: { id: "asc" } })).map((inquiry) => [
          inquiry.reference,
          inquiry.anonymisedAt !== null,
        ]),
      );
    expect(await state()).toEqual({
      [first.reference]: true,
      [second.reference]: false,
      [theirs.reference]: false,
      [spam.reference]: false,
    });
    const [entry] = await db.auditEntry.findMany({ where: { action: "retention.anonymise" }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({
      actorId: null,
      actorLabel: "system:retention",
      clientKey: null,
      entityType: "personal-data",
      changes: { retentionMonths: 24, inquiries: 1, references: first.reference },
    });
    const firstEvents = await db.inquiryEvent.findMany({ where: { inquiryId: first.id }, orderBy: { id: "asc" } });
    expect(firstEvents.at(-1)).toMatchObject({ type: "anonymised", data: { reason: "retention" }, actorId: null });
    // A second run the same night finds nothing and records nothing.
    const entries = await db.auditEntry.count({ where: { action: "retention.anonymise" } });
    expect((await anonymiseExpiredInquiries({ now })).anonymised).toBe(0);
    expect(await db.auditEntry.count({ where: { action: "retention.anonymise" } })).toBe(entries);

    // A shorter period, as the privacy notice would then state: the spam closed 23 months ago goes too.
    await db.siteSettings.update({ where: { id: 1 }, data: { retentionMonths: 12 } });
    try {
      const shorter = await anonymiseExpiredInquiries({ now, batchSize: 1 });
      expect(shorter).toMatchObject({ retentionMonths: 12, anonymised: 1, references: [spam.reference] });
    } finally {
      await db.siteSettings.update({ where: { id: 1 }, data: { retentionMonths: 24 } });
    }
    expect(await state()).toMatchObject({
      [spam.reference]: true,
      [theirs.reference]: false,
      [second.reference]: false,
    });
    expect(await figures()).toEqual(figuresBefore);
  });

  it("counts months by the calendar", () => {
    expect(monthsBefore(new Date("2028-03-31T10:00:00Z"), 1)).toEqual(new Date("2028-02-29T10:00:00Z"));
    expect(monthsBefore(new Date("2028-01-15T00:00:00Z"), 24)).toEqual(new Date("2026-01-15T00:00:00Z"));
  });
});
