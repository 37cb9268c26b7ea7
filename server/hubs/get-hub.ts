import "server-only";
import type { DocOf } from "@/lib/content/kinds";
import { type ParcelStatusSlug, parcelStatuses, slugOf } from "@/lib/parcels";
import { parseParcelSearch } from "@/lib/schemas/parcel-search";
import { cachedQuery, cacheTags } from "../cache";
import { listContent } from "../content/read-content";
import { db } from "../db";
import { listParcelShapes } from "../parcels/list-parcel-shapes";
import { searchParcels } from "../parcels/search-parcels";
import { type HubSummary, listHubs } from "./list-hubs";

// A hub's public page: its published document (the draft, in preview) with
// the communes, transport links and logistics centres that refer to it, and
// its row in the Hub table (id and outline) that parcels are joined on.

type Entry<K extends "commune" | "transport-link" | "logistics-centre"> = { key: string; doc: DocOf<K> };

export type HubPage = {
  key: string;
  doc: DocOf<"hub">;
  /** The mirrored row (outline, id for its parcels); missing for a new hub shown in preview. */
  summary: HubSummary | undefined;
  communes: Entry<"commune">[];
  links: Entry<"transport-link">[];
  centres: Entry<"logistics-centre">[];
};

/** Every published hub with what refers to it, in sort order. */
export async function listHubPages(locale: string): Promise<HubPage[]> {
  const [hubs, summaries, communes, links, centres] = await Promise.all([
    listContent("hub"),
    listHubs(locale),
    listContent("commune"),
    listContent("transport-link"),
    listContent("logistics-centre"),
  ]);
  const of = <K extends "commune" | "transport-link" | "logistics-centre">(
    items: { key: string; doc: DocOf<K> & { hub: string } }[],
    hub: string,
  ): Entry<K>[] => items.filter((item) => item.doc.hub === hub).map(({ key, doc }) => ({ key, doc }));
  return hubs.map((hub) => ({
    key: hub.key,
    doc: hub.doc,
    summary: summaries.find((summary) => summary.slug === hub.key),
    communes: of(communes, hub.key),
    links: of(links, hub.key),
    centres: of(centres, hub.key),
  }));
}

/** One hub's page, or null when no published hub (no draft, in preview) has this key. */
export async function getHubPage(key: string, locale: string): Promise<HubPage | null> {
  return (await listHubPages(locale)).find((hub) => hub.key === key) ?? null;
}

/** A hub's parcels: their outlines (for the map), how many there are by status, and the first available ones. */
export const listHubParcels = cachedQuery(
  "hub-parcels",
  [cacheTags.parcels, cacheTags.hubs],
  async (slug: string, limit: number) => {
    const all = parseParcelSearch({ hub: slug, status: "all" }).search;
    const available = parseParcelSearch({ hub: slug }).search;
    const [shapes, result, groups] = await Promise.all([
      listParcelShapes(all),
      searchParcels(available, limit),
      db.parcel.groupBy({ by: ["status"], where: { hub: { slug }, archivedAt: null }, _count: true }),
    ]);
    const byStatus = groups.map((group) => ({
      status: slugOf(parcelStatuses, group.status) as ParcelStatusSlug,
      count: group._count,
    }));
    return { shapes, search: available, result, byStatus };
  },
);
