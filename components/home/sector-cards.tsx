import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/paths";
import type { SectorSummary } from "@/server/sectors/list-sectors";
import { SectionHeading } from "../ui/section-heading";

export function SectorCards({ sectors }: { sectors: SectorSummary[] }) {
  const t = useTranslations("Home.sectors");
  const locale = useLocale();
  return (
    <section aria-labelledby="sectors" className="mx-auto max-w-6xl px-4 py-16">
      <SectionHeading id="sectors" title={t("heading")} intro={t("intro")} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sectors.map((sector, index) => (
          <li key={sector.slug} className="flex gap-4 rounded-lg border border-brand-100 bg-brand-50/60 p-5">
            <span
              aria-hidden="true"
              className="grid size-10 shrink-0 place-items-center rounded-full bg-brand-700 font-bold text-white"
            >
              {index + 1}
            </span>
            <div lang={sector.lang}>
              <h3 className="text-lg font-semibold text-brand-900">
                <Link
                  href={localePath(locale, `/sectors/${sector.slug}`)}
                  className="underline underline-offset-4 hover:no-underline"
                >
                  {sector.name}
                </Link>
              </h3>
              <p className="mt-1 text-muted">{sector.summary}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
