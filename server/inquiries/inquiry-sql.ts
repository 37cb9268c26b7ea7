import "server-only";
import type { RoutingRuleData } from "../routing/choose-desk";
import { query } from "../sql";

// The statements of the inquiry hot path, as plain SQL: Prisma compiles every
// query anew (about 0.3 ms of CPU each), which was most of the cost of
// accepting an inquiry, and every round trip to the database costs as much
// again (docs/decisions/007-inquiry-hot-path.md). Accepting an inquiry takes
// three: this context, the rate limit, the insert. The integration tests pin
// every column written here.

export type SubmissionContext = {
  /** The reference of the inquiry already stored from this rendered form, if any. */
  earlier: string | null;
  sectorId: number | null;
  hubId: number | null;
  defaultDeskId: number | null;
  rules: RoutingRuleData[];
};

/**
 * In one query: whether this form was stored before (by its token), the
 * sector's and hub's ids for their slugs, the routing rules and the default desk.
 */
export async function loadSubmissionContext(
  idempotencyKey: string,
  sectorSlug: string,
  hubSlug: string | null,
): Promise<SubmissionContext> {
  const [row] = await query<SubmissionContext>(
    `SELECT
      (SELECT reference FROM "Inquiry" WHERE "idempotencyKey" = $1) AS earlier,
      (SELECT id FROM "Sector" WHERE slug = $2) AS "sectorId",
      (SELECT id FROM "Hub" WHERE slug = $3) AS "hubId",
      (SELECT id FROM "Desk" WHERE "isDefault" AND active ORDER BY id LIMIT 1) AS "defaultDeskId",
      COALESCE((
        SELECT json_agg(json_build_object(
          'id', r.id, 'position', r.position, 'active', r.active, 'sectorId', r."sectorId", 'hubId', r."hubId",
          'capitalRanges', COALESCE(r."capitalRanges", '{}'), 'deskId', r."deskId", 'deskActive', d.active))
        FROM "RoutingRule" r JOIN "Desk" d ON d.id = r."deskId"
      ), '[]') AS rules`,
    [idempotencyKey, sectorSlug, hubSlug],
  );
  if (!row) throw new Error("submission context query returned no row");
  return row;
}

export type InquiryRow = {
  reference: string;
  idempotencyKey: string;
  locale: string;
  status: "NEW" | "ASSIGNED" | "HELD";
  fullName: string;
  organisation: string;
  position: string | null;
  country: string;
  email: string;
  phone: string | null;
  sectorId: number;
  hubId: number | null;
  parcelCodes: string[];
  capitalRange: string;
  landAreaM2: number | null;
  expectedJobs: number | null;
  timeline: string;
  message: string;
  consentedAt: Date;
  privacyNoticeVersion: string;
  newsletterConsentAt: Date | null;
  deskId: number | null;
  routingRuleId: number | null;
  createdAt: Date;
};

export type InquiryEventRow = { type: string; public: boolean; data: object };

// Prisma keeps DateTime columns as UTC timestamps without a time zone.
const utc = (date: Date | null) => (date === null ? null : date.toISOString().replace("Z", ""));

/**
 * Inserts an inquiry, its first timeline events and the e-mails it is owed
 * (into the outbox the e-mail worker drains) in one statement: all of it or
 * nothing. Returns null, writing nothing, when the idempotency key or the
 * reference is taken.
 */
export async function insertInquiry(
  row: InquiryRow,
  events: InquiryEventRow[],
  emails: readonly string[],
): Promise<{ id: number; reference: string } | null> {
  const rows = await query<{ id: number; reference: string }>(
    `WITH inquiry AS (
      INSERT INTO "Inquiry" (
        reference, "idempotencyKey", locale, status, "fullName", organisation, position, country, email, phone,
        "sectorId", "hubId", "parcelCodes", "capitalRange", "landAreaM2", "expectedJobs", timeline, message,
        "consentedAt", "privacyNoticeVersion", "newsletterConsentAt", "deskId", "routingRuleId", "createdAt", "updatedAt"
      ) VALUES (
        $1, $2, $3, $4::"InquiryStatus", $5, $6, $7, $8, $9, $10, $11, $12, $13::text[], $14::"CapitalRange",
        $15, $16, $17, $18, $19::timestamp, $20, $21::timestamp, $22, $23, $24::timestamp, $24::timestamp
      )
      ON CONFLICT DO NOTHING
      RETURNING id, reference, "createdAt"
    ), events AS (
      INSERT INTO "InquiryEvent" ("inquiryId", type, public, data, "createdAt")
      SELECT inquiry.id, e.type, e.public, e.data, inquiry."createdAt"
      FROM inquiry, jsonb_to_recordset($25::jsonb) AS e(type text, public boolean, data jsonb)
    ), outbox AS (
      INSERT INTO "EmailOutbox" ("inquiryId", kind, "createdAt")
      SELECT inquiry.id, kind, inquiry."createdAt" FROM inquiry, unnest($26::text[]) AS kind
    )
    SELECT id, reference FROM inquiry`,
    [
      row.reference,
      row.idempotencyKey,
      row.locale,
      row.status,
      row.fullName,
      row.organisation,
      row.position,
      row.country,
      row.email,
      row.phone,
      row.sectorId,
      row.hubId,
      row.parcelCodes,
      row.capitalRange,
      row.landAreaM2,
      row.expectedJobs,
      row.timeline,
      row.message,
      utc(row.consentedAt),
      row.privacyNoticeVersion,
      utc(row.newsletterConsentAt),
      row.deskId,
      row.routingRuleId,
      utc(row.createdAt),
      JSON.stringify(events),
      emails,
    ],
  );
  return rows[0] ?? null;
}

/** The reference of the inquiry stored from a rendered form, if there is one. */
export async function findReferenceByToken(idempotencyKey: string): Promise<string | null> {
  const [row] = await query<{ reference: string }>(`SELECT reference FROM "Inquiry" WHERE "idempotencyKey" = $1`, [
    idempotencyKey,
  ]);
  return row?.reference ?? null;
}
