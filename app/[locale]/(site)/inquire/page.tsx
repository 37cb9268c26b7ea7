import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InquiryForm } from "@/components/inquiry/inquiry-form";
import { localeOf } from "@/i18n/routing";
import { countryOptions, FREQUENT_COUNTRIES } from "@/lib/countries";
import { pageMetadata } from "@/lib/metadata";
import { localePath } from "@/lib/paths";
import { capitalRanges, cleanMultiline, inquiryErrorKeys, timelines } from "@/lib/schemas/inquiry";
import { listHubs } from "@/server/hubs/list-hubs";
import { listSectors } from "@/server/sectors/list-sectors";
import { issueFormStamp, issueFormToken } from "@/server/security/form-token";
import { getSiteSettings } from "@/server/site/get-site-settings";
import { submitInquiry } from "./actions";

// Rendered per request: the page reads its query (and so do the language links).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: "Inquiry" }), getSiteSettings(locale)]);
  return pageMetadata({
    locale,
    path: "/inquire",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export default async function InquirePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const [query, t, te, settings, sectors, hubs] = await Promise.all([
    searchParams,
    getTranslations("Inquiry"),
    getTranslations("Email"),
    getSiteSettings(locale),
    listSectors(locale),
    listHubs(locale),
  ]);
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const parcel = first(query.parcel).toUpperCase();
  const sector = first(query.sector);
  // From the estimator (and sector pages): the capital range and a message to start from.
  const capital = first(query.capital);
  const message = cleanMultiline(first(query.message)).slice(0, 5_000);
  const fieldNames = [
    "fullName",
    "organisation",
    "position",
    "country",
    "countryHint",
    "chooseCountry",
    "frequentCountries",
    "allCountries",
    "email",
    "phone",
    "phoneHint",
    "sector",
    "chooseSector",
    "hub",
    "anyHub",
    "parcels",
    "parcelsHint",
    "capitalRange",
    "chooseCapital",
    "landArea",
    "landAreaHint",
    "landAreaUnit",
    "expectedJobs",
    "timeline",
    "chooseTimeline",
    "message",
    "messageHint",
    "privacyLink",
    "consentNewsletter",
    "honeypot",
  ] as const;
  // The schema's errors, plus the summary title and the expired-form message.
  const errorKeys = ["summary", "form", ...inquiryErrorKeys] as const;
  const token = await issueFormToken();
  const countries = countryOptions(locale);
  const frequent = FREQUENT_COUNTRIES.map((code) => countries.find((c) => c.value === code)).filter(
    (option) => option !== undefined,
  );
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <p className="mt-3 text-lg text-muted">{t("intro", { days: settings.responseTargetWorkingDays })}</p>
      <div className="mt-8">
        <InquiryForm
          action={submitInquiry.bind(null, locale)}
          locale={locale}
          token={token}
          stamp={await issueFormStamp(token)}
          countries={{ frequent, all: countries }}
          sectors={sectors.map((s) => ({ value: s.slug, label: s.name }))}
          hubs={hubs.map((h) => ({ value: h.slug, label: h.name }))}
          defaults={{
            parcels: /^[A-Z0-9-]{1,20}$/.test(parcel) ? parcel : "",
            sector: sectors.some((s) => s.slug === sector) ? sector : "",
            capitalRange: Object.hasOwn(capitalRanges, capital) ? capital : "",
            message,
            landAreaUnit: "ha",
          }}
          texts={{
            required: t("required"),
            sections: { you: t("sections.you"), project: t("sections.project"), consent: t("sections.consent") },
            fields: {
              ...Object.fromEntries(fieldNames.map((name) => [name, t(`fields.${name}`)])),
              consentProcessing: t("fields.consentProcessing", { authority: settings.authorityName }),
            },
            // "{codes}" stays a placeholder: the form puts in the codes the server names.
            errors: Object.fromEntries(errorKeys.map((key) => [key, t(`errors.${key}`, { codes: "{codes}" })])),
            capital: Object.fromEntries(
              Object.keys(capitalRanges).map((key) => [key, te(`capital.${key as "under-10m"}`)]),
            ),
            timeline: Object.fromEntries(timelines.map((key) => [key, te(`timeline.${key}`)])),
            unitM2: "m²",
            unitHa: "ha",
            submit: t("submit"),
            privacyHref: localePath(locale, "/privacy"),
          }}
        />
      </div>
    </div>
  );
}
