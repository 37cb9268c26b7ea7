import "server-only";
import { dischargeStandards, landUses, locationTypes, parcelStatuses, rentBases, slugOf } from "@/lib/parcels";
import type { ParcelFields, ParcelInput, ParcelTexts } from "@/lib/schemas/parcel-record";
import { zoneToday } from "@/lib/schemas/parcel-record";
import { parcelSearchText } from "@/lib/search-text";
import { changesOf, recordAudit } from "../audit/record-audit";
import type { StaffActor } from "../auth/session";
import { cacheTags } from "../cache";
import { db, type Tx } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { POSTS_TAG } from "../posts/revalidate-posts";
import { revalidateEverywhere } from "../revalidate";

// Every change to a parcel goes through here: the back-office form, the
// status and "verified today" buttons, archiving, and the import (which runs
// `writeParcel` for each of its rows in one transaction). Each change raises
// the parcel's version (a form or import read at an older one is refused),
// recomputes the search text from the hub's names and every description,
// is audited in its transaction, and then revalidates the catalogue, the
// parcel's page, the home figures and the open data (all read with the
// `parcels` tag; a parcel's own page also with `parcel:<code>`).

export const parcelTag = (code: string) => `parcel:${code}`;

/** Refreshes every page that shows these parcels (and the lists and figures that count them). */
export async function revalidateParcels(codes: string[], options: { posts?: boolean } = {}): Promise<void> {
  await revalidateEverywhere([cacheTags.parcels, ...codes.map(parcelTag), ...(options.posts ? [POSTS_TAG] : [])]);
}

export const storedParcelInclude = {
  hub: { select: { slug: true } },
  translations: { select: { locale: true, description: true, notes: true } },
  sectors: { select: { sector: { select: { slug: true } } } },
} satisfies Prisma.ParcelInclude;

export type StoredParcel = Prisma.ParcelGetPayload<{ include: typeof storedParcelInclude }>;

/** A stored parcel in the record's shape: what the edit form shows and what changes are compared against. */
export function fieldsOf(row: StoredParcel): ParcelFields {
  return {
    code: row.code,
    hub: row.hub.slug,
    landUse: slugOf(landUses, row.landUse),
    locationType: slugOf(locationTypes, row.locationType),
    status: slugOf(parcelStatuses, row.status),
    areaM2: row.areaM2,
    rentUsdPerM2: row.rentUsdPerM2.toNumber(),
    rentBasis: slugOf(rentBases, row.rentBasis),
    managementFeeUsdPerM2PerYear: row.managementFeeUsdPerM2Year.toNumber(),
    landUseTermEndYear: row.landUseTermEndYear,
    powerKva: row.powerKva,
    substationKv: row.substationKv,
    waterM3PerDay: row.waterM3PerDay,
    wastewaterM3PerDay: row.wastewaterM3PerDay,
    dischargeStandard: slugOf(dischargeStandards, row.dischargeStandard),
    dischargeStandardVersion: row.dischargeStandardVersion,
    maxBuildingCoveragePct: row.maxCoveragePct,
    floorAreaRatio: row.floorAreaRatio.toNumber(),
    heightLimitM: row.heightLimitM,
    minGreenRatioPct: row.greenRatioPct,
    distanceSeaportKm: row.distanceSeaportKm.toNumber(),
    distanceTanSonNhatAirportKm: row.distanceTanSonNhatKm.toNumber(),
    distanceLongThanhAirportKm: row.distanceLongThanhKm.toNumber(),
    distanceExpresswayKm: row.distanceExpresswayKm.toNumber(),
    distanceHcmcCentreKm: row.distanceHcmcCentreKm.toNumber(),
    sectors: row.sectors.map((s) => s.sector.slug).sort(),
    lastVerifiedOn: row.lastVerifiedAt.toISOString().slice(0, 10),
    isSample: row.isSample,
  };
}

/** A stored parcel's texts by locale. */
export function textsOf(row: StoredParcel): Partial<Record<string, ParcelTexts>> {
  return Object.fromEntries(row.translations.map((t) => [t.locale, { description: t.description, notes: t.notes }]));
}

/** What a write needs to know once per transaction (an import reads it once for all its rows). */
export type WriteContext = {
  hubs: Map<string, { id: number; texts: string[] }>;
  sectors: Map<string, number>;
};

export async function loadWriteContext(tx: Tx): Promise<WriteContext> {
  const [hubs, sectors] = await Promise.all([
    tx.hub.findMany({ select: { id: true, slug: true, translations: { select: { name: true, aliases: true } } } }),
    tx.sector.findMany({ select: { id: true, slug: true } }),
  ]);
  return {
    hubs: new Map(hubs.map((h) => [h.slug, { id: h.id, texts: h.translations.flatMap((t) => [t.name, t.aliases]) }])),
    sectors: new Map(sectors.map((s) => [s.slug, s.id])),
  };
}

/**
 * The field-level refusals a record gets against the database (an unknown
 * hub or sector, a new parcel without a boundary): message keys by field,
 * empty when it can be written. Shared with the import's dry run.
 */
export function refusalsOf(context: WriteContext, existing: StoredParcel | null, input: ParcelInput) {
  const fields: Record<string, string> = {};
  if (!context.hubs.has(input.fields.hub)) fields.hub = "hubUnknown";
  if (input.fields.sectors.some((slug) => !context.sectors.has(slug))) fields.sectors = "sectorUnknown";
  if (!existing && !input.boundary) fields.geometry = "geometryRequired";
  if (!existing && !input.texts.vi?.description) fields["description.vi"] = "required";
  return fields;
}

/**
 * The changes `input` makes to `existing` (or, for a new parcel, every
 * field), as `{ field: [before, after] }`: texts as `description.<locale>`
 * and `notes.<locale>`, a new boundary as `geometry`.
 */
export function parcelChanges(existing: StoredParcel | null, input: ParcelInput): Record<string, [unknown, unknown]> {
  const before: Record<string, unknown> = existing ? { ...fieldsOf(existing) } : {};
  const after: Record<string, unknown> = { ...input.fields };
  const texts = existing ? textsOf(existing) : {};
  for (const [locale, text] of Object.entries(input.texts)) {
    if (!text) continue;
    before[`description.${locale}`] = texts[locale]?.description;
    after[`description.${locale}`] = text.description;
    if (text.notes !== undefined) {
      before[`notes.${locale}`] = texts[locale]?.notes;
      after[`notes.${locale}`] = text.notes;
    }
  }
  if (input.boundary) {
    before.geometry = existing?.boundary;
    after.geometry = input.boundary.polygon;
  }
  const changes = changesOf(before, after);
  // The boundary is recorded as changed, not copied into the audit log in full.
  if (changes.geometry) changes.geometry = [existing ? "…" : null, "…"];
  return changes;
}

/**
 * Writes one parcel (creates it when `existing` is null) in `tx` and answers
 * its changes; nothing is written when nothing changes. Refuses (INVALID_INPUT)
 * what `refusalsOf` refuses and a code that is taken. Callers audit and
 * revalidate.
 */
export async function writeParcel(
  tx: Tx,
  context: WriteContext,
  existing: StoredParcel | null,
  input: ParcelInput,
): Promise<{ id: number; code: string; changes: Record<string, [unknown, unknown]> }> {
  const refusals = refusalsOf(context, existing, input);
  if (Object.keys(refusals).length > 0) {
    throw new AppError("INVALID_INPUT", "The parcel cannot be written.", { fields: refusals });
  }
  const changes = parcelChanges(existing, input);
  if (existing && Object.keys(changes).length === 0) return { id: existing.id, code: existing.code, changes };

  const hub = context.hubs.get(input.fields.hub) as { id: number; texts: string[] };
  const texts = { ...(existing ? textsOf(existing) : {}), ...input.texts };
  const f = input.fields;
  const data = {
    code: f.code,
    hubId: hub.id,
    landUse: landUses[f.landUse],
    locationType: locationTypes[f.locationType],
    status: parcelStatuses[f.status],
    areaM2: f.areaM2,
    rentUsdPerM2: f.rentUsdPerM2,
    rentBasis: rentBases[f.rentBasis],
    managementFeeUsdPerM2Year: f.managementFeeUsdPerM2PerYear,
    landUseTermEndYear: f.landUseTermEndYear,
    powerKva: f.powerKva,
    substationKv: f.substationKv,
    waterM3PerDay: f.waterM3PerDay,
    wastewaterM3PerDay: f.wastewaterM3PerDay,
    dischargeStandard: dischargeStandards[f.dischargeStandard],
    dischargeStandardVersion: f.dischargeStandardVersion,
    maxCoveragePct: f.maxBuildingCoveragePct,
    floorAreaRatio: f.floorAreaRatio,
    heightLimitM: f.heightLimitM,
    greenRatioPct: f.minGreenRatioPct,
    distanceSeaportKm: f.distanceSeaportKm,
    distanceTanSonNhatKm: f.distanceTanSonNhatAirportKm,
    distanceLongThanhKm: f.distanceLongThanhAirportKm,
    distanceExpresswayKm: f.distanceExpresswayKm,
    distanceHcmcCentreKm: f.distanceHcmcCentreKm,
    isSample: f.isSample,
    lastVerifiedAt: new Date(`${f.lastVerifiedOn}T00:00:00Z`),
    searchText: parcelSearchText({
      code: f.code,
      hubTexts: hub.texts,
      descriptions: Object.values(texts).flatMap((t) => (t ? [t.description] : [])),
    }),
    ...(input.boundary
      ? {
          boundary: input.boundary.polygon as unknown as Prisma.InputJsonValue,
          centroidLat: input.boundary.centroid.lat,
          centroidLng: input.boundary.centroid.lng,
        }
      : {}),
  };

  let id: number;
  if (existing) {
    if (f.code !== existing.code) await assertCodeFree(tx, f.code);
    await tx.parcel.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } });
    id = existing.id;
  } else {
    await assertCodeFree(tx, f.code);
    const boundary = input.boundary as NonNullable<ParcelInput["boundary"]>;
    ({ id } = await tx.parcel.create({
      data: {
        ...data,
        boundary: boundary.polygon as unknown as Prisma.InputJsonValue,
        centroidLat: boundary.centroid.lat,
        centroidLng: boundary.centroid.lng,
      },
      select: { id: true },
    }));
  }
  for (const [locale, text] of Object.entries(input.texts)) {
    // Only the languages whose texts changed (an import of 10,000 rows mostly changes figures).
    if (!text || (existing && !changes[`description.${locale}`] && !changes[`notes.${locale}`])) continue;
    const row = { description: text.description, ...(text.notes !== undefined ? { notes: text.notes } : {}) };
    await tx.parcelTranslation.upsert({
      where: { parcelId_locale: { parcelId: id, locale } },
      create: { parcelId: id, locale, ...row },
      update: row,
    });
  }
  if (!existing || changes.sectors) {
    await tx.parcelSector.deleteMany({ where: { parcelId: id } });
    await tx.parcelSector.createMany({
      data: f.sectors.map((slug) => ({ parcelId: id, sectorId: context.sectors.get(slug) as number })),
    });
  }
  return { id, code: f.code, changes };
}

async function assertCodeFree(tx: Tx, code: string) {
  const taken = await tx.parcel.findUnique({ where: { code }, select: { id: true } });
  if (taken) throw new AppError("INVALID_INPUT", "The code is taken.", { fields: { code: "parcelCodeTaken" } });
}

/** The parcel by code, locked for the rest of the transaction, at the version the form was read at. */
async function lockedParcel(tx: Tx, code: string, version: number | undefined): Promise<StoredParcel> {
  const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Parcel" WHERE code = ${code} FOR UPDATE`;
  if (!locked) throw new AppError("NOT_FOUND", "No such parcel.", { reason: "notFound" });
  const row = await tx.parcel.findUniqueOrThrow({ where: { id: locked.id }, include: storedParcelInclude });
  if (version !== undefined && row.version !== version) {
    throw new AppError("CONFLICT", "The parcel changed.", { reason: "conflict" });
  }
  return row;
}

/** The stored parcel for the edit form (archived ones included), or null. */
export function findStoredParcel(code: string): Promise<StoredParcel | null> {
  return db.parcel.findUnique({ where: { code }, include: storedParcelInclude });
}

type Actor = { actor: StaffActor };

export async function createParcel({ actor, input }: Actor & { input: ParcelInput }): Promise<{ code: string }> {
  const { code } = await db.$transaction(async (tx) => {
    const written = await writeParcel(tx, await loadWriteContext(tx), null, input);
    await recordAudit(
      tx,
      { actor },
      {
        action: "parcel.create",
        entityType: "parcel",
        entityId: written.code,
        changes: written.changes,
      },
    );
    return written;
  });
  await revalidateParcels([code]);
  return { code };
}

/** Saves the form over the parcel it was opened on; `changed` is false when nothing differed (nothing is written). */
export async function updateParcel({
  actor,
  code,
  version,
  input,
}: Actor & { code: string; version: number; input: ParcelInput }): Promise<{ code: string; changed: boolean }> {
  const result = await db.$transaction(async (tx) => {
    const existing = await lockedParcel(tx, code, version);
    const written = await writeParcel(tx, await loadWriteContext(tx), existing, input);
    if (Object.keys(written.changes).length === 0)
      return { code: existing.code, changed: false, before: existing.code };
    await recordAudit(
      tx,
      { actor },
      {
        action: "parcel.update",
        entityType: "parcel",
        entityId: written.code,
        changes: written.changes,
      },
    );
    return { code: written.code, changed: true, before: existing.code };
  });
  if (result.changed) await revalidateParcels([...new Set([result.before, result.code])], { posts: true });
  return { code: result.code, changed: result.changed };
}

/** A change of status with its reason (kept in the audit entry). */
export async function changeParcelStatus({
  actor,
  code,
  version,
  status,
  reason,
}: Actor & { code: string; version: number; status: keyof typeof parcelStatuses; reason: string }) {
  const changed = await db.$transaction(async (tx) => {
    const existing = await lockedParcel(tx, code, version);
    const next = parcelStatuses[status];
    if (existing.status === next) return false;
    await tx.parcel.update({ where: { id: existing.id }, data: { status: next, version: { increment: 1 } } });
    await recordAudit(
      tx,
      { actor },
      {
        action: "parcel.status",
        entityType: "parcel",
        entityId: code,
        changes: { status: [slugOf(parcelStatuses, existing.status), status], reason: [null, reason] },
      },
    );
    return true;
  });
  if (changed) await revalidateParcels([code]);
  return { changed };
}

/** "Verified today": the last-verified date becomes today's (in the zone). */
export async function verifyParcel({ actor, code, version }: Actor & { code: string; version: number }) {
  const today = zoneToday();
  const changed = await db.$transaction(async (tx) => {
    const existing = await lockedParcel(tx, code, version);
    const before = existing.lastVerifiedAt.toISOString().slice(0, 10);
    await tx.parcel.update({
      where: { id: existing.id },
      data: { lastVerifiedAt: new Date(`${today}T00:00:00Z`), version: { increment: 1 } },
    });
    // Audited even when the date was already today's: the check itself is the fact recorded.
    await recordAudit(
      tx,
      { actor },
      {
        action: "parcel.verify",
        entityType: "parcel",
        entityId: code,
        changes: { lastVerifiedOn: [before, today] },
      },
    );
    return before !== today;
  });
  await revalidateParcels([code]);
  return { changed, today };
}

/** Archives (hides everywhere public) or restores a parcel; its record and history stay. */
export async function setParcelArchived({
  actor,
  code,
  version,
  archived,
}: Actor & { code: string; version: number; archived: boolean }) {
  const changed = await db.$transaction(async (tx) => {
    const existing = await lockedParcel(tx, code, version);
    if ((existing.archivedAt !== null) === archived) return false;
    await tx.parcel.update({
      where: { id: existing.id },
      data: { archivedAt: archived ? new Date() : null, version: { increment: 1 } },
    });
    await recordAudit(
      tx,
      { actor },
      {
        action: archived ? "parcel.archive" : "parcel.restore",
        entityType: "parcel",
        entityId: code,
        changes: { archived: [!archived, archived] },
      },
    );
    return true;
  });
  // Posts link the parcels they name: an archived one is left out of them.
  if (changed) await revalidateParcels([code], { posts: true });
  return { changed };
}
