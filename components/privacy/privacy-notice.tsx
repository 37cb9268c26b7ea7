import { getFormatter, getTranslations } from "next-intl/server";
import { PRIVACY_NOTICE, privacyNoticeVersion } from "@/lib/privacy";
import type { SiteSettings } from "@/server/site/get-site-settings";

const sections = [
  "controller",
  "collected",
  "purposes",
  "consent",
  "recipients",
  "retention",
  "rights",
  "security",
] as const;

export async function PrivacyNotice({ settings }: { settings: SiteSettings }) {
  const [t, format] = await Promise.all([getTranslations("Privacy"), getFormatter()]);
  const values = {
    authority: settings.authorityName,
    address: settings.address,
    email: settings.email,
    // The retention period is a site setting: the nightly job applies the same one.
    months: settings.retentionMonths,
  };
  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <p className="mt-3 text-muted">
        {t("version", {
          version: privacyNoticeVersion(settings.retentionMonths),
          date: format.dateTime(new Date(PRIVACY_NOTICE.effectiveOn), { dateStyle: "long", timeZone: "UTC" }),
        })}
      </p>
      <p className="mt-6 text-lg">{t("intro", values)}</p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`} className="mt-8">
          <h2 id={`privacy-${section}`} className="text-xl font-bold text-brand-900">
            {t(`${section}.heading`)}
          </h2>
          <p className="mt-2 leading-relaxed">{t(`${section}.body`, values)}</p>
        </section>
      ))}
    </article>
  );
}
