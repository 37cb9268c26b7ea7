import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { landUrl, localePath } from "@/lib/paths";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";

/** What is picked for comparison, and the way to the comparison page. */
export async function CompareBar({ locale, search }: { locale: string; search: ParcelSearch }) {
  if (search.compare.length === 0) return null;
  const t = await getTranslations("Land.compareBar");
  const count = search.compare.length;
  return (
    <section aria-label={t("label")} className="rounded-lg border-2 border-brand-700 bg-brand-50 p-4">
      <p className="font-semibold text-brand-900">{t("selected", { count, codes: search.compare.join(", ") })}</p>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        {count >= 2 ? (
          <Link
            href={localePath(locale, `/land/compare?codes=${search.compare.join(",")}`)}
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            {t("open")}
          </Link>
        ) : (
          <p className="text-muted">{t("needMore")}</p>
        )}
        {/* A plain link: the search without the comparison is its own cached page (proxy.ts). */}
        <a
          href={landUrl(locale, search, { compare: [] })}
          className="font-medium text-brand-700 underline underline-offset-4"
        >
          {t("clear")}
        </a>
      </div>
    </section>
  );
}
