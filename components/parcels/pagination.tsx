import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";
import { landUrl } from "@/lib/paths";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";

/** The catalogue's page links, keeping the search (full loads: each page is its own cached page, proxy.ts). */
export async function Pagination({
  locale,
  search,
  totalPages,
}: {
  locale: string;
  search: ParcelSearch;
  totalPages: number;
}) {
  if (totalPages <= 1) return null;
  const t = await getTranslations("Land.pagination");
  return (
    <PageLinks
      current={search.page}
      totalPages={totalPages}
      hrefFor={(page) => landUrl(locale, search, { page })}
      labels={{ label: t("label"), previous: t("previous"), next: t("next"), page: (page) => t("page", { page }) }}
      fullLoad
    />
  );
}
