import "server-only";
import type { ContentKind } from "@/lib/content/kinds";
import type { ParcelSearch } from "@/lib/schemas/parcel-search";
import { contentSearchDocs, type SearchableContent } from "@/lib/search/content-search-docs";
import { type SearchHit, type SearchKind, searchDocs } from "@/lib/search/site-search";
import { listContent } from "../content/read-content";
import { type ParcelSearchResult, searchParcels } from "../parcels/search-parcels";

/** How many parcels the search page lists; the catalogue, linked, has the rest. */
export const SEARCH_PARCELS_SHOWN = 10;

export type SiteSearchResult = {
  /** Content matches by kind, the kind of the best match first; kinds without a match are left out. */
  groups: { kind: Exclude<SearchKind, "parcel">; hits: SearchHit[] }[];
  parcels: ParcelSearchResult;
  /** The catalogue search that lists every matching parcel. */
  parcelSearch: ParcelSearch;
};

const CONTENT_KINDS_SEARCHED = [
  "sector",
  "hub",
  "commune",
  "incentive",
  "cit-tier",
  "procedure-overview",
  "procedure-step",
  "legal-document",
] as const satisfies (keyof SearchableContent & ContentKind)[];

/**
 * One search over the portal: the published content (sectors, hubs with their
 * communes and former names, incentives, the procedure, legal documents) in
 * every language, accent- and case-insensitive, and the parcels through the
 * catalogue's own text search (any status).
 */
export async function searchSite(options: {
  q: string;
  locale: string;
  /** The procedure page's title, the name its overview is found under. */
  procedureTitle: string;
}): Promise<SiteSearchResult> {
  const parcelSearch: ParcelSearch = {
    q: options.q,
    status: "all",
    areaUnit: "m2",
    rentBasis: "term",
    sort: "verified",
    page: 1,
    compare: [],
  };
  const [entries, parcels] = await Promise.all([
    Promise.all(CONTENT_KINDS_SEARCHED.map((kind) => listContent(kind))),
    searchParcels(parcelSearch, SEARCH_PARCELS_SHOWN),
  ]);
  const content = Object.fromEntries(
    CONTENT_KINDS_SEARCHED.map((kind, i) => [kind, (entries[i] ?? []).map(({ key, doc }) => ({ key, doc }))]),
  ) as unknown as SearchableContent;
  const hits = searchDocs(contentSearchDocs(content, options.locale, { procedure: options.procedureTitle }), options.q);
  const kinds = ["sector", "hub", "incentive", "procedure", "document"] as const;
  // The kind with the best match first ("ben luc" is a hub before it is a word in a sector's text).
  const groups = kinds
    .map((kind) => ({ kind, hits: hits.filter((hit) => hit.doc.kind === kind) }))
    .filter((group) => group.hits.length > 0)
    .sort((a, b) => (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0));
  return { groups, parcels, parcelSearch };
}
