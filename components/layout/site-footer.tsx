import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import type { SiteSettings } from "@/server/site/get-site-settings";

export async function SiteFooter({ settings }: { settings: SiteSettings }) {
  const [t, locale] = await Promise.all([getTranslations("Layout.footer"), getLocale()]);
  return (
    <footer className="bg-brand-950 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-2">
        <section aria-labelledby="footer-presented-by">
          <h2 id="footer-presented-by" className="text-sm font-semibold tracking-wide text-gold-300 uppercase">
            {t("presentedBy")}
          </h2>
          <p lang={settings.lang} className="mt-2 text-lg font-semibold text-white">
            {settings.authorityName}
          </p>
          <p lang={settings.lang} className="mt-1">
            {settings.brandName}
          </p>
        </section>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="text-sm font-semibold tracking-wide text-gold-300 uppercase">
            {t("contact")}
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-brand-100">{t("address")}</dt>
            <dd lang={settings.lang}>{settings.address}</dd>
            <dt className="text-brand-100">{t("phone")}</dt>
            <dd>
              <a
                className="underline underline-offset-4 hover:text-white"
                href={`tel:${settings.phone.replace(/[^+\d]/g, "")}`}
              >
                {settings.phone}
              </a>
            </dd>
            <dt className="text-brand-100">{t("email")}</dt>
            <dd>
              <a className="break-all underline underline-offset-4 hover:text-white" href={`mailto:${settings.email}`}>
                {settings.email}
              </a>
            </dd>
          </dl>
        </section>
      </div>
      <div className="border-t border-white/10">
        <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-4 text-sm text-brand-100">
          <p>{t("copyright", { year: new Date().getFullYear(), authority: settings.authorityName })}</p>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link
                href={localePath(locale, "/inquire/status")}
                className="underline underline-offset-4 hover:text-white"
              >
                {t("status")}
              </Link>
            </li>
            <li>
              <Link href={localePath(locale, "/privacy")} className="underline underline-offset-4 hover:text-white">
                {t("privacy")}
              </Link>
            </li>
          </ul>
          <p>{t("note")}</p>
        </div>
      </div>
    </footer>
  );
}
