import "server-only";
import { capitalRanges } from "@/lib/schemas/inquiry";
import type { CapitalRangeCode, WhichDeskQuery } from "@/lib/schemas/routing-rule";
import { localesFor, pickTranslation } from "@/lib/translations";
import { db } from "../db";
import { chooseDesk, type RoutingDecision, type RoutingRuleData } from "./choose-desk";

// What the routing page shows, and the answer to "which desk would get
// this?": the same rules, default desk and chooseDesk an inquiry gets
// (server/inquiries/create-inquiry.ts), read afresh on every request.

type Named = { id: number; name: string; lang: string };

export type RoutingRuleRow = {
  id: number;
  position: number;
  active: boolean;
  sector: (Named & { slug: string }) | null;
  hub: (Named & { slug: string }) | null;
  /** Empty: any capital range. */
  capitalRanges: CapitalRangeCode[];
  desk: Named & { active: boolean };
};

const translated = (locale: string) => ({
  translations: { where: { locale: { in: localesFor(locale) } }, select: { locale: true, name: true } },
});

function named<T extends { id: number; translations: { locale: string; name: string }[] }>(row: T, locale: string) {
  const { name, locale: lang } = pickTranslation(row.translations, locale);
  return { id: row.id, name, lang };
}

/** Every rule, in the order they are tried, with names in `locale` (Vietnamese as fallback). */
export async function listRoutingRules(locale: string): Promise<RoutingRuleRow[]> {
  const rules = await db.routingRule.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: {
      sector: { select: { id: true, slug: true, ...translated(locale) } },
      hub: { select: { id: true, slug: true, ...translated(locale) } },
      desk: { select: { id: true, active: true, ...translated(locale) } },
    },
  });
  return rules.map((rule) => ({
    id: rule.id,
    position: rule.position,
    active: rule.active,
    sector: rule.sector ? { ...named(rule.sector, locale), slug: rule.sector.slug } : null,
    hub: rule.hub ? { ...named(rule.hub, locale), slug: rule.hub.slug } : null,
    capitalRanges: rule.capitalRanges,
    desk: { ...named(rule.desk, locale), active: rule.desk.active },
  }));
}

export async function getRoutingRule(id: number) {
  return db.routingRule.findUnique({
    where: { id },
    select: { id: true, position: true, active: true, sectorId: true, hubId: true, capitalRanges: true, deskId: true },
  });
}

/**
 * The rules and the default desk as the inquiry form reads them
 * (loadSubmissionContext): every rule with its desk's state; the default is
 * the active desk marked default (the lowest id, should there be two).
 */
export async function loadRouting(): Promise<{ rules: RoutingRuleData[]; defaultDeskId: number | null }> {
  const [rules, defaultDesk] = await Promise.all([
    db.routingRule.findMany({ include: { desk: { select: { active: true } } } }),
    db.desk.findFirst({ where: { isDefault: true, active: true }, orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return {
    rules: rules.map((rule) => ({
      id: rule.id,
      position: rule.position,
      active: rule.active,
      sectorId: rule.sectorId,
      hubId: rule.hubId,
      capitalRanges: rule.capitalRanges,
      deskId: rule.deskId,
      deskActive: rule.desk.active,
    })),
    defaultDeskId: defaultDesk?.id ?? null,
  };
}

export type WhichDeskAnswer =
  /** Not asked, or asked about a sector, hub or capital range the portal does not have. */
  { asked: false } | { asked: true; decision: RoutingDecision };

/** The desk an inquiry with this sector, hub (or none) and capital range would be routed to now. */
export async function whichDesk(query: WhichDeskQuery): Promise<WhichDeskAnswer> {
  if (!query.sector || !query.capital) return { asked: false };
  const [sector, hub, routing] = await Promise.all([
    db.sector.findUnique({ where: { slug: query.sector }, select: { id: true } }),
    query.hub ? db.hub.findUnique({ where: { slug: query.hub }, select: { id: true } }) : null,
    loadRouting(),
  ]);
  if (!sector || (query.hub && !hub)) return { asked: false };
  const decision = chooseDesk(
    routing.rules,
    { sectorId: sector.id, hubId: hub?.id ?? null, capitalRange: capitalRanges[query.capital] },
    routing.defaultDeskId,
  );
  return { asked: true, decision };
}

export type RoutingChoice = { id: number; slug: string; name: string; lang: string };

/** The sectors and hubs a rule (or the "which desk?" form) can name, in the catalogue's order. */
export async function listRoutingChoices(locale: string): Promise<{ sectors: RoutingChoice[]; hubs: RoutingChoice[] }> {
  const order = [{ sortOrder: "asc" as const }, { slug: "asc" as const }];
  const [sectors, hubs] = await Promise.all([
    db.sector.findMany({ orderBy: order, select: { id: true, slug: true, ...translated(locale) } }),
    db.hub.findMany({ orderBy: order, select: { id: true, slug: true, ...translated(locale) } }),
  ]);
  return {
    sectors: sectors.map((sector) => ({ ...named(sector, locale), slug: sector.slug })),
    hubs: hubs.map((hub) => ({ ...named(hub, locale), slug: hub.slug })),
  };
}
