import "@fontsource-variable/inter";
import "../globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { interLatin, interVietnamese } from "@/app/fonts";
import { ErrorTextsProvider } from "@/components/layout/error-texts";
import { routing } from "@/i18n/routing";
import { openGraphDefaults } from "@/lib/metadata";
import { env } from "@/server/env";
import { getSiteSettings } from "@/server/site/get-site-settings";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const settings = await getSiteSettings(locale);
  return {
    metadataBase: new URL(env.SITE_URL),
    title: settings.brandName,
    description: settings.tagline,
    applicationName: settings.brandName,
    // Pages with their own metadata (lib/metadata.ts pageMetadata) replace this with the same and more.
    openGraph: openGraphDefaults(locale, settings.brandName),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();

  return (
    <html lang={locale} className={`${interLatin.variable} ${interVietnamese.variable}`}>
      <body className="flex min-h-screen flex-col">
        {/* Only the error page's texts reach the browser; everything else renders on the server. */}
        <ErrorTextsProvider texts={messages.Error}>{children}</ErrorTextsProvider>
      </body>
    </html>
  );
}
