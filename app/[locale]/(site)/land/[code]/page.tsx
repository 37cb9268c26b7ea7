import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ParcelDetailView } from "@/components/parcels/parcel-detail";
import { localeOf } from "@/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { M2_PER_HECTARE } from "@/lib/parcels";
import { localePath } from "@/lib/paths";
import { parseParcelSearch } from "@/lib/schemas/parcel-search";
import { env } from "@/server/env";
import { listHubs } from "@/server/hubs/list-hubs";
import { getParcel } from "@/server/parcels/get-parcel";
import { listParcelShapes } from "@/server/parcels/list-parcel-shapes";
import { parcelJsonLd } from "@/server/parcels/parcel-json-ld";
import { getSiteSettings } from "@/server/site/get-site-settings";

// Rendered on first request, then served from cache until the parcels change.
export const revalidate = 3600;
// Prerendered: the page reads no query, so the language links carry none
// (components/layout/language-switcher.tsx).
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; code: string }> };

const CODE = /^[A-Z0-9-]{1,20}$/;

async function load(params: Props["params"]) {
  const [locale, { code: raw }] = await Promise.all([localeOf(params), params]);
  const code = decodeURIComponent(raw);
  if (!CODE.test(code.toUpperCase())) notFound();
  if (code !== code.toUpperCase()) permanentRedirect(localePath(locale, `/land/${code.toUpperCase()}`));
  const parcel = await getParcel(code, locale);
  if (!parcel) notFound();
  return { locale, parcel };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, parcel } = await load(params);
  const [t, tp, format, settings] = await Promise.all([
    getTranslations({ locale, namespace: "Parcel" }),
    getTranslations({ locale, namespace: "Parcels" }),
    getFormatter({ locale }),
    getSiteSettings(locale),
  ]);
  return pageMetadata({
    locale,
    path: `/land/${parcel.code}`,
    title: t("heading", { code: parcel.code }),
    description: t("metaDescription", {
      code: parcel.code,
      hub: parcel.hub.name,
      area: tp("units.ha", { value: format.number(parcel.areaM2 / M2_PER_HECTARE, { maximumFractionDigits: 2 }) }),
      use: tp(`landUse.${parcel.landUse}`),
      status: tp(`status.${parcel.status}`),
    }),
    brandName: settings.brandName,
  });
}

export default async function ParcelPage({ params }: Props) {
  const { locale, parcel } = await load(params);
  setRequestLocale(locale);
  const [hubs, t] = await Promise.all([listHubs(locale), getTranslations({ locale, namespace: "Parcel" })]);
  const hub = hubs.find((h) => h.slug === parcel.hub.slug);
  const neighbours = await listParcelShapes(parseParcelSearch({ status: "all", hub: parcel.hub.slug }).search);
  const jsonLd = parcelJsonLd(parcel, `${env.SITE_URL}${localePath(locale, `/land/${parcel.code}`)}`, {
    name: t("heading", { code: parcel.code }),
    hub: parcel.hub.name,
  });
  return (
    <>
      <script
        type="application/ld+json"
        // JSON.stringify output with "<" escaped cannot close the script element.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: structured data, escaped above
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }}
      />
      <ParcelDetailView locale={locale} parcel={parcel} hub={hub} neighbours={neighbours} />
    </>
  );
}
