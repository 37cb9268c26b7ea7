import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { localeOf } from "@/i18n/routing";

// Nothing of the back office is indexed, and every page of it is rendered
// per request (pages say so themselves: dynamic = "force-dynamic").
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * Every back-office page: its client forms get the back office's messages,
 * and only those. The locale is named from the path rather than read from
 * the request, so the answer to a form post is in the page's language too.
 */
export default async function AdminLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await localeOf(params);
  const messages = await getMessages({ locale });
  return (
    <NextIntlClientProvider locale={locale} timeZone="Asia/Ho_Chi_Minh" messages={{ Admin: messages.Admin }}>
      {children}
    </NextIntlClientProvider>
  );
}
