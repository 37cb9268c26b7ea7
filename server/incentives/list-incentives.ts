import "server-only";
import { type ContentItem, getContent, listContent } from "../content/read-content";
import { documentNumbers } from "../documents/list-documents";

export type IncentivesOverview = {
  incentives: ContentItem<"incentive">[];
  /** The corporate income tax tiers in force on the day or announced for later, in their sort order. */
  tiers: ContentItem<"cit-tier">[];
  taxParameters: ContentItem<"tax-parameters"> | null;
  /** Legal documents' numbers by key, for the legal-basis links. */
  documents: Map<string, string>;
};

/** What the incentives page shows: each incentive, the CIT tiers and the general tax figures. */
export async function listIncentives(today: string): Promise<IncentivesOverview> {
  const [incentives, tiers, taxParameters, documents] = await Promise.all([
    listContent("incentive"),
    listContent("cit-tier"),
    getContent("tax-parameters", "cit"),
    documentNumbers(),
  ]);
  return {
    incentives,
    tiers: tiers.filter((tier) => !tier.doc.effectiveTo || tier.doc.effectiveTo >= today),
    taxParameters,
    documents,
  };
}
