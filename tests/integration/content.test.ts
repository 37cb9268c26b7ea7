import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedContent, seedMissingContent } from "@/prisma/seed";
import { contentEntries } from "@/prisma/seed/content/index";
import { db } from "@/server/db";
import { PrismaClient } from "@/server/generated/prisma/client";
import { getKeyFigures } from "@/server/home/get-key-figures";
import { listHubs } from "@/server/hubs/list-hubs";
import { listSectors } from "@/server/sectors/list-sectors";
import { getSiteSettings } from "@/server/site/get-site-settings";

// The seed runs with a plain client, as prisma/seed.ts does.
const seedClient = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
const runSeed = () => seedClient.$transaction((tx) => seedContent(tx), { timeout: 60_000 });
const seedSectors = contentEntries.flatMap((entry) => (entry.kind === "sector" ? [entry.doc] : []));
const seedHubs = contentEntries.filter((entry) => entry.kind === "hub");

beforeAll(runSeed);
afterAll(() => Promise.all([db.$disconnect(), seedClient.$disconnect()]));

describe("seed", () => {
  const counts = async () => ({
    contentEntries: await db.contentEntry.count(),
    settings: await db.siteSettings.count(),
    settingsTranslations: await db.siteSettingsTranslation.count(),
    hubs: await db.hub.count(),
    hubTranslations: await db.hubTranslation.count(),
    sectors: await db.sector.count(),
    sectorTranslations: await db.sectorTranslation.count(),
  });

  it("is idempotent: running it again changes nothing", async () => {
    const before = await counts();
    await runSeed();
    await runSeed();
    expect(await counts()).toEqual(before);
    expect(before).toEqual({
      contentEntries: contentEntries.length,
      settings: 1,
      settingsTranslations: 2,
      hubs: 2,
      hubTranslations: 4,
      sectors: 6,
      sectorTranslations: 12,
    });
  });

  it("publishes every seed entry, with the rows sectors, hubs and the site settings mirror", async () => {
    const rows = await db.contentEntry.findMany();
    for (const entry of contentEntries) {
      const row = rows.find((r) => r.kind === entry.kind && r.key === entry.key);
      expect(row?.published, `${entry.kind}/${entry.key}`).toEqual(entry.doc);
      expect(row?.publishedAt).toBeInstanceOf(Date);
    }
    const settings = await getSiteSettings("en");
    expect(settings).toMatchObject({ zoneStatusAsOf: "2026-12-01", contactsVerified: false });
    expect(settings.address).not.toMatch(/Tân An/);
    expect(settings.zoneStatus).toMatch(/orientation/);
    const hub = await db.hub.findUniqueOrThrow({ where: { slug: "can-giuoc" } });
    expect(hub.boundary).toMatchObject({ type: "Polygon" });
  });

  it("at start-up fills only the content kinds that have no entries, keeping an official's edits", async () => {
    const sector = await db.contentEntry.findUniqueOrThrow({
      where: { kind_key: { kind: "sector", key: "logistics" } },
    });
    const edited = { ...(sector.published as object), name: { vi: "Logistics (đã sửa)", en: "Logistics (edited)" } };
    await db.contentEntry.update({ where: { id: sector.id }, data: { published: edited } });
    await db.contentEntry.deleteMany({ where: { kind: "legal-document" } });
    try {
      expect(await seedClient.$transaction((tx) => seedMissingContent(tx))).toEqual(["legal-document"]);
      expect(await db.contentEntry.count({ where: { kind: "legal-document" } })).toBe(
        contentEntries.filter((e) => e.kind === "legal-document").length,
      );
      expect((await db.contentEntry.findUniqueOrThrow({ where: { id: sector.id } })).published).toEqual(edited);
      expect(await seedClient.$transaction((tx) => seedMissingContent(tx))).toEqual([]);
    } finally {
      await runSeed();
    }
  });

  it("restores content an editor changed", async () => {
    await db.sectorTranslation.updateMany({ where: { locale: "en" }, data: { name: "changed" } });
    await runSeed();
    expect((await listSectors("en")).map((s) => s.name)).toEqual(seedSectors.map((s) => s.name.en));
  });
});

describe("content reads", () => {
  it("returns sectors and hubs in the requested language, in their order", async () => {
    expect((await listSectors("vi")).map((s) => s.name)).toEqual(seedSectors.map((s) => s.name.vi));
    expect((await listSectors("en")).map((s) => s.name)).toEqual(seedSectors.map((s) => s.name.en));
    const hubs = await listHubs("en");
    expect(hubs.map((h) => h.name)).toEqual(["Bến Lức area", "Cần Giuộc area"]);
    expect(hubs[0]).toMatchObject({ slug: "ben-luc", latitude: 10.64, longitude: 106.49, locationVerified: false });
  });

  it("reads the presenting authority and contact details from the database", async () => {
    const vi = await getSiteSettings("vi");
    const en = await getSiteSettings("en");
    expect(vi.authorityName).toBe("Ban Quản lý Khu kinh tế tỉnh Tây Ninh");
    expect(en.authorityName).toBe("Tây Ninh Economic Zone Management Board");
    expect(en.email).toBe(vi.email);
  });

  it("falls back to Vietnamese where a translation is missing", async () => {
    const sector = await db.sector.create({
      data: {
        slug: "semiconductors",
        sortOrder: 99,
        translations: { create: { locale: "vi", name: "Bán dẫn", summary: "Vi mạch" } },
      },
    });
    try {
      expect((await listSectors("en")).at(-1)).toEqual({
        slug: "semiconductors",
        name: "Bán dẫn",
        summary: "Vi mạch",
        lang: "vi",
      });
    } finally {
      await db.sector.delete({ where: { id: sector.id } });
    }
  });

  it("holds a third locale without a migration", async () => {
    const hub = await db.hub.findUniqueOrThrow({ where: { slug: "can-giuoc" } });
    await db.hubTranslation.create({
      data: { hubId: hub.id, locale: "ko", name: "껀저억", aliases: "Can Giuoc", summary: "롱안 국제항 인근" },
    });
    try {
      const korean = await listHubs("ko");
      expect(korean.map((h) => [h.name, h.lang])).toEqual([
        ["Khu vực Bến Lức", "vi"],
        ["껀저억", "ko"],
      ]);
    } finally {
      await db.hubTranslation.delete({ where: { hubId_locale: { hubId: hub.id, locale: "ko" } } });
    }
  });
});

describe("key figures", () => {
  it("counts sectors and hubs live", async () => {
    expect(await getKeyFigures()).toMatchObject({ sectors: seedSectors.length, hubs: seedHubs.length });
    const extra = await db.hub.create({ data: { slug: "tan-tap", latitude: 10.5, longitude: 106.7 } });
    try {
      expect((await getKeyFigures()).hubs).toBe(seedHubs.length + 1);
    } finally {
      await db.hub.delete({ where: { id: extra.id } });
    }
  });
});
