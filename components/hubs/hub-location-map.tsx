import { getFormatter, getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { textIn } from "@/lib/content/kinds";
import { hubMapLayout, type MapHub, type MapLink } from "@/lib/hub-map";
import { outerRing } from "@/lib/map-projection";
import type { HubPage } from "@/server/hubs/get-hub";
import { HubMap } from "./hub-map";

/**
 * The location map of one hub (with each link's distance) or of every hub
 * (names only: several hubs share destinations), with a title and a
 * description that say in words what the picture shows.
 */
export async function HubLocationMap({ locale, hubs, id }: { locale: Locale; hubs: HubPage[]; id: string }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "Hubs" }), getFormatter({ locale })]);
  const single = hubs.length === 1;
  const km = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const coordinate = (value: number) => format.number(value, { maximumFractionDigits: 3 });
  const mapHubs: MapHub[] = hubs.map((hub) => ({
    key: hub.key,
    name: textIn(hub.doc.name, locale).text,
    lat: hub.doc.latitude,
    lng: hub.doc.longitude,
    outline: outerRing(hub.summary?.boundary),
  }));
  const mapLinks: MapLink[] = hubs.flatMap((hub) =>
    hub.links.map((link) => ({
      key: link.key,
      hub: hub.key,
      name: textIn(link.doc.name, locale).text,
      detail: single ? t("links.km", { value: km(link.doc.distanceKm) }) : undefined,
      lat: link.doc.latitude,
      lng: link.doc.longitude,
      status: link.doc.status,
    })),
  );
  const layout = hubMapLayout(mapHubs, mapLinks);
  if (!layout) return null;

  const linkItems = (hub: HubPage) =>
    hub.links
      .map((link) =>
        t("map.linkItem", {
          name: textIn(link.doc.name, locale).text,
          distance: km(link.doc.distanceKm),
          status: t(`linkStatus.${link.doc.status}`),
        }),
      )
      .join("; ");
  const located = (hub: HubPage) => t(hub.doc.locationVerified ? "locationVerified" : "locationIndicative");
  const [first] = hubs;
  const title = single && first ? t("map.title", { hub: mapHubs[0]?.name ?? "" }) : t("map.overviewTitle");
  const description =
    single && first
      ? t("map.description", {
          hub: mapHubs[0]?.name ?? "",
          lat: coordinate(first.doc.latitude),
          lng: coordinate(first.doc.longitude),
          located: located(first),
          count: first.links.length,
          links: linkItems(first),
        })
      : t("map.overviewDescription", {
          hubs: hubs
            .map((hub) =>
              t("map.hubAt", {
                hub: textIn(hub.doc.name, locale).text,
                lat: coordinate(hub.doc.latitude),
                lng: coordinate(hub.doc.longitude),
              }),
            )
            .join("; "),
          links: [...new Set(mapLinks.map((link) => link.name))].join("; "),
        });
  return <HubMap locale={locale} id={id} layout={layout} title={title} description={description} />;
}
