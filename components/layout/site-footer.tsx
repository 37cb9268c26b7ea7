import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import type { SiteSettings } from "@/server/site/get-site-settings";
import { ContactsPlaceholderNote } from "./contacts-placeholder-note";

const link = "inline-flex min-h-6 items-center underline underline-offset-4 hover:text-white";

export async function SiteFooter({ settings }: { settings: SiteSettings }) {
  const [t, locale] = await Promise.all([getTranslations("Layout.footer"), getLocale()]);
  const pages = [
    { href: "/about", label: t("about") },
    { href: "/documents", label: t("documents") },
    { href: "/procedure", label: t("procedure") },
    { href: "/news", label: t("news") },
    { href: "/privacy", label: t("privacy") },
    { href: "/inquire/status", label: t("status") },
  ];
  return (
    <footer className="site-footer bg-brand-950 text-brand-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-[1fr_1.4fr_1fr]">
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
          {settings.contactsVerified ? null : (
            <ContactsPlaceholderNote
              id="footer-contacts-note"
              className="mt-2"
              badge={t("placeholderBadge")}
              text={t("placeholder")}
              inquire={{ href: localePath(locale, "/inquire"), label: t("inquire") }}
            />
          )}
          <dl
            className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1"
            aria-describedby={settings.contactsVerified ? undefined : "footer-contacts-note"}
          >
            <dt className="text-brand-100">{t("address")}</dt>
            <dd lang={settings.lang}>{settings.address}</dd>
            <dt className="text-brand-100">{t("phone")}</dt>
            <dd>
              <a className={link} href={`tel:${settings.phone.replace(/[^+\d]/g, "")}`}>
                {settings.phone}
              </a>
            </dd>
            <dt className="text-brand-100">{t("email")}</dt>
            <dd>
              <a className={`${link} break-all`} href={`mailto:${settings.email}`}>
                {settings.email}
              </a>
            </dd>
          </dl>
        </section>
        <nav aria-labelledby="footer-links" className="print:hidden">
          <h2 id="footer-links" className="text-sm font-semibold tracking-wide text-gold-300 uppercase">
            {t("links")}
          </h2>
          <ul className="mt-2 space-y-1">
            {pages.map((page) => (
              <li key={page.href}>
                <Link href={localePath(locale, page.href)} className={link}>
                  {page.label}
                </Link>
              </li>
            ))}
            <li>
              {/* Files, not pages: plain links. */}
              <a href={`/${locale}/news/rss.xml`} className={link} type="application/rss+xml">
                {t("rss")}
              </a>
            </li>
            <li>
              <a href="/sitemap.xml" className={link}>
                {t("sitemap")}
              </a>
            </li>
          </ul>
        </nav>
      </div>
      <div className="border-t border-white/10">
        <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-2 px-4 py-4 text-sm text-brand-100">
          <p>{t("copyright", { year: new Date().getFullYear(), authority: settings.authorityName })}</p>
          <p>{t("note")}</p>
        </div>
      </div>
    </footer>
  );
}
