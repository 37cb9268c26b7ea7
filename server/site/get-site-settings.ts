import "server-only";
import { localesFor, pickTranslation } from "@/lib/translations";
import { cachedQuery, cacheTags } from "../cache";
import { db } from "../db";
import { AppError } from "../errors";

export type SiteSettings = {
  brandName: string;
  authorityName: string;
  address: string;
  tagline: string;
  email: string;
  phone: string;
  websiteUrl: string | null;
  /** The first reply investors are promised, in working days (the inquiry pages say so). */
  responseTargetWorkingDays: number;
  /** Months after an inquiry is closed before its personal data is anonymised (the privacy notice says so). */
  retentionMonths: number;
  /** Whether address, phone and e-mail are the office's real ones; until then they are shown marked as placeholders. */
  contactsVerified: boolean;
  /** The zone's status told plainly (a planned orientation, not an established zone); may be empty. */
  zoneStatus: string;
  /** YYYY-MM-DD: the day the status text was last confirmed, or null. */
  zoneStatusAsOf: string | null;
  /** The language of the texts above: the requested one, or Vietnamese as fallback. */
  lang: string;
};

export const getSiteSettings = cachedQuery(
  "site-settings",
  [cacheTags.siteSettings],
  async (locale: string): Promise<SiteSettings> => {
    const settings = await db.siteSettings.findUnique({
      where: { id: 1 },
      include: { translations: { where: { locale: { in: localesFor(locale) } } } },
    });
    if (!settings) throw new AppError("NOT_CONFIGURED", "Site settings are missing: run the seed.");
    const {
      brandName,
      authorityName,
      address,
      tagline,
      zoneStatus,
      locale: lang,
    } = pickTranslation(settings.translations, locale);
    return {
      brandName,
      authorityName,
      address,
      tagline,
      email: settings.email,
      phone: settings.phone,
      websiteUrl: settings.websiteUrl,
      responseTargetWorkingDays: settings.responseTargetWorkingDays,
      retentionMonths: settings.retentionMonths,
      contactsVerified: settings.contactsVerified,
      zoneStatus,
      // Plain data, so the record survives the data cache's serialization.
      zoneStatusAsOf: settings.zoneStatusAsOf?.toISOString().slice(0, 10) ?? null,
      lang,
    };
  },
);
