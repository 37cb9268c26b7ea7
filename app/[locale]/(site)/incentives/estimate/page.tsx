import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EstimatorView } from "@/components/incentives/estimator-view";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { localePath } from "@/lib/paths";
import { env } from "@/server/env";
import { estimateProject } from "@/server/incentives/estimate-project";
import { listSectors } from "@/server/sectors/list-sectors";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Rendered per request: the estimate is the query (a shareable URL).

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const [t, settings] = await Promise.all([
    getTranslations({ locale, namespace: "Estimator" }),
    getSiteSettings(locale),
  ]);
  return pageMetadata({
    locale,
    path: "/incentives/estimate",
    title: t("metaTitle"),
    description: t("metaDescription"),
    brandName: settings.brandName,
  });
}

export default async function EstimatePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  setRequestLocale(locale);
  const query = await searchParams;
  const [state, sectors] = await Promise.all([estimateProject(query, locale), listSectors(locale)]);
  // The form sends every field as typed ("12,5", empty ones too): move to the
  // estimate's short, canonical URL, which reads the same in every language.
  const path = state.result ? localePath(locale, `/incentives/estimate?${state.result.canonical}`) : null;
  if (state.result && path && state.result.canonical !== queryString(query)) redirect(path);
  return <EstimatorView locale={locale} state={state} sectors={sectors} url={`${env.SITE_URL}${path ?? ""}`} />;
}

function queryString(query: Record<string, string | string[] | undefined>) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of [value ?? []].flat()) params.append(name, item);
  }
  return params.toString();
}
