import "server-only";
import { type LandUseSlug, landUses, type ParcelStatusSlug, parcelStatuses, slugOf } from "@/lib/parcels";
import { type AdminParcelQuery, staleBefore } from "@/lib/schemas/parcel-admin";
import { localesFor, pickTranslation } from "@/lib/translations";
import { db } from "../db";
import { parcelOrderSql, parcelWhereSql } from "./parcel-sql";

// The back office's reads of parcels: the list with the catalogue's filters
// and its own (archived parcels included when asked), the count of parcels
// whose figures have not been checked for a while, the choices of the form,
// and one parcel's audit entries.

export const ADMIN_PARCELS_PAGE_SIZE = 25;

export type AdminParcelRow = {
  code: string;
  hubSlug: string;
  landUse: LandUseSlug;
  status: ParcelStatusSlug;
  areaM2: number;
  /** YYYY-MM-DD */
  lastVerifiedOn: string;
  stale: boolean;
  isSample: boolean;
  archivedAt: Date | null;
};

type Row = {
  code: string;
  hubSlug: string;
  landUse: string;
  status: string;
  areaM2: number;
  lastVerifiedAt: Date;
  isSample: boolean;
  archivedAt: Date | null;
};

/** One page of the back office's list and the number of matches. */
export async function listAdminParcels(query: AdminParcelQuery): Promise<{ rows: AdminParcelRow[]; total: number }> {
  const before = staleBefore();
  const where = parcelWhereSql(query.search, {
    archived: query.archived,
    sample: query.sample === undefined ? undefined : query.sample === "sample",
    verifiedBefore: query.stale ? before : undefined,
  });
  const offset = (query.search.page - 1) * ADMIN_PARCELS_PAGE_SIZE;
  const [rows, [counted]] = await Promise.all([
    db.$queryRaw<Row[]>`SELECT p.code, h.slug AS "hubSlug", p."landUse"::text AS "landUse", p.status::text AS status,
        p."areaM2", p."lastVerifiedAt", p."isSample", p."archivedAt"
      FROM "Parcel" p JOIN "Hub" h ON h.id = p."hubId" ${where}
      ORDER BY ${parcelOrderSql(query.search.sort)} LIMIT ${ADMIN_PARCELS_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<[{ n: number }]>`SELECT count(*)::int AS n FROM "Parcel" p ${where}`,
  ]);
  return {
    total: counted?.n ?? 0,
    rows: rows.map((row) => {
      const lastVerifiedOn = row.lastVerifiedAt.toISOString().slice(0, 10);
      return {
        code: row.code,
        hubSlug: row.hubSlug,
        landUse: slugOf(landUses, row.landUse as (typeof landUses)[LandUseSlug]),
        status: slugOf(parcelStatuses, row.status as (typeof parcelStatuses)[ParcelStatusSlug]),
        areaM2: row.areaM2,
        lastVerifiedOn,
        stale: lastVerifiedOn < before,
        isSample: row.isSample,
        archivedAt: row.archivedAt,
      };
    }),
  };
}

/** Parcels on the site (not archived) whose figures were last verified before the stale limit. */
export function countStaleParcels(): Promise<number> {
  return db.parcel.count({
    where: { archivedAt: null, lastVerifiedAt: { lt: new Date(`${staleBefore()}T00:00:00Z`) } },
  });
}

export type ParcelFormChoices = {
  hubs: { slug: string; name: string; lang: string; outline: unknown }[];
  sectors: { slug: string; name: string; lang: string }[];
};

/** The hubs (with their outlines, for the boundary map) and the sectors a parcel can have, named in `locale`. */
export async function parcelFormChoices(locale: string): Promise<ParcelFormChoices> {
  const locales = localesFor(locale);
  const [hubs, sectors] = await Promise.all([
    db.hub.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: { slug: true, boundary: true, translations: { where: { locale: { in: locales } } } },
    }),
    db.sector.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: { slug: true, translations: { where: { locale: { in: locales } } } },
    }),
  ]);
  return {
    hubs: hubs.map((hub) => {
      const { name, locale: lang } = pickTranslation(hub.translations, locale);
      return { slug: hub.slug, name, lang, outline: hub.boundary };
    }),
    sectors: sectors.map((sector) => {
      const { name, locale: lang } = pickTranslation(sector.translations, locale);
      return { slug: sector.slug, name, lang };
    }),
  };
}

export type ParcelHistoryEntry = {
  id: string;
  action: string;
  actorName: string | null;
  actorLabel: string | null;
  at: Date;
  changes: Record<string, unknown>;
  /** A status change's reason. */
  reason: string | null;
};

/** The latest audit entries of one parcel (its code, and the codes it had before a rename), newest first. */
export async function parcelHistory(code: string, limit = 20): Promise<ParcelHistoryEntry[]> {
  // A rename is recorded under the new code with `code: [old, new]`: follow it back.
  const codes = [code];
  for (let i = 0; i < 5; i++) {
    const [renamed] = await db.$queryRaw<{ old: string }[]>`
      SELECT changes->'code'->>0 AS old FROM "AuditEntry"
      WHERE "entityType" = 'parcel' AND "entityId" = ${codes.at(-1)} AND action = 'parcel.update'
        AND changes->'code' IS NOT NULL ORDER BY at DESC LIMIT 1`;
    if (!renamed?.old || codes.includes(renamed.old)) break;
    codes.push(renamed.old);
  }
  const entries = await db.auditEntry.findMany({
    where: { entityType: "parcel", entityId: { in: codes } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });
  const ids = [...new Set(entries.map((entry) => entry.actorId).filter((id): id is number => id !== null))];
  const users = ids.length
    ? await db.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((user) => [user.id, user.name]));
  return entries.map((entry) => {
    const changes = (entry.changes ?? {}) as Record<string, unknown>;
    const reason = Array.isArray(changes.reason) ? changes.reason[1] : null;
    const { reason: _reason, ...rest } = changes;
    return {
      id: String(entry.id),
      action: entry.action,
      actorName: entry.actorId === null ? null : (names.get(entry.actorId) ?? null),
      actorLabel: entry.actorLabel,
      at: entry.at,
      changes: rest,
      reason: typeof reason === "string" ? reason : null,
    };
  });
}
