import { hubEntries } from "./hubs";
import { incentiveRuleEntries } from "./incentive-rules";
import { incentiveEntries } from "./incentives";
import { legalDocumentEntries } from "./legal-documents";
import { procedureEntries } from "./procedure";
import { sectorEntries } from "./sectors";
import { siteEntries } from "./site";
import type { SeedEntry } from "./types";

/**
 * Every content entry the seed publishes (prisma/seed.ts, seedContent).
 * Entries that others refer to come before those that refer to them.
 */
export const contentEntries: SeedEntry[] = [
  ...siteEntries,
  ...legalDocumentEntries,
  ...sectorEntries,
  ...hubEntries,
  ...incentiveEntries,
  ...incentiveRuleEntries,
  ...procedureEntries,
];
