import type { DocOf } from "./kinds";

// Sectors, hubs and the site's settings are content entries that other
// features join on (parcels, routing, inquiries, every page's header): a
// published document is mirrored into their tables. These functions say what
// each table row holds; server/content/sync-content.ts and the seed write them.

type Translation<T> = { locale: "vi" | "en"; fields: T };

/** Per language: the Vietnamese row always, the English one only when its required text exists. */
function translations<T>(hasEnglish: boolean, of: (locale: "vi" | "en") => T): Translation<T>[] {
  return hasEnglish
    ? [
        { locale: "vi", fields: of("vi") },
        { locale: "en", fields: of("en") },
      ]
    : [{ locale: "vi", fields: of("vi") }];
}

export function sectorRows(doc: DocOf<"sector">) {
  return {
    translations: translations(Boolean(doc.name.en.trim()), (locale) => ({
      name: doc.name[locale] || doc.name.vi,
      summary: doc.summary[locale] || doc.summary.vi,
    })),
  };
}

export function hubRows(doc: DocOf<"hub">) {
  return {
    hub: { latitude: doc.latitude, longitude: doc.longitude, locationVerified: doc.locationVerified },
    translations: translations(Boolean(doc.name.en.trim()), (locale) => ({
      name: doc.name[locale] || doc.name.vi,
      aliases: doc.aliases[locale] || doc.aliases.vi,
      summary: doc.summary[locale] || doc.summary.vi,
    })),
  };
}

export function siteRows(doc: DocOf<"site">) {
  return {
    settings: {
      email: doc.email,
      phone: doc.phone,
      websiteUrl: doc.websiteUrl || null,
      zoneStatusAsOf: new Date(`${doc.zoneStatusAsOf}T00:00:00Z`),
      contactsVerified: doc.contactsVerified,
    },
    translations: translations(Boolean(doc.brandName.en.trim()), (locale) => ({
      brandName: doc.brandName[locale] || doc.brandName.vi,
      authorityName: doc.authorityName[locale] || doc.authorityName.vi,
      address: doc.address[locale] || doc.address.vi,
      tagline: doc.tagline[locale] || doc.tagline.vi,
      zoneStatus: doc.zoneStatus[locale] || doc.zoneStatus.vi,
    })),
  };
}
