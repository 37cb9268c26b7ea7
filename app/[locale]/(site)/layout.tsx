import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { PreviewBanner } from "@/components/content/preview-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import { getSiteSettings } from "@/server/site/get-site-settings";

/** The public site: its header, main landmark and footer (the back office has its own shell). */
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale: requested } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  setRequestLocale(locale);
  const [settings, t] = await Promise.all([
    getSiteSettings(locale),
    getTranslations({ locale, namespace: "News.feed" }),
  ]);
  return (
    <>
      {/* React puts it in <head>: every public page names the news feed of its language. */}
      <link
        rel="alternate"
        type="application/rss+xml"
        title={t("linkTitle", { brand: settings.brandName })}
        href={localePath(locale, "/news/rss.xml")}
      />
      <PreviewBanner locale={locale} />
      <SiteHeader settings={settings} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter settings={settings} />
    </>
  );
}
