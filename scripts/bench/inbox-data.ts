// The data of `npm run bench:inbox`: officers (three per desk) and an
// administrator, then `total` inquiries made by the demo generator
// (prisma/seed/demo-inquiries.ts) over three years before `now`, with their
// timelines, written in batches of multi-row inserts, then vacuumed and
// analysed as a database that has run a while would be.
import type pg from "pg";
import { generateDemoInquiries, loadDemoContext } from "../../prisma/seed/demo-inquiries";
import type { Tx } from "../../server/db";

const BATCH = 2_000;

export async function loadInboxData(options: { client: pg.Client; db: Tx; total: number; now: Date }): Promise<{
  desks: { id: number; slug: string }[];
  officers: { id: number; name: string; deskIds: number[] }[];
  adminId: number;
  events: number;
}> {
  const { client, db, total, now } = options;
  // Officers: three per desk; one administrator.
  const desks = (await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM "Desk" ORDER BY id`)).rows;
  const officers: { id: number; name: string; deskIds: number[] }[] = [];
  for (const desk of desks) {
    for (let n = 1; n <= 3; n++) {
      const email = `officer-${desk.slug}-${n}@bench.example`;
      const name = `Cán bộ ${desk.slug} ${n}`;
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO "StaffUser" (email, "emailKey", name, role, "updatedAt")
         VALUES ($1, $1, $2, 'INVESTMENT_OFFICER', now()) RETURNING id`,
        [email, name],
      );
      const id = (rows[0] as { id: number }).id;
      await client.query(`INSERT INTO "StaffDesk" ("userId", "deskId") VALUES ($1, $2)`, [id, desk.id]);
      officers.push({ id, name, deskIds: [desk.id] });
    }
  }
  const { rows: adminRows } = await client.query<{ id: number }>(
    `INSERT INTO "StaffUser" (email, "emailKey", name, role, "updatedAt")
     VALUES ('admin@bench.example', 'admin@bench.example', 'Quản trị', 'ADMINISTRATOR', now()) RETURNING id`,
  );
  const adminId = (adminRows[0] as { id: number }).id;

  const context = await loadDemoContext(db, officers);
  const inquiries = generateDemoInquiries({ count: total, now, context, seed: 7, spanDays: 3 * 365 });
  let events = 0;
  for (let from = 0; from < inquiries.length; from += BATCH) {
    const batch = inquiries.slice(from, from + BATCH).map(({ events: _events, ...inquiry }, i) => ({
      id: from + i + 1,
      ...inquiry,
    }));
    await client.query(
      `INSERT INTO "Inquiry" (id, reference, "idempotencyKey", locale, status, "fullName", organisation, position,
         country, email, phone, "sectorId", "hubId", "parcelCodes", "capitalRange", "landAreaM2", "expectedJobs",
         timeline, message, "consentedAt", "privacyNoticeVersion", "newsletterConsentAt", "deskId", "routingRuleId",
         "assigneeId", "dueAt", "firstResponseAt", "lastActivityAt", "closedAt", "searchText", "stagesReached", "createdAt",
         "updatedAt")
       SELECT r.id, r.reference, r."idempotencyKey", r.locale, r.status::"InquiryStatus", r."fullName", r.organisation,
         r.position, r.country, r.email, r.phone, r."sectorId", r."hubId", '{}', r."capitalRange"::"CapitalRange",
         r."landAreaM2", r."expectedJobs", r.timeline, r.message,
         r."consentedAt" AT TIME ZONE 'UTC', r."privacyNoticeVersion", r."newsletterConsentAt" AT TIME ZONE 'UTC',
         r."deskId", r."routingRuleId", r."assigneeId", r."dueAt" AT TIME ZONE 'UTC',
         r."firstResponseAt" AT TIME ZONE 'UTC', r."lastActivityAt" AT TIME ZONE 'UTC', r."closedAt" AT TIME ZONE 'UTC',
         r."searchText", r."stagesReached"::"InquiryStatus"[], r."createdAt" AT TIME ZONE 'UTC',
         r."lastActivityAt" AT TIME ZONE 'UTC'
       FROM jsonb_to_recordset($1::jsonb) AS r(id int, reference text, "idempotencyKey" text, locale text,
         status text, "fullName" text, organisation text, position text, country text, email text, phone text,
         "sectorId" int, "hubId" int, "capitalRange" text, "landAreaM2" int, "expectedJobs" int, timeline text,
         message text, "consentedAt" timestamptz, "privacyNoticeVersion" text, "newsletterConsentAt" timestamptz,
         "deskId" int, "routingRuleId" int, "assigneeId" int, "dueAt" timestamptz, "firstResponseAt" timestamptz,
         "lastActivityAt" timestamptz, "closedAt" timestamptz, "searchText" text, "stagesReached" text[],
         "createdAt" timestamptz)`,
      [JSON.stringify(batch)],
    );
    const batchEvents = inquiries.slice(from, from + BATCH).flatMap((inquiry, i) =>
      inquiry.events.map((event) => ({
        inquiryId: from + i + 1,
        type: event.type,
        public: event.public,
        data: event.data,
        actorId: event.actorId,
        at: event.at,
      })),
    );
    events += batchEvents.length;
    await client.query(
      `INSERT INTO "InquiryEvent" ("inquiryId", type, public, data, "actorId", "createdAt")
       SELECT e."inquiryId", e.type, e.public, e.data, e."actorId", e.at AT TIME ZONE 'UTC'
       FROM jsonb_to_recordset($1::jsonb) AS e("inquiryId" int, type text, public boolean, data jsonb,
         "actorId" int, at timestamptz)`,
      [JSON.stringify(batchEvents)],
    );
  }
  await client.query(`SELECT setval(pg_get_serial_sequence('"Inquiry"', 'id'), (SELECT max(id) FROM "Inquiry"))`);
  await client.query(`VACUUM ANALYZE "Inquiry"`);
  await client.query(`VACUUM ANALYZE "InquiryEvent"`);
  return { desks, officers, adminId, events };
}
