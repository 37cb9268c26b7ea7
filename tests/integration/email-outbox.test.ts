import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { relayEmailOutbox } from "@/server/jobs/email-outbox";
import { getBoss, stopBoss } from "@/server/jobs/queue";
import { clearInquiries, insertInquiries, seedInquiryContent } from "../fixtures/inquiry-database";

let boss: PgBoss;

beforeAll(async () => {
  await seedInquiryContent();
  boss = await getBoss();
});
beforeEach(clearInquiries);
afterAll(async () => {
  await clearInquiries();
  await stopBoss();
  await db.$disconnect();
});

// Stored by SQL: what is under test is the relay, not the form's rules.
async function storeInquiries(count: number) {
  const stored = await insertInquiries({ count, email: (i) => `investor${i}@example.com` });
  return stored.map((inquiry) => inquiry.id);
}

const jobs = () =>
  db.$queryRawUnsafe<{ inquiryId: number; kind: string }[]>(
    `SELECT (data->>'inquiryId')::int AS "inquiryId", data->>'kind' AS kind FROM pgboss.job WHERE name = 'inquiry-email'`,
  );

describe("the e-mail outbox", () => {
  it("turns each e-mail an inquiry is owed into exactly one job, with several relays at once", async () => {
    const ids = await storeInquiries(30);
    expect(await db.emailOutbox.count()).toBe(60);
    const moved = await Promise.all([relayEmailOutbox(boss, 7), relayEmailOutbox(boss, 7), relayEmailOutbox(boss, 7)]);
    let total = moved.reduce((a, b) => a + b, 0);
    while (total < 60) {
      const more = await relayEmailOutbox(boss, 7);
      if (more === 0) break;
      total += more;
    }
    expect(total).toBe(60);
    expect(await db.emailOutbox.count()).toBe(0);
    const queued = await jobs();
    expect(queued).toHaveLength(60);
    const expected = ids.flatMap((id) => [`${id}:investor`, `${id}:desk`]).sort();
    expect(queued.map((j) => `${j.inquiryId}:${j.kind}`).sort()).toEqual(expected);
  });

  it("keeps the e-mails in the outbox when the queue cannot take them", async () => {
    await storeInquiries(2);
    const broken = { insert: async () => Promise.reject(new Error("queue unavailable")) } as unknown as PgBoss;
    await expect(relayEmailOutbox(broken)).rejects.toThrow("queue unavailable");
    expect(await db.emailOutbox.count()).toBe(4);
    expect(await jobs()).toHaveLength(0);
    expect(await relayEmailOutbox(boss)).toBe(4);
    expect(await jobs()).toHaveLength(4);
  });
});
