import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import type { SiteSettings } from "@/server/site/get-site-settings";
import { Emblem } from "../ui/emblem";
import { LanguageMenu } from "./language-menu";
import { SkipLink } from "./skip-link";

export async function SiteHeader({ settings }: { settings: SiteSettings }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Layout")]);
  const nav = [
    { href: "/", label: t("nav.home") },
    { href: "/land", label: t("nav.land") },
    { href: "/#sectors", label: t("nav.sectors") },
    { href: "/#hubs", label: t("nav.hubs") },
    { href: "/#contact", label: t("nav.contact") },
    { href: "/inquire", label: t("nav.inquire") },
  ] as const;

  return (
    <header>
      <SkipLink label={t("skipToContent")} />
      <div className="bg-brand-950 text-sm text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-1.5">
          <p>{t("officialBanner", { authority: settings.authorityName })}</p>
          <LanguageMenu current={locale} />
        </div>
      </div>
      <div className="border-b border-brand-100 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link
            href={localePath(locale, "/")}
            className="flex items-center gap-3"
            aria-label={t("homeLink", { brand: settings.brandName })}
          >
            <Emblem className="size-10 shrink-0" />
            <span lang={settings.lang} className="text-lg leading-tight font-bold text-brand-900">
              {settings.brandName}
            </span>
          </Link>
          <nav aria-label={t("mainNavigation")} className="w-full md:w-auto">
            <ul className="-mx-2 flex flex-wrap gap-x-1 text-[0.95rem] font-medium">
              {nav.map((item) => (
                <li key={item.href}>
                  <Link
                    href={localePath(locale, item.href)}
                    className="inline-flex min-h-11 items-center rounded px-2 text-brand-800 hover:bg-brand-50 hover:text-brand-950"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
