// Idempotent seed: every run leaves the same content, whatever was there.
import { PrismaPg } from "@prisma/adapter-pg";
import { parcelSearchText } from "../lib/search-text";
import { type Prisma, PrismaClient } from "../server/generated/prisma/client";
import { desks, hubs, routingRules, sectors, siteSettings } from "./seed/content";
import { rectangle } from "./seed/geometry";
import { holidays } from "./seed/holidays";
import { generateParcels, hubLayouts } from "./seed/parcels";

export async function seedDatabase(db: Prisma.TransactionClient) {
  const { translations: settingsTranslations, ...settings } = siteSettings;
  await db.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
  for (const [locale, fields] of Object.entries(settingsTranslations)) {
    await db.siteSettingsTranslation.upsert({
      where: { settingsId_locale: { settingsId: 1, locale } },
      create: { settingsId: 1, locale, ...fields },
      update: fields,
    });
  }

  for (const [sortOrder, { translations, ...hub }] of hubs.entries()) {
    const layout = hubLayouts.find((l) => l.slug === hub.slug);
    const boundary = layout ? rectangle(...layout.bounds) : undefined;
    const { id } = await db.hub.upsert({
      where: { slug: hub.slug },
      create: { ...hub, boundary, sortOrder },
      update: { ...hub, boundary, sortOrder },
    });
    for (const [locale, fields] of Object.entries(translations)) {
      await db.hubTranslation.upsert({
        where: { hubId_locale: { hubId: id, locale } },
        create: { hubId: id, locale, ...fields },
        update: fields,
      });
    }
  }

  for (const [sortOrder, { translations, slug }] of sectors.entries()) {
    const { id } = await db.sector.upsert({
      where: { slug },
      create: { slug, sortOrder },
      update: { sortOrder },
    });
    for (const [locale, fields] of Object.entries(translations)) {
      await db.sectorTranslation.upsert({
        where: { sectorId_locale: { sectorId: id, locale } },
        create: { sectorId: id, locale, ...fields },
        update: fields,
      });
    }
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

/** All of the seed content, in one transaction, on the database at `url`. */
export async function seedAll(url = process.env.DATABASE_URL) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, allowExitOnIdle: true }) });
  try {
    await db.$transaction(
      async (tx) => {
        await seedDatabase(tx);
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

async function main() {
  await seedAll();
  console.log("[portal] Seed content loaded.");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
