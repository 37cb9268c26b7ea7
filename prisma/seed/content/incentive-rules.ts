import type { SeedEntry } from "./types";

/** The incentive rules as data: corporate income tax tiers, product categories, location types, tax parameters. */
export const incentiveRuleEntries: SeedEntry[] = [];
