import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/paths";
import { env } from "@/server/env";
import type { SiteSettings } from "@/server/site/get-site-settings";
import { Emblem } from "../ui/emblem";
import { LanguageMenu } from "./language-menu";
import { MainNav } from "./main-nav";
import { PrintUrl } from "./print-url";
import { SiteSearch } from "./site-search";
import { SkipLink } from "./skip-link";

/**
 * The public header: the official banner and languages, the brand, the site
 * search and the main navigation. On small screens navigation and search fold
 * into a <details> menu (no JavaScript needed); the wide-screen copies are
 * display:none there, and the menu is on wide screens, so one of each is ever
 * in the accessibility tree.
 */
export async function SiteHeader({ settings }: { settings: SiteSettings }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Layout")]);
  const nav = [
    { href: "/", label: t("nav.home") },
    { href: "/land", label: t("nav.land") },
    { href: "/sectors", label: t("nav.sectors") },
    { href: "/hubs", label: t("nav.hubs") },
    { href: "/incentives", label: t("nav.incentives") },
    { href: "/procedure", label: t("nav.procedure") },
    { href: "/news", label: t("nav.news") },
    { href: "/about", label: t("nav.about") },
    { href: "/inquire", label: t("nav.inquire") },
  ];
  const search = { label: t("search.label"), submit: t("search.submit") };

  return (
    <header className="site-header">
      <SkipLink label={t("skipToContent")} />
      <div className="bg-brand-950 text-sm text-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-1.5">
          <p>{t("officialBanner", { authority: settings.authorityName })}</p>
          <LanguageMenu current={locale} />
        </div>
      </div>
      <div className="relative border-b border-brand-100 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          <Link
            href={localePath(locale, "/")}
            className="flex items-center gap-3"
            aria-label={t("homeLink", { brand: settings.brandName })}
          >
            <Emblem className="size-10 shrink-0" />
            <span>
              <span lang={settings.lang} className="block text-lg leading-tight font-bold text-brand-900">
                {settings.brandName}
              </span>
              <PrintUrl origin={env.SITE_URL} />
            </span>
          </Link>
          <div className="hidden lg:block print:hidden">
            <SiteSearch locale={locale} id="site-search" texts={search} />
          </div>
          <details className="group shrink-0 lg:hidden print:hidden">
            <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border-2 border-brand-700 px-3 font-semibold text-brand-800 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
              <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="size-5">
                <path
                  d="M3 5h14M3 10h14M3 15h14"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  className="group-open:hidden"
                />
                <path
                  d="M5 5l10 10M15 5L5 15"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinecap="round"
                  className="hidden group-open:block"
                />
              </svg>
              {t("menu")}
            </summary>
            <div className="absolute inset-x-0 top-full z-40 border-b-4 border-gold-400 bg-white shadow-lg">
              <div className="mx-auto max-w-6xl space-y-3 px-4 py-4">
                <SiteSearch locale={locale} id="site-search-menu" texts={search} />
                <MainNav items={nav} locale={locale} label={t("mainNavigation")} layout="column" />
              </div>
            </div>
          </details>
        </div>
        <div className="hidden border-t border-brand-100 lg:block print:hidden">
          <div className="mx-auto max-w-6xl px-4 py-1 text-[0.95rem]">
            <MainNav items={nav} locale={locale} label={t("mainNavigation")} layout="row" />
          </div>
        </div>
      </div>
    </header>
  );
}
