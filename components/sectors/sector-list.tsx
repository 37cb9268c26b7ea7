import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { localePath } from "@/lib/paths";
import type { SectorPage } from "@/server/sectors/get-sector";
import { ContentText } from "../content/content-text";
import { tierTerms } from "./tier-terms";

/** Every sector with its summary and the corporate income tax tiers its products typically get. */
export async function SectorList({ locale, sectors }: { locale: Locale; sectors: SectorPage[] }) {
  const [t, terms] = await Promise.all([getTranslations({ locale, namespace: "Sectors" }), tierTerms(locale)]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("heading")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t("intro")}</p>
      <p className="mt-4 max-w-3xl rounded-md border-l-4 border-gold-400 bg-brand-50 px-4 py-3">{t("incentiveNote")}</p>
      <ul className="mt-10 grid gap-6 md:grid-cols-2">
        {sectors.map((sector) => {
          return (
            <li key={sector.key} className="flex flex-col rounded-lg border border-brand-100 bg-white p-6 shadow-sm">
              <h2 className="text-xl font-bold text-brand-900">
                <Link
                  href={localePath(locale, `/sectors/${sector.key}`)}
                  className="underline underline-offset-4 hover:no-underline"
                >
                  <ContentText value={sector.doc.name} locale={locale} />
                </Link>
              </h2>
              <p className="mt-2 text-ink">
                <ContentText value={sector.doc.summary} locale={locale} />
              </p>
              <h3 className="mt-4 text-sm font-semibold tracking-wide text-muted uppercase">{t("typicalTier")}</h3>
              {sector.tiers.length > 0 ? (
                <ul className="mt-2 space-y-2">
                  {sector.tiers.map((tier) => (
                    <li key={tier.key} className="rounded-md bg-brand-50 px-3 py-2">
                      <span className="block font-semibold text-brand-900">{terms.rate(tier.doc)}</span>
                      {terms.holiday(tier.doc)}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2">{t("noneAtAll")}</p>
              )}
              {sector.tiers.length > 0 && sector.someWithoutTier ? (
                <p className="mt-2 text-sm text-muted">{t("orNone")}</p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
