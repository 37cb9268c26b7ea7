import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeOf } from "@/i18n/routing";
import { fullTitle } from "@/lib/metadata";
import { localePath } from "@/lib/paths";
import { REFERENCE_PATTERN } from "@/server/inquiries/reference";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Rendered per request: the page reads its query (and so do the language links).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([
    getTranslations({ locale, namespace: "Inquiry.received" }),
    getSiteSettings(locale),
  ]);
  return { title: { absolute: fullTitle(t("metaTitle"), settings.brandName) }, robots: { index: false } };
}

/** The confirmation shown after an inquiry is stored (it reveals nothing but the reference it is given). */
export default async function InquiryReceivedPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const { ref, again, mail } = await searchParams;
  const reference = Array.isArray(ref) ? ref[0] : ref;
  // The same inquiry sent again from a new form: the first one is still the one handled.
  const repeated = again === "1";
  // Past the day's cap of confirmations for the address, none is sent for this one.
  const withoutEmail = mail === "0";
  if (!reference || !REFERENCE_PATTERN.test(reference)) notFound();
  const [t, ts, settings] = await Promise.all([
    getTranslations("Inquiry.received"),
    getTranslations("Inquiry.status"),
    getSiteSettings(locale),
  ]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <div className="rounded-lg bg-green-800 p-6 text-white">
        <h1 className="text-3xl font-bold">{repeated ? t("againHeading") : t("heading")}</h1>
        {repeated ? <p className="mt-3 text-lg">{t("again")}</p> : null}
        <p className="mt-4 text-lg">{t("reference")}</p>
        <p className="mt-1 font-mono text-3xl font-bold tracking-wider">{reference}</p>
      </div>
      <p className="mt-4">{withoutEmail ? t("keepNoEmail") : t("keep")}</p>
      <h2 className="mt-8 text-xl font-bold text-brand-900">{t("nextHeading")}</h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        <li>{t("next1")}</li>
        <li>{t("next2", { days: settings.responseTargetWorkingDays })}</li>
        {withoutEmail ? null : <li>{t("next3")}</li>}
      </ol>
      <Link
        href={localePath(locale, `/inquire/status?ref=${encodeURIComponent(reference)}`)}
        className="mt-8 mr-6 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
      >
        {ts("link")}
      </Link>
      <Link
        href={localePath(locale, "/land")}
        className="mt-8 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
      >
        {t("back")}
      </Link>
    </div>
  );
}
