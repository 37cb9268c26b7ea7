import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { capitalRanges } from "@/lib/schemas/inquiry";
import { listDesks } from "../admin/list-desks";
import { listRoutingChoices } from "./list-routing-rules";

/** What the rule form offers: sectors, hubs, desks and capital ranges, named in `locale`. */
export async function routingFormOptions(locale: Locale) {
  const [te, choices, desks] = await Promise.all([
    getTranslations({ locale, namespace: "Email.capital" }),
    listRoutingChoices(locale),
    listDesks(locale),
  ]);
  return {
    sectors: choices.sectors,
    hubs: choices.hubs,
    desks,
    capital: (
      Object.entries(capitalRanges) as [
        keyof typeof capitalRanges,
        (typeof capitalRanges)[keyof typeof capitalRanges],
      ][]
    ).map(([slug, value]) => ({ value, label: te(slug) })),
  };
}
