import "server-only";
import { type IncentiveRules, rulesFromDocs } from "@/lib/incentives/rules";
import { listContent } from "../content/read-content";

/** The incentive rules as published (drafts in preview); null when the tax parameters are not published. */
export async function loadIncentiveRules(): Promise<IncentiveRules | null> {
  const [tax, tiers, products, locations] = await Promise.all([
    listContent("tax-parameters"),
    listContent("cit-tier"),
    listContent("product"),
    listContent("location-type"),
  ]);
  return rulesFromDocs([
    ...tax.map(({ key, doc }) => ({ kind: "tax-parameters" as const, key, doc })),
    ...tiers.map(({ key, doc }) => ({ kind: "cit-tier" as const, key, doc })),
    ...products.map(({ key, doc }) => ({ kind: "product" as const, key, doc })),
    ...locations.map(({ key, doc }) => ({ kind: "location-type" as const, key, doc })),
  ]);
}
