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
  /** The inquiry already stored from this rendered form (its token), if any, and what it said. */
  earlier: { reference: string; fingerprint: string | null } | null;
  /** An inquiry with the same content, sent within the last day from another form. */
  duplicate: string | null;
  sectorId: number | null;
  hubId: number | null;
  /** Parcel codes of the form the catalogue does not have. */
  unknownParcels: string[];
  defaultDeskId: number | null;
  rules: RoutingRuleData[];
  /** The response target (working days) and the holidays of the weeks ahead, for the due time. */
  targetDays: number;
  holidays: string[];
  /** The retention period the privacy notice states (part of the version consent records). */
  retentionMonths: number;
};

/** How far back the same content sent again counts as the same inquiry. */
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60_000;

/**
 * In one query: whether this form was stored before (by its token) and what it
 * said, whether the same content was sent in the last day, the sector's and
 * hub's ids for their slugs, which parcel codes the catalogue lacks, the
 * routing rules and the default desk.
 */
export async function loadSubmissionContext(input: {
  idempotencyKey: string;
  fingerprint: string;
  sector: string;
  hub: string | null;
  parcels: string[];
  now: Date;
}): Promise<SubmissionContext> {
  const [row] = await query<SubmissionContext>(
    `SELECT
      (SELECT json_build_object('reference', reference, 'fingerprint', fingerprint)
        FROM "Inquiry" WHERE "idempotencyKey" = $1) AS earlier,
      (SELECT reference FROM "Inquiry" WHERE fingerprint = $2 AND "createdAt" > $6::timestamp
        ORDER BY id LIMIT 1) AS duplicate,
      (SELECT id FROM "Sector" WHERE slug = $3) AS "sectorId",
      (SELECT id FROM "Hub" WHERE slug = $4) AS "hubId",
      ARRAY(SELECT wanted.code FROM unnest($5::text[]) WITH ORDINALITY AS wanted(code, position)
        WHERE NOT EXISTS (SELECT 1 FROM "Parcel" p WHERE p.code = wanted.code AND p."archivedAt" IS NULL)
        ORDER BY wanted.position) AS "unknownParcels",
      (SELECT id FROM "Desk" WHERE "isDefault" AND active ORDER BY id LIMIT 1) AS "defaultDeskId",
      COALESCE((
        SELECT json_agg(json_build_object(
          'id', r.id, 'position', r.position, 'active', r.active, 'sectorId', r."sectorId", 'hubId', r."hubId",
          'capitalRanges', COALESCE(r."capitalRanges", '{}'), 'deskId', r."deskId", 'deskActive', d.active))
        FROM "RoutingRule" r JOIN "Desk" d ON d.id = r."deskId"
      ), '[]') AS rules,
      COALESCE((SELECT "responseTargetWorkingDays" FROM "SiteSettings" WHERE id = 1), 2) AS "targetDays",
      COALESCE((SELECT "retentionMonths" FROM "SiteSettings" WHERE id = 1), 24) AS "retentionMonths",
      ARRAY(SELECT to_char(date, 'YYYY-MM-DD') FROM "Holiday"
        WHERE date >= $6::timestamp::date AND date < $6::timestamp::date + 120 ORDER BY date) AS holidays`,
    [
      input.idempotencyKey,
      input.fingerprint,
      input.sector,
      input.hub,
      input.parcels,
      utc(new Date(input.now.getTime() - DUPLICATE_WINDOW_MS)),
    ],
  );
  if (!row) throw new Error("submission context query returned no row");
  return row;
}

export type InquiryRow = {
  reference: string;
  idempotencyKey: string;
  fingerprint: string;
  locale: string;
  status: "NEW" | "HELD";
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
  dueAt: Date;
  searchText: string;
  createdAt: Date;
};

export type InquiryEventRow = { type: string; public: boolean; data: object };

// Prisma keeps DateTime columns as UTC timestamps without a time zone.
const utc = (date: Date | null) => (date === null ? null : date.toISOString().replace("Z", ""));

/**
 * A cap on the confirmation e-mails one address receives: the counter's key
 * (a keyed hash of the address, see server/security/rate-limit.ts), how many
 * per window, and the window.
 */
export type ConfirmationCap = { key: string; limit: number; windowMs: number };

/**
 * Inserts an inquiry, its first timeline events and the e-mails it is owed
 * (into the outbox the e-mail worker drains) in one statement: all of it or
 * nothing. The investor's confirmation is owed only while the recipient's
 * counter is within its cap (counted in the same statement); past it the
 * timeline says so. Returns null, writing nothing, when the idempotency key or
 * the reference is taken; otherwise whether the confirmation was capped.
 */
export async function insertInquiry(
  row: InquiryRow,
  events: InquiryEventRow[],
  emails: readonly string[],
  cap: ConfirmationCap | null,
): Promise<{ id: number; reference: string; confirmationCapped: boolean } | null> {
  const rows = await query<{ id: number; reference: string; confirmationCapped: boolean }>(
    `WITH inquiry AS (
      INSERT INTO "Inquiry" (
        reference, "idempotencyKey", fingerprint, locale, status, "fullName", organisation, position, country, email,
        phone, "sectorId", "hubId", "parcelCodes", "capitalRange", "landAreaM2", "expectedJobs", timeline, message,
        "consentedAt", "privacyNoticeVersion", "newsletterConsentAt", "deskId", "routingRuleId", "createdAt", "updatedAt",
        "lastActivityAt", "dueAt", "searchText", "stagesReached"
      ) VALUES (
        $1, $2, $27, $3, $4::"InquiryStatus", $5, $6, $7, $8, $9, $10, $11, $12, $13::text[], $14::"CapitalRange",
        $15, $16, $17, $18, $19::timestamp, $20, $21::timestamp, $22, $23, $24::timestamp, $24::timestamp,
        $24::timestamp, $31::timestamp, $32, ARRAY[$4::"InquiryStatus"]
      )
      ON CONFLICT DO NOTHING
      RETURNING id, reference, "createdAt"
    ), cap AS (
      INSERT INTO "RateLimitCounter" AS c ("key", "windowStart", "expiresAt", "count")
      SELECT $28::varchar, clock_timestamp(), clock_timestamp() + $30::interval, 1
      FROM inquiry WHERE $28::varchar IS NOT NULL AND 'investor' = ANY($26::text[])
      ON CONFLICT ("key") DO UPDATE SET
        "windowStart" = CASE WHEN c."expiresAt" <= clock_timestamp() THEN clock_timestamp() ELSE c."windowStart" END,
        "expiresAt" = CASE WHEN c."expiresAt" <= clock_timestamp()
          THEN clock_timestamp() + $30::interval ELSE c."expiresAt" END,
        "count" = CASE WHEN c."expiresAt" <= clock_timestamp() THEN 1 ELSE c."count" + 1 END
      RETURNING "count"
    ), events AS (
      INSERT INTO "InquiryEvent" ("inquiryId", type, public, data, "createdAt")
      SELECT inquiry.id, e.type, e.public, e.data, inquiry."createdAt"
      FROM inquiry, jsonb_to_recordset($25::jsonb) AS e(type text, public boolean, data jsonb)
      UNION ALL
      SELECT inquiry.id, 'email-capped', false, jsonb_build_object('kind', 'investor', 'limit', $29::int),
        inquiry."createdAt"
      FROM inquiry, cap WHERE cap."count" > $29::int
    ), outbox AS (
      INSERT INTO "EmailOutbox" ("inquiryId", kind, "createdAt")
      SELECT inquiry.id, kind, inquiry."createdAt" FROM inquiry, unnest($26::text[]) AS kind
      WHERE kind <> 'investor' OR NOT EXISTS (SELECT 1 FROM cap WHERE cap."count" > $29::int)
    )
    SELECT id, reference, EXISTS (SELECT 1 FROM cap WHERE cap."count" > $29::int) AS "confirmationCapped"
    FROM inquiry`,
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
      row.fingerprint,
      cap?.key ?? null,
      cap?.limit ?? 0,
      `${cap?.windowMs ?? 0} milliseconds`,
      utc(row.dueAt),
      row.searchText,
    ],
  );
  return rows[0] ?? null;
}

/** The inquiry stored from a rendered form, if there is one, and what it said. */
export async function findByToken(
  idempotencyKey: string,
): Promise<{ reference: string; fingerprint: string | null } | null> {
  const [row] = await query<{ reference: string; fingerprint: string | null }>(
    `SELECT reference, fingerprint FROM "Inquiry" WHERE "idempotencyKey" = $1`,
    [idempotencyKey],
  );
  return row ?? null;
}
