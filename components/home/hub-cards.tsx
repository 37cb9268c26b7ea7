import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/paths";
import type { HubSummary } from "@/server/hubs/list-hubs";
import { SectionHeading } from "../ui/section-heading";

export function HubCards({ hubs }: { hubs: HubSummary[] }) {
  const t = useTranslations("Home.hubs");
  const format = useFormatter();
  const locale = useLocale();
  const coordinate = (value: number) => format.number(value, { maximumFractionDigits: 3 });
  return (
    <section aria-labelledby="hubs" className="bg-brand-50">
      <div className="mx-auto max-w-6xl px-4 py-16">
        <SectionHeading id="hubs" title={t("heading")} intro={t("intro")} />
        <ul className="grid gap-6 md:grid-cols-2">
          {hubs.map((hub) => (
            <li key={hub.slug} className="rounded-lg border-t-4 border-gold-400 bg-white p-6 shadow-sm">
              <h3 lang={hub.lang} className="text-xl font-bold text-brand-900">
                <Link
                  href={localePath(locale, `/hubs/${hub.slug}`)}
                  className="underline underline-offset-4 hover:no-underline"
                >
                  {hub.name}
                </Link>
              </h3>
              <p lang={hub.lang} className="mt-3 text-ink">
                {hub.summary}
              </p>
              <p className="mt-4 text-sm text-muted">
                {t("location", { lat: coordinate(hub.latitude), lng: coordinate(hub.longitude) })}
              </p>
              {hub.locationVerified ? null : (
                <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900">
                  {t("indicative")}
                </p>
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
