import "server-only";
import type { DocOf } from "@/lib/content/kinds";
import { parseParcelSearch } from "@/lib/schemas/parcel-search";
import { cachedQuery, cacheTags } from "../cache";
import { listContent } from "../content/read-content";
import { searchParcels } from "../parcels/search-parcels";

// A sector's public page: its published document (the draft, in preview),
// the product categories the incentive checker asks about and the corporate
// income tax tier each typically gets — read from the rules as data, so the
// page says what the estimator computes.

export type SectorTier = { key: string; doc: DocOf<"cit-tier"> };
export type SectorProduct = { key: string; doc: DocOf<"product">; tier: SectorTier | null };
export type SectorPage = {
  key: string;
  doc: DocOf<"sector">;
  products: SectorProduct[];
  /** The distinct tiers of its products, most favourable (lowest rate) first. */
  tiers: SectorTier[];
  /** Whether some product category gets no sector-based incentive. */
  someWithoutTier: boolean;
};

/** Every published sector with its product categories and their tiers, in sort order. */
export async function listSectorPages(): Promise<SectorPage[]> {
  const [sectors, products, tiers] = await Promise.all([
    listContent("sector"),
    listContent("product"),
    listContent("cit-tier"),
  ]);
  const tierByKey = new Map(tiers.map((tier) => [tier.key, { key: tier.key, doc: tier.doc }]));
  return sectors.map((sector) => {
    const own = products
      .filter((product) => product.doc.sector === sector.key)
      .map((product) => ({
        key: product.key,
        doc: product.doc,
        tier: (product.doc.tier && tierByKey.get(product.doc.tier)) || null,
      }));
    const distinct = new Map(own.flatMap((product) => (product.tier ? [[product.tier.key, product.tier]] : [])));
    return {
      key: sector.key,
      doc: sector.doc,
      products: own,
      tiers: [...distinct.values()].sort((a, b) => a.doc.ratePct - b.doc.ratePct),
      someWithoutTier: own.some((product) => product.tier === null),
    };
  });
}

/** One sector's page, or null when no published sector (no draft, in preview) has this key. */
export async function getSectorPage(key: string): Promise<SectorPage | null> {
  return (await listSectorPages()).find((sector) => sector.key === key) ?? null;
}

/** How many parcels are available for a sector, and the first few (the catalogue's own search). */
export const listSectorParcels = cachedQuery(
  "sector-parcels",
  [cacheTags.parcels, cacheTags.sectors],
  async (slug: string, limit: number) => {
    const { search } = parseParcelSearch({ sector: slug });
    return { search, result: await searchParcels(search, limit) };
  },
);
