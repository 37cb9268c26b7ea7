import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusForm } from "@/components/inquiry/status-form";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { InquiryStatus } from "@/server/generated/prisma/enums";
import { PUBLIC_EVENTS } from "@/server/inquiries/find-inquiry-status";
import { getSiteSettings } from "@/server/site/get-site-settings";
import { checkInquiryStatus } from "./actions";

// Rendered per request: the page reads its query (and so do the language links).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Every status and every public event has its label (a missing one fails the type check).
const statuses = Object.values(InquiryStatus);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([
    getTranslations({ locale, namespace: "Inquiry.status" }),
    getSiteSettings(locale),
  ]);
  return {
    ...pageMetadata({
      locale,
      path: "/inquire/status",
      title: t("metaTitle"),
      description: t("metaDescription"),
      brandName: settings.brandName,
    }),
    robots: { index: false },
  };
}

export default async function InquiryStatusPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const [{ ref }, t] = await Promise.all([searchParams, getTranslations("Inquiry.status")]);
  const reference = (Array.isArray(ref) ? ref[0] : ref) ?? "";
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <p className="mt-3 text-lg text-muted">{t("intro")}</p>
      <div className="mt-8">
        <StatusForm
          action={checkInquiryStatus.bind(null, locale)}
          locale={locale}
          defaultReference={/^[A-Za-z0-9-]{1,20}$/.test(reference) ? reference.toUpperCase() : ""}
          texts={{
            reference: t("reference"),
            referenceHint: t("referenceHint"),
            email: t("email"),
            submit: t("submit"),
            notFound: t("notFound"),
            rateLimited: t.raw("rateLimited") as string,
            current: t.raw("current") as string,
            timeline: t("timeline"),
            statuses: Object.fromEntries(statuses.map((s) => [s, t(`statuses.${s}`)])),
            answeredOn: t.raw("answeredOn") as string,
            events: Object.fromEntries(PUBLIC_EVENTS.map((e) => [e, t.raw(`events.${e}`) as string])),
          }}
        />
      </div>
    </div>
  );
}
