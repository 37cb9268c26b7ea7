import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { HubPage } from "@/server/hubs/get-hub";
import { ContentText } from "../content/content-text";
import { HubLocationMap } from "./hub-location-map";

/** Every hub on one map, then a card each: summary, location (indicative until verified), what it has. */
export async function HubList({ locale, hubs }: { locale: Locale; hubs: HubPage[] }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "Hubs" }), getFormatter({ locale })]);
  const coordinate = (value: number) => format.number(value, { maximumFractionDigits: 3 });
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t("intro")}</p>
      <p className="mt-4 max-w-3xl rounded-md border-l-4 border-gold-400 bg-brand-50 px-4 py-3">{t("namesNote")}</p>
      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_1fr]">
        <ul className="grid content-start gap-6">
          {hubs.map((hub) => (
            <li key={hub.key} className="rounded-lg border-t-4 border-gold-400 bg-white p-6 shadow-sm">
              <h2 className="text-xl font-bold text-brand-900">
                <Link
                  href={localePath(locale, `/hubs/${hub.key}`)}
                  className="underline underline-offset-4 hover:no-underline"
                >
                  <ContentText value={hub.doc.name} locale={locale} />
                </Link>
              </h2>
              <p className="mt-3">
                <ContentText value={hub.doc.summary} locale={locale} />
              </p>
              <p className="mt-4 text-sm text-muted">
                {t("location", { lat: coordinate(hub.doc.latitude), lng: coordinate(hub.doc.longitude) })}
              </p>
              {hub.doc.locationVerified ? null : (
                <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900">
                  {t("locationIndicative")}
                </p>
              )}
              <p className="mt-3 text-sm font-medium">
                {t("counts", { links: hub.links.length, centres: hub.centres.length })}
              </p>
            </li>
          ))}
        </ul>
        <div className="lg:sticky lg:top-4 lg:self-start">
          <HubLocationMap locale={locale} hubs={hubs} id="hubs-map" />
        </div>
      </div>
    </div>
  );
}
