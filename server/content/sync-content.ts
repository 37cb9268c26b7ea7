import "server-only";
import type { ContentKind, DocOf } from "@/lib/content/kinds";
import { hubRows, sectorRows, siteRows } from "@/lib/content/mirror";
import { parcelSearchText } from "@/lib/search-text";
import { cacheTags } from "../cache";
import type { Tx } from "../db";

// Mirrors a published sector, hub or site document into the tables other
// features join on (lib/content/mirror.ts says what goes where), inside the
// publishing transaction. Returns the extra cache tags to revalidate.

export async function mirrorPublished(tx: Tx, kind: ContentKind, key: string, doc: unknown, sortOrder: number) {
  switch (kind) {
    case "sector":
      return mirrorSector(tx, key, doc as DocOf<"sector">, sortOrder);
    case "hub":
      return mirrorHub(tx, key, doc as DocOf<"hub">, sortOrder);
    case "site":
      return mirrorSite(tx, doc as DocOf<"site">);
    default:
      return [];
  }
}

async function mirrorSector(tx: Tx, slug: string, doc: DocOf<"sector">, sortOrder: number) {
  const rows = sectorRows(doc);
  const { id } = await tx.sector.upsert({ where: { slug }, create: { slug, sortOrder }, update: { sortOrder } });
  await tx.sectorTranslation.deleteMany({
    where: { sectorId: id, locale: { notIn: rows.translations.map((t) => t.locale) } },
  });
  for (const { locale, fields } of rows.translations) {
    await tx.sectorTranslation.upsert({
      where: { sectorId_locale: { sectorId: id, locale } },
      create: { sectorId: id, locale, ...fields },
      update: fields,
    });
  }
  return [cacheTags.sectors, cacheTags.parcels];
}

async function mirrorHub(tx: Tx, slug: string, doc: DocOf<"hub">, sortOrder: number) {
  const rows = hubRows(doc);
  const { id } = await tx.hub.upsert({
    where: { slug },
    create: { slug, sortOrder, ...rows.hub },
    update: { sortOrder, ...rows.hub },
  });
  await tx.hubTranslation.deleteMany({
    where: { hubId: id, locale: { notIn: rows.translations.map((t) => t.locale) } },
  });
  for (const { locale, fields } of rows.translations) {
    await tx.hubTranslation.upsert({
      where: { hubId_locale: { hubId: id, locale } },
      create: { hubId: id, locale, ...fields },
      update: fields,
    });
  }
  // The hub's names and aliases are part of its parcels' search text.
  const hubTexts = rows.translations.flatMap((t) => [t.fields.name, t.fields.aliases]);
  const parcels = await tx.parcel.findMany({
    where: { hubId: id },
    select: { id: true, code: true, translations: { select: { description: true } } },
  });
  for (const parcel of parcels) {
    const searchText = parcelSearchText({
      code: parcel.code,
      hubTexts,
      descriptions: parcel.translations.map((t) => t.description),
    });
    await tx.parcel.update({ where: { id: parcel.id }, data: { searchText } });
  }
  return [cacheTags.hubs, cacheTags.parcels];
}

async function mirrorSite(tx: Tx, doc: DocOf<"site">) {
  const rows = siteRows(doc);
  await tx.siteSettings.update({ where: { id: 1 }, data: rows.settings });
  await tx.siteSettingsTranslation.deleteMany({
    where: { settingsId: 1, locale: { notIn: rows.translations.map((t) => t.locale) } },
  });
  for (const { locale, fields } of rows.translations) {
    await tx.siteSettingsTranslation.upsert({
      where: { settingsId_locale: { settingsId: 1, locale } },
      create: { settingsId: 1, locale, ...fields },
      update: fields,
    });
  }
  return [cacheTags.siteSettings];
}
