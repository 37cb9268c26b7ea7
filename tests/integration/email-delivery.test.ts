import type { ParsedMail } from "mailparser";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { clearInquiries, insertInquiries, seedInquiryContent } from "../fixtures/inquiry-database";
import { createTestSmtp, startSilentAfterDataSmtp } from "../fixtures/smtp-server";
import { startForwarder } from "../fixtures/tcp-forwarder";

// At most once, with a visible exception: every case a real SMTP server (or
// one that misbehaves on purpose) and a real PostgreSQL, reached through a
// forwarder the test can cut between the mail server's answer and the record.
const direct = new URL(process.env.DATABASE_URL as string);
const forwarder = await startForwarder({ host: direct.hostname, port: Number(direct.port || 5432) });
const throughForwarder = new URL(direct);
throughForwarder.port = String(forwarder.port);
process.env.DATABASE_URL = throughForwarder.toString();
const SMTP_PORT = 20_000 + Math.floor(Math.random() * 20_000);
process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
process.env.EMAIL_RETRY_DELAY_SECONDS = "1";

const { db } = await import("@/server/db");
const { deliverInquiryEmail, startEmailWorker } = await import("@/server/jobs/email-worker");
const { stopBoss } = await import("@/server/jobs/queue");
const { SmtpFailure } = await import("@/server/mail/smtp-failure");

const check = new pg.Pool({ connectionString: direct.toString(), max: 2 });
const smtp = createTestSmtp(SMTP_PORT);

type Delivery = { kind: string; state: string; messageId: string; attempts: number; lastError: string | null };
const deliveries = async (inquiryId: number) =>
  (
    await check.query<Delivery>(
      `SELECT kind, state, "messageId", attempts, "lastError" FROM "EmailDelivery" WHERE "inquiryId" = $1 ORDER BY kind`,
      [inquiryId],
    )
  ).rows;
const delivery = async (inquiryId: number, kind: string) => (await deliveries(inquiryId)).find((d) => d.kind === kind);
const events = async (inquiryId: number) =>
  (
    await check.query<{ type: string; public: boolean; data: Record<string, string> }>(
      `SELECT type, public, data FROM "InquiryEvent" WHERE "inquiryId" = $1 AND type LIKE 'email-%' ORDER BY id`,
      [inquiryId],
    )
  ).rows;
const jobStates = async () =>
  Object.fromEntries(
    (
      await check.query<{ state: string; n: number }>(
        "SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = 'inquiry-email' GROUP BY state",
      )
    ).rows.map((r) => [r.state, r.n]),
  );

async function waitFor(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const messageIdOf = (mail: ParsedMail) => mail.messageId ?? "";
const count = (mails: ParsedMail[], messageId: string) => mails.filter((m) => messageIdOf(m) === messageId).length;
const expectedId = (reference: string, kind: string) => `<${reference}.${kind}@longan-hitech.example>`;

async function oneInquiry() {
  const [inquiry] = await insertInquiries({ count: 1, email: () => "investor@example.com" });
  if (!inquiry) throw new Error("not stored");
  return inquiry;
}

beforeAll(async () => {
  await seedInquiryContent(direct.toString());
});
beforeEach(async () => {
  await clearInquiries();
  smtp.accepted.length = 0;
  smtp.refused.length = 0;
  smtp.beforeAnswer = undefined;
  smtp.refuseNext(0);
});
afterEach(() => smtp.close());
afterAll(async () => {
  await stopBoss();
  await db.$disconnect();
  await check.end();
  await forwarder.close();
});

describe("e-mail delivery, at most once", () => {
  it("sends with a Message-ID stable per inquiry and kind, and a job finding it sent sends nothing", async () => {
    await smtp.listen();
    const inquiry = await oneInquiry();
    const email = { inquiryId: inquiry.id, kind: "investor" } as const;
    await deliverInquiryEmail(email);
    await deliverInquiryEmail(email);
    await deliverInquiryEmail(email);

    const messageId = expectedId(inquiry.reference, "investor");
    expect(smtp.accepted.map(messageIdOf)).toEqual([messageId]);
    expect(await delivery(inquiry.id, "investor")).toMatchObject({ state: "SENT", messageId, attempts: 1 });
    expect(await events(inquiry.id)).toEqual([
      { type: "email-sent", public: false, data: { kind: "investor", to: "investor@example.com", messageId } },
    ]);
  });

  it("retries a refused connection and a 451 at the end of the data, and sends each e-mail exactly once", async () => {
    const inquiries = await insertInquiries({ count: 2, email: (i) => `investor${i}@example.com` });
    const stopWorker = await startEmailWorker();
    try {
      // No mail server yet: every e-mail's first attempt finds the port closed.
      await waitFor("four refused first attempts", async () => {
        const rows = (await Promise.all(inquiries.map((i) => deliveries(i.id)))).flat();
        return rows.length === 4 && rows.every((d) => d.state === "NOT_ACCEPTED");
      });
      const rows = (await Promise.all(inquiries.map((i) => deliveries(i.id)))).flat();
      for (const row of rows) expect(row.lastError).toMatch(/ECONNREFUSED/);

      smtp.refuseNext(2, 451);
      await smtp.listen();
      await waitFor("every job done", async () => (await jobStates()).completed === 4);
    } finally {
      await stopWorker();
    }

    expect(smtp.refused).toHaveLength(2);
    for (const inquiry of inquiries) {
      for (const kind of ["investor", "desk"]) {
        const messageId = expectedId(inquiry.reference, kind);
        expect(count(smtp.accepted, messageId)).toBe(1);
        expect(await delivery(inquiry.id, kind)).toMatchObject({ state: "SENT", messageId, lastError: null });
      }
      expect((await events(inquiry.id)).map((e) => e.type)).toEqual(["email-sent", "email-sent"]);
    }
    // A refused message went out again under the same Message-ID.
    for (const mail of smtp.refused) expect(count(smtp.accepted, messageIdOf(mail))).toBe(1);
    expect(await jobStates()).toEqual({ completed: 4 });
  });

  it("does not send again after the server hung up once the data was sent, and flags it for staff", async () => {
    const silent = await startSilentAfterDataSmtp(SMTP_PORT);
    const inquiry = await oneInquiry();
    const email = { inquiryId: inquiry.id, kind: "investor" } as const;
    const messageId = expectedId(inquiry.reference, "investor");
    try {
      const failure = await deliverInquiryEmail(email).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SmtpFailure);
      expect((failure as InstanceType<typeof SmtpFailure>).kind).toBe("ambiguous");
      await waitFor("the message to arrive", () => silent.arrived.length === 1);
      expect(messageIdOf(silent.arrived[0] as ParsedMail)).toBe(messageId);
      expect(await delivery(inquiry.id, "investor")).toMatchObject({ state: "SENDING", attempts: 1 });
      expect((await delivery(inquiry.id, "investor"))?.lastError).toMatch(/closed/i);

      // On a job's last attempt there is no next one to flag it: flagged at once.
      await expect(deliverInquiryEmail({ ...email, kind: "desk" }, { lastAttempt: true })).rejects.toThrow();
      expect(await delivery(inquiry.id, "desk")).toMatchObject({ state: "UNCERTAIN", attempts: 1 });
    } finally {
      await silent.close();
    }

    // The retry finds a claim without an outcome: it flags it and sends nothing.
    await smtp.listen();
    await deliverInquiryEmail(email);
    await deliverInquiryEmail(email);
    expect(smtp.accepted).toHaveLength(0);
    expect(await delivery(inquiry.id, "investor")).toMatchObject({ state: "UNCERTAIN", messageId, attempts: 1 });
    expect(await events(inquiry.id)).toEqual([
      {
        type: "email-uncertain",
        public: false,
        data: {
          kind: "desk",
          to: "nongnghiep@longan-hitech.example",
          messageId: expectedId(inquiry.reference, "desk"),
        },
      },
      { type: "email-uncertain", public: false, data: { kind: "investor", to: "investor@example.com", messageId } },
    ]);
  });

  it("never sends twice when the database is cut between the server's acceptance and the record", async () => {
    await smtp.listen();
    const inquiry = await oneInquiry();
    // The investor's e-mail alone: the desk's, sent alongside, would lose its record too.
    await check.query(`DELETE FROM "EmailOutbox" WHERE "inquiryId" = $1 AND kind = 'desk'`, [inquiry.id]);
    const investorId = expectedId(inquiry.reference, "investor");
    let cut = false;
    smtp.beforeAnswer = async () => {
      if (cut || smtp.accepted.length > 0) return;
      cut = true;
      await forwarder.cut();
    };
    const logged = vi.spyOn(console, "error");
    const gaveUp = () => logged.mock.calls.some((call) => String(call[0]).includes("could not be recorded as sent"));
    const stopWorker = await startEmailWorker();
    try {
      // The worker retries the record for a while, then gives up.
      await waitFor("the worker to give up recording", gaveUp, 40_000);
      await forwarder.restore();
      cut = false;
      await waitFor("the job done", async () => (await jobStates()).completed === 1, 40_000);
    } finally {
      if (cut) await forwarder.restore();
      await stopWorker();
      logged.mockRestore();
    }

    expect(smtp.accepted.map(messageIdOf)).toEqual([investorId]);
    expect(await delivery(inquiry.id, "investor")).toMatchObject({ state: "UNCERTAIN", attempts: 1 });
    expect(await events(inquiry.id)).toEqual([
      {
        type: "email-uncertain",
        public: false,
        data: { kind: "investor", to: "investor@example.com", messageId: investorId },
      },
    ]);
  }, 90_000);

  it("turns an uncertain flag into sent when the overrunning attempt's record arrives", async () => {
    await smtp.listen();
    const inquiry = await oneInquiry();
    const email = { inquiryId: inquiry.id, kind: "investor" } as const;
    let answer = () => {};
    const held = new Promise<void>((resolve) => {
      answer = resolve;
    });
    let arrived = false;
    smtp.beforeAnswer = async () => {
      arrived = true;
      await held;
    };
    // Attempt A is talking to the server; attempt B (its job run again after
    // an expiry) finds A's claim, flags it and sends nothing.
    const first = deliverInquiryEmail(email);
    await waitFor("the message to arrive", () => arrived);
    await deliverInquiryEmail(email);
    expect(await delivery(inquiry.id, "investor")).toMatchObject({ state: "UNCERTAIN" });
    answer();
    await first;

    expect(smtp.accepted).toHaveLength(1);
    expect(await delivery(inquiry.id, "investor")).toMatchObject({ state: "SENT", attempts: 1 });
    expect((await events(inquiry.id)).map((e) => e.type)).toEqual(["email-uncertain", "email-sent"]);
  });

  it("records a failure on the job's last attempt", async () => {
    const inquiry = await oneInquiry();
    await expect(
      deliverInquiryEmail({ inquiryId: inquiry.id, kind: "investor" }, { lastAttempt: true }),
    ).rejects.toThrow(/ECONNREFUSED/);
    expect(await delivery(inquiry.id, "investor")).toMatchObject({ state: "NOT_ACCEPTED", attempts: 1 });
    const [failed] = await events(inquiry.id);
    expect(failed).toMatchObject({
      type: "email-failed",
      public: false,
      data: { kind: "investor", to: "investor@example.com", messageId: expectedId(inquiry.reference, "investor") },
    });
    expect(failed?.data.error).toMatch(/ECONNREFUSED/);
  });
});
