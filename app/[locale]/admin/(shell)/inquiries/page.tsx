import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InboxView } from "@/components/admin/inquiries/inbox-view";
import { localeOf } from "@/i18n/routing";
import { parseInboxQuery } from "@/lib/schemas/inbox-query";
import { requirePagePermission } from "@/server/admin/page-permission";
import { inboxChoices } from "@/server/inquiries/inbox-choices";
import { readScopeOf } from "@/server/inquiries/inquiry-scope";
import { listInquiries } from "@/server/inquiries/list-inquiries";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await localeOf(params), namespace: "Admin.inquiries" });
  return { title: t("title") };
}

export default async function InquiriesPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const actor = await requirePagePermission(locale, "inquiry:read:own-desk", "/admin/inquiries");
  const query = parseInboxQuery(await searchParams);
  const now = new Date();
  const [result, choices] = await Promise.all([
    listInquiries({ actor, query, locale, now }),
    inboxChoices({ actor, locale }),
  ]);
  return (
    <InboxView
      locale={locale}
      query={query}
      result={result}
      choices={choices}
      scope={readScopeOf(actor)?.kind ?? "desks"}
      now={now}
    />
  );
}
