import type { ContentKind } from "./kinds";

/**
 * Where an entry shows on the public site, without the locale prefix: the
 * back office's preview and "view on the site" links lead there, and
 * publishing revalidates that page (anchors are the entry's key).
 */
export function publicPathOf(kind: ContentKind, key: string, doc: Record<string, unknown>): string {
  switch (kind) {
    case "site":
      return "/about";
    case "sector":
      return `/sectors/${key}`;
    case "hub":
      return `/hubs/${key}`;
    case "commune":
    case "transport-link":
    case "logistics-centre":
      return `/hubs/${String(doc.hub)}#${kind}-${key}`;
    case "legal-document":
      return `/documents#${key}`;
    case "incentive":
      return `/incentives#${key}`;
    case "cit-tier":
    case "tax-parameters":
      return "/incentives#cit";
    case "product":
      return `/sectors/${String(doc.sector)}`;
    case "location-type":
      return "/incentives/estimate";
    case "procedure-overview":
      return "/procedure";
    case "procedure-step":
      return `/procedure#${key}`;
  }
}
