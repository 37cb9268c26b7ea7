import "server-only";
import { M2_PER_HECTARE } from "@/lib/parcels";
import type { ParcelDetail } from "./get-parcel";

/** schema.org description of a parcel for search engines (a Place with its key figures). */
export function parcelJsonLd(parcel: ParcelDetail, url: string, texts: { name: string; hub: string }) {
  const property = (name: string, value: number, unitText: string) => ({
    "@type": "PropertyValue",
    name,
    value,
    unitText,
  });
  return {
    "@context": "https://schema.org",
    "@type": "Place",
    "@id": url,
    url,
    name: texts.name,
    description: parcel.description,
    geo: { "@type": "GeoCoordinates", latitude: parcel.centroid.lat, longitude: parcel.centroid.lng },
    containedInPlace: { "@type": "Place", name: texts.hub },
    additionalProperty: [
      property("area", parcel.areaM2, "m²"),
      property("areaHectares", Math.round((parcel.areaM2 / M2_PER_HECTARE) * 100) / 100, "ha"),
      property(parcel.rentBasis === "term" ? "rentForRemainingTerm" : "rentPerYear", parcel.rentUsdPerM2, "USD/m²"),
      property("managementFee", parcel.managementFeeUsdPerM2Year, "USD/m²/year"),
      property("powerAvailable", parcel.powerKva, "kVA"),
      property("waterSupply", parcel.waterM3PerDay, "m³/day"),
      property("wastewaterTreatment", parcel.wastewaterM3PerDay, "m³/day"),
    ],
  };
}
