import "server-only";
import { CLOSED_STATUSES } from "@/lib/inquiry-workflow";
import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { EMAIL_QUEUE } from "../jobs/queue";

// Anonymising an inquiry, the one way erasure on request and the retention
// job both do it (docs/decisions/015). What identifies or describes the
// person goes: their name, organisation, position, e-mail address, phone,
// message, what they or staff wrote on the timeline about them, the e-mails
// still owed to them and what mail servers answered about them. What the
// reports count stays: reference, sector, hub, country, capital range, land
// area, jobs, timeline, parcels, desk, status and every date, so that the
// figures of every past month are the same after as before.

/** What replaces a text that was personal data (language-neutral: the pages say "erased" when `anonymisedAt` is set). */
export const ERASED = "[erased]";

/**
 * Keys of timeline event data that hold what someone wrote (an internal note,
 * a reply, a comment on a status change or a re-routing) or what a mail
 * server answered: always replaced, whatever their content.
 */
const WRITTEN_KEYS = ["text", "subject", "comment", "error", "message", "name", "email", "phone"];

const isClosed = (status: string) => (CLOSED_STATUSES as readonly string[]).includes(status);

export type AnonymisedCounts = {
  /** The references of the inquiries anonymised, in id order. */
  references: string[];
  inquiries: number;
  /** Timeline events whose data was scrubbed. */
  events: number;
  /** E-mails still in the outbox, deleted. */
  outbox: number;
  /** E-mail jobs not yet sent, deleted from the queue. */
  jobs: number;
  /** Delivery records whose mail server answer was cleared. */
  deliveries: number;
};

type Person = {
  id: number;
  reference: string;
  status: string;
  fullName: string;
  organisation: string;
  email: string;
  phone: string | null;
};

/**
 * Anonymises the inquiries with these ids that are not anonymised yet, in
 * the caller's transaction (which also writes the audit entry): locks them,
 * scrubs their timeline, purges their queued e-mails, blanks their personal
 * fields and adds an `anonymised` event to each. An open inquiry cannot be
 * answered once its address is gone: it is closed (lost; a held one, spam),
 * and the event says from which status.
 *
 * Three statements are SQL (decision 011, a guarantee the model API cannot
 * express): the row lock, the scrubbing of event data by content, and the
 * queue's tables, which belong to pg-boss and are not in the Prisma schema.
 */
export async function anonymiseInquiries(
  tx: Tx,
  ids: readonly number[],
  options: { now: Date; reason: "request" | "retention"; actorId: number | null },
): Promise<AnonymisedCounts> {
  const none: AnonymisedCounts = { references: [], inquiries: 0, events: 0, outbox: 0, jobs: 0, deliveries: 0 };
  if (ids.length === 0) return none;
  const people = await tx.$queryRaw<Person[]>`
    SELECT id, reference, status::text AS status, "fullName", organisation, email, phone
    FROM "Inquiry"
    WHERE id = ANY(${[...ids]}::int[]) AND "anonymisedAt" IS NULL
    ORDER BY id
    FOR UPDATE`;
  if (people.length === 0) return none;
  const locked = people.map((person) => person.id);

  // Anything on the timeline that names them, in whatever field, goes too:
  // the lower-cased values searched for in each of their events' data.
  const needles = people.map((person) => ({
    id: person.id,
    needles: [person.email, person.fullName, person.organisation, person.phone ?? ""]
      .map((value) => value.normalize("NFC").trim().toLowerCase())
      .filter((value) => value.length >= 3),
  }));
  const events = await tx.$executeRaw`
    WITH person AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(needles)}::jsonb) AS p(id int, needles text[])
    ), scrubbed AS (
      SELECT e.id, (
        SELECT jsonb_object_agg(field.key, CASE
          WHEN field.key = ANY(${WRITTEN_KEYS}::text[]) THEN to_jsonb(${ERASED}::text)
          WHEN field.key = 'to' AND e.type LIKE 'email-%' THEN to_jsonb(${ERASED}::text)
          WHEN EXISTS (SELECT 1 FROM unnest(p.needles) AS n WHERE strpos(lower(field.value::text), n) > 0)
            THEN to_jsonb(${ERASED}::text)
          ELSE field.value END)
        FROM jsonb_each(e.data) AS field
      ) AS data
      FROM "InquiryEvent" e JOIN person p ON p.id = e."inquiryId"
      WHERE jsonb_typeof(e.data) = 'object' AND e.data <> '{}'::jsonb
    )
    UPDATE "InquiryEvent" e SET data = scrubbed.data
    FROM scrubbed WHERE e.id = scrubbed.id AND e.data IS DISTINCT FROM scrubbed.data`;

  const { count: outbox } = await tx.emailOutbox.deleteMany({ where: { inquiryId: { in: locked } } });
  const jobs = await purgeQueuedEmails(tx, locked);
  const { count: deliveries } = await tx.emailDelivery.updateMany({
    where: { inquiryId: { in: locked }, lastError: { not: null } },
    data: { lastError: null },
  });

  const { now } = options;
  await tx.inquiryEvent.createMany({
    data: people.map((person) => ({
      inquiryId: person.id,
      type: "anonymised",
      public: false,
      data: { reason: options.reason, ...(isClosed(person.status) ? {} : { closedFrom: person.status }) },
      actorId: options.actorId,
      createdAt: now,
    })),
  });
  const blank = {
    fullName: ERASED,
    organisation: ERASED,
    position: null,
    email: ERASED,
    phone: null,
    message: ERASED,
    fingerprint: null,
    newsletterConsentAt: null,
    searchText: "",
    anonymisedAt: now,
    version: { increment: 1 },
  } satisfies Prisma.InquiryUpdateManyMutationInput;
  const byStatus = (match: (status: string) => boolean) =>
    people.filter((person) => match(person.status)).map((person) => person.id);
  await tx.inquiry.updateMany({ where: { id: { in: byStatus(isClosed) } }, data: blank });
  await tx.inquiry.updateMany({
    where: { id: { in: byStatus((status) => status === "HELD") } },
    data: { ...blank, status: "SPAM", closedAt: now },
  });
  await tx.inquiry.updateMany({
    where: { id: { in: byStatus((status) => !isClosed(status) && status !== "HELD") } },
    data: { ...blank, status: "CLOSED_LOST", closedAt: now },
  });
  return {
    references: people.map((person) => person.reference),
    inquiries: people.length,
    events,
    outbox,
    jobs,
    deliveries,
  };
}

/**
 * The inquiries' e-mail jobs in the queue (pg-boss, schema `pgboss`): those
 * not yet sent are deleted; of the others (sent, failed, being sent) only the
 * mail server's answer, which may quote the address, is cleared, in the
 * queue and in its archive. Returns how many jobs were deleted.
 */
async function purgeQueuedEmails(tx: Tx, inquiryIds: number[]): Promise<number> {
  const [present] = await tx.$queryRaw<{ job: boolean; archive: boolean }[]>`
    SELECT to_regclass('pgboss.job') IS NOT NULL AS job, to_regclass('pgboss.archive') IS NOT NULL AS archive`;
  if (!present?.job) return 0;
  const keys = inquiryIds.map(String);
  const deleted = await tx.$executeRaw`
    DELETE FROM pgboss.job
    WHERE name = ${EMAIL_QUEUE} AND data->>'inquiryId' = ANY(${keys}::text[]) AND state IN ('created', 'retry')`;
  await tx.$executeRaw`
    UPDATE pgboss.job SET output = NULL
    WHERE name = ${EMAIL_QUEUE} AND data->>'inquiryId' = ANY(${keys}::text[]) AND output IS NOT NULL`;
  if (present.archive) {
    await tx.$executeRaw`
      UPDATE pgboss.archive SET output = NULL
      WHERE name = ${EMAIL_QUEUE} AND data->>'inquiryId' = ANY(${keys}::text[]) AND output IS NOT NULL`;
  }
  return deleted;
}
