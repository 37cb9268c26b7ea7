import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { localeOf } from "@/i18n/routing";
import { signInPath } from "@/server/admin/page-permission";
import { currentSession } from "@/server/auth/session";
import { getSiteSettings } from "@/server/site/get-site-settings";
import { signOutAction } from "./actions";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const t = await getTranslations({ locale, namespace: "Admin.shell" });
  return {
    title: { template: t("titleTemplate"), default: t("backOffice") },
    robots: { index: false, follow: false },
  };
}

/**
 * The back office around every signed-in page. It needs a signed-in session
 * to draw itself; what each page shows is still checked by that page
 * (requirePagePermission): pages render alongside their layout, not inside
 * its check, and even when this layout redirects, a page's output is
 * rendered and travels in the redirect's payload.
 */
export default async function ShellLayout({ children, params }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const session = await currentSession();
  if (session?.stage !== "ACTIVE") {
    // The page's own check comes first, in document order, and sends the
    // person to sign in with the page's address to come back to; this one
    // catches any page that would not (to the start page).
    return (
      <>
        {children}
        <SignInFirst locale={locale} />
      </>
    );
  }
  // The back office's messages reach client forms through app/[locale]/admin/layout.tsx.
  const settings = await getSiteSettings(locale);
  return (
    <>
      <AdminHeader locale={locale} actor={session.actor} settings={settings} signOut={signOutAction} />
      <main id="main" tabIndex={-1} className="flex-1 bg-brand-50/40 focus:outline-none">
        <div className="mx-auto max-w-7xl px-4 py-8 sm:py-10">{children}</div>
      </main>
    </>
  );
}

/** Renders nothing: sends a browser without a signed-in session to the sign-in page. */
async function SignInFirst({ locale }: { locale: string }): Promise<never> {
  // A turn of the event loop first: the page's own redirect, which names the page, is then always the first one.
  await new Promise((resolve) => setImmediate(resolve));
  redirect(signInPath(locale));
}
