import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { CONFIDENCES } from "@/lib/content/kinds";

type Confidence = (typeof CONFIDENCES)[number];

const tone: Record<Confidence, string> = {
  sourced: "border-green-700 bg-green-50 text-green-900",
  secondary: "border-amber-600 bg-amber-50 text-amber-950",
  unverified: "border-red-700 bg-red-50 text-red-900",
};

/** How sure the portal is of a fact, in words (never colour alone). */
export async function ConfidenceBadge({ confidence, locale }: { confidence: Confidence; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Content.confidence" });
  return (
    <span className={`inline-flex items-center rounded border px-2 py-0.5 text-sm font-semibold ${tone[confidence]}`}>
      {t(confidence)}
    </span>
  );
}

/** A date shown in the page's language ("30 Nov 2026" / "30/11/2026"), machine-readable too. */
export function ContentDate({ date, locale }: { date: string; locale: string }) {
  const formatted = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", {
    day: locale === "vi" ? "2-digit" : "numeric",
    month: locale === "vi" ? "2-digit" : "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
  return <time dateTime={date.slice(0, 10)}>{formatted}</time>;
}

/** "As of 30 Nov 2026" — every indicative figure carries it. */
export async function AsOf({ date, locale }: { date: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Content" });
  const node = <ContentDate date={date} locale={locale} />;
  return <span className="text-sm text-muted">{t.rich("asOf", { date: () => node })}</span>;
}
