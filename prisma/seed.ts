// Idempotent seed: every run leaves the same content, whatever was there.
import { isDeepStrictEqual } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DocOf } from "../lib/content/kinds";
import { hubRows, sectorRows, siteRows } from "../lib/content/mirror";
import { publicPostColumns, publicTranslations } from "../lib/posts/projection";
import { parcelSearchText } from "../lib/search-text";
import { type Prisma, PrismaClient } from "../server/generated/prisma/client";
import { desks, routingRules } from "./seed/content";
import { contentEntries } from "./seed/content/index";
import type { SeedEntry } from "./seed/content/types";
import { rectangle } from "./seed/geometry";
import { holidays } from "./seed/holidays";
import { generateParcels, hubLayouts } from "./seed/parcels";
import { postSeeds, type SeedPost } from "./seed/posts";

/**
 * Publishes every seed content entry (prisma/seed/content/) and writes the
 * rows sectors, hubs and the site settings mirror (lib/content/mirror.ts):
 * what an official's edit in the back office does, applied to the seed.
 * Like the rest of this seed it restores the seed's content, whatever was
 * there; start-up only fills kinds that have no entries (seedMissingContent).
 */
export async function seedContent(db: Prisma.TransactionClient) {
  for (const entry of contentEntries) await publishEntry(db, entry);
}

/**
 * The content kinds with no entry yet, each filled from the seed. A database
 * seeded before content entries existed (the embedded demo database kept
 * between runs, a production database) still holds the old seed's sectors,
 * hubs and site settings, which nobody could edit then; once a kind has any
 * entry, it is the officials' and is never touched again here.
 */
export async function seedMissingContent(db: Prisma.TransactionClient): Promise<string[]> {
  const present = new Set(
    (await db.contentEntry.groupBy({ by: ["kind"], _count: { _all: true } })).map((row) => row.kind),
  );
  const missing = [...new Set(contentEntries.map((entry) => entry.kind))].filter((kind) => !present.has(kind));
  for (const entry of contentEntries) if (missing.includes(entry.kind)) await publishEntry(db, entry);
  return missing;
}

async function publishEntry(db: Prisma.TransactionClient, entry: SeedEntry) {
  const { kind, key, sortOrder, doc } = entry;
  const published = doc as unknown as Prisma.InputJsonValue;
  const existing = await db.contentEntry.findUnique({ where: { kind_key: { kind, key } } });
  if (!existing) {
    await db.contentEntry.create({ data: { kind, key, sortOrder, published, publishedAt: new Date() } });
  } else if (!isDeepStrictEqual(existing.published, doc) || existing.sortOrder !== sortOrder) {
    // A new version, so that a form opened on the old one is refused rather than overwriting this.
    await db.contentEntry.update({
      where: { id: existing.id },
      data: { sortOrder, published, publishedAt: new Date(), version: { increment: 1 } },
    });
  }
  if (entry.kind === "sector") await mirrorSector(db, key, entry.doc, sortOrder);
  if (entry.kind === "hub") await mirrorHub(db, key, entry.doc, sortOrder);
  if (entry.kind === "site") await mirrorSite(db, entry.doc);
}

async function mirrorSector(db: Prisma.TransactionClient, slug: string, doc: DocOf<"sector">, sortOrder: number) {
  const { id } = await db.sector.upsert({ where: { slug }, create: { slug, sortOrder }, update: { sortOrder } });
  for (const { locale, fields } of sectorRows(doc).translations) {
    await db.sectorTranslation.upsert({
      where: { sectorId_locale: { sectorId: id, locale } },
      create: { sectorId: id, locale, ...fields },
      update: fields,
    });
  }
}

async function mirrorHub(db: Prisma.TransactionClient, slug: string, doc: DocOf<"hub">, sortOrder: number) {
  const rows = hubRows(doc);
  // The outline is not content: it comes from the sample parcels' layout.
  const layout = hubLayouts.find((l) => l.slug === slug);
  const hub = { ...rows.hub, sortOrder, ...(layout ? { boundary: rectangle(...layout.bounds) } : {}) };
  const { id } = await db.hub.upsert({ where: { slug }, create: { slug, ...hub }, update: hub });
  for (const { locale, fields } of rows.translations) {
    await db.hubTranslation.upsert({
      where: { hubId_locale: { hubId: id, locale } },
      create: { hubId: id, locale, ...fields },
      update: fields,
    });
  }
  // The hub's names are part of its parcels' search text (on a database that already has parcels).
  const hubTexts = rows.translations.flatMap((t) => [t.fields.name, t.fields.aliases]);
  const parcels = await db.parcel.findMany({
    where: { hubId: id },
    select: { id: true, code: true, translations: { select: { description: true } } },
  });
  for (const parcel of parcels) {
    const descriptions = parcel.translations.map((t) => t.description);
    await db.parcel.update({
      where: { id: parcel.id },
      data: { searchText: parcelSearchText({ code: parcel.code, hubTexts, descriptions }) },
    });
  }
}

async function mirrorSite(db: Prisma.TransactionClient, doc: DocOf<"site">) {
  const rows = siteRows(doc);
  await db.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...rows.settings }, update: rows.settings });
  for (const { locale, fields } of rows.translations) {
    await db.siteSettingsTranslation.upsert({
      where: { settingsId_locale: { settingsId: 1, locale } },
      create: { settingsId: 1, locale, ...fields },
      update: fields,
    });
  }
}

/**
 * Desks and routing rules, created only when missing: administrators change
 * them in the back office (/admin/desks), and a re-seed never undoes that.
 * The seed's default desk becomes the default only when no desk is (there is
 * always exactly one). Rules are numbered 1, 2, 3… as the back office keeps them.
 */
export async function seedRouting(db: Prisma.TransactionClient) {
  const hasDefault = (await db.desk.count({ where: { isDefault: true } })) > 0;
  for (const { translations, ...desk } of desks) {
    if (await db.desk.findUnique({ where: { slug: desk.slug }, select: { id: true } })) continue;
    await db.desk.create({
      data: {
        ...desk,
        isDefault: Boolean(desk.isDefault) && !hasDefault,
        translations: { create: Object.entries(translations).map(([locale, fields]) => ({ locale, ...fields })) },
      },
    });
  }
  if ((await db.routingRule.count()) > 0) return;
  for (const [index, rule] of routingRules.entries()) {
    const desk = await db.desk.findUniqueOrThrow({ where: { slug: rule.desk } });
    const sector = rule.sector ? await db.sector.findUniqueOrThrow({ where: { slug: rule.sector } }) : null;
    await db.routingRule.create({
      data: {
        position: index + 1,
        deskId: desk.id,
        sectorId: sector?.id,
        capitalRanges: rule.capitalRanges ?? [],
      },
    });
  }
}

/**
 * Viet Nam's public holidays for the years in prisma/seed/holidays.ts, only
 * into an empty table: administrators keep the list (/admin/holidays), and a
 * re-seed never overwrites what they changed.
 */
export async function seedHolidays(db: Prisma.TransactionClient) {
  if ((await db.holiday.count()) > 0) return;
  for (const { date, vi, en } of holidays) {
    await db.holiday.create({
      data: {
        date: new Date(`${date}T00:00:00Z`),
        translations: {
          create: [
            { locale: "vi", name: vi },
            { locale: "en", name: en },
          ],
        },
      },
    });
  }
}

/** Sample parcels (isSample), identical on every run. */
export async function seedParcels(db: Prisma.TransactionClient) {
  const sectorIds = new Map(
    (await db.sector.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]),
  );
  for (const [index, layout] of hubLayouts.entries()) {
    const hub = await db.hub.findUniqueOrThrow({ where: { slug: layout.slug }, include: { translations: true } });
    const hubTexts = hub.translations.flatMap((t) => [t.name, t.aliases]);
    for (const { translations, sectors: sectorSlugs, ...parcel } of generateParcels(layout, 2026 + index)) {
      const searchText = parcelSearchText({
        code: parcel.code,
        hubTexts,
        descriptions: Object.values(translations).map((t) => t.description),
      });
      const data = { ...parcel, hubId: hub.id, searchText };
      const { id } = await db.parcel.upsert({ where: { code: parcel.code }, create: data, update: data });
      for (const [locale, fields] of Object.entries(translations)) {
        await db.parcelTranslation.upsert({
          where: { parcelId_locale: { parcelId: id, locale } },
          create: { parcelId: id, locale, ...fields },
          update: fields,
        });
      }
      await db.parcelSector.deleteMany({ where: { parcelId: id } });
      await db.parcelSector.createMany({
        data: sectorSlugs.flatMap((slug) => {
          const sectorId = sectorIds.get(slug);
          return sectorId ? [{ parcelId: id, sectorId }] : [];
        }),
      });
    }
  }
}

/**
 * The posts the portal is delivered with (prisma/seed/posts.ts), each
 * published as revision 1 with no author, as the back office would have
 * published it. A post is created only when missing, and once it exists it
 * belongs to the officials: a re-seed never changes, duplicates or revives
 * it, whatever they did to it since (edited, renamed, archived). A seed post
 * is known by its slugs: a post that has, or ever had in a revision, one of
 * them (revisions are immutable, so a renamed post still has its first
 * slug) is that post, or an official's post the seed must not collide with.
 * Answers how many posts were created.
 */
export async function seedPosts(db: Prisma.TransactionClient): Promise<number> {
  let created = 0;
  for (const seed of postSeeds) if (await createSeedPost(db, seed)) created += 1;
  return created;
}

async function createSeedPost(db: Prisma.TransactionClient, seed: SeedPost): Promise<boolean> {
  const { doc } = seed;
  for (const [locale, text] of Object.entries(doc.texts)) {
    const taken = await db.$queryRaw<unknown[]>`
      SELECT 1 FROM "PostTranslation" WHERE locale = ${locale} AND slug = ${text.slug}
      UNION ALL
      SELECT 1 FROM "PostRevision" WHERE content -> 'texts' -> ${locale} ->> 'slug' = ${text.slug}
      LIMIT 1`;
    if (taken.length > 0) return false;
  }
  const at = new Date(seed.firstPublishedAt);
  const sectors = await db.sector.findMany({ where: { slug: { in: doc.sectors } }, select: { id: true } });
  const hubs = await db.hub.findMany({ where: { slug: { in: doc.hubs } }, select: { id: true } });
  // Where officials have since removed a sector or hub it names (start-up on an
  // older database), the post is left out rather than published half-linked.
  if (sectors.length !== doc.sectors.length || hubs.length !== doc.hubs.length) {
    console.warn(`[portal] Seed post ${doc.texts.vi?.slug} not created: a sector or hub it names is gone.`);
    return false;
  }
  await db.post.create({
    data: {
      status: "PUBLISHED",
      authorId: null,
      currentRevision: 1,
      createdAt: at,
      live: true,
      publishedRevision: 1,
      firstPublishedAt: at,
      ...publicPostColumns(doc),
      revisions: {
        create: { number: 1, content: doc as unknown as Prisma.InputJsonValue, authorId: null, createdAt: at },
      },
      events: {
        create: { action: "publish", fromStatus: null, toStatus: "PUBLISHED", revision: 1, actorId: null, at },
      },
      translations: { create: publicTranslations(doc) },
      sectors: { create: sectors.map(({ id }) => ({ sectorId: id })) },
      hubs: { create: hubs.map(({ id }) => ({ hubId: id })) },
    },
  });
  return true;
}

/** All of the seed content, in one transaction, on the database at `url`. */
export async function seedAll(url = process.env.DATABASE_URL) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, allowExitOnIdle: true }) });
  try {
    await db.$transaction(
      async (tx) => {
        await seedContent(tx);
        await seedPosts(tx);
        await seedRouting(tx);
        await seedHolidays(tx);
        await seedParcels(tx);
      },
      { timeout: 120_000 },
    );
  } finally {
    await db.$disconnect();
  }
}

/**
 * Only the content kinds that have no entries yet, and the seed's posts when
 * there is no post at all (scripts/with-db.ts, on a database seeded before
 * they existed). Answers what was loaded ("post" for the posts).
 */
export async function seedMissingContentAt(url = process.env.DATABASE_URL) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, allowExitOnIdle: true }) });
  try {
    return await db.$transaction(
      async (tx) => {
        const kinds = await seedMissingContent(tx);
        if ((await tx.post.count()) === 0 && (await seedPosts(tx)) > 0) kinds.push("post");
        return kinds;
      },
      { timeout: 120_000 },
    );
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  if (process.argv.includes("--missing-content")) {
    const kinds = await seedMissingContentAt();
    console.log(`[portal] Seed content loaded for: ${kinds.join(", ") || "nothing (every kind has entries)"}.`);
    return;
  }
  await seedAll();
  console.log("[portal] Seed content loaded.");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
