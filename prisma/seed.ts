// Idempotent seed: every run leaves the same content, whatever was there.
import { PrismaPg } from "@prisma/adapter-pg";
import { type Prisma, PrismaClient } from "../server/generated/prisma/client";
import { hubs, sectors, siteSettings } from "./seed/content";

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
    const { id } = await db.hub.upsert({
      where: { slug: hub.slug },
      create: { ...hub, sortOrder },
      update: { ...hub, sortOrder },
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

async function main() {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL, allowExitOnIdle: true }),
  });
  try {
    await db.$transaction((tx) => seedDatabase(tx), { timeout: 60_000 });
    console.log("[portal] Seed content loaded.");
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
