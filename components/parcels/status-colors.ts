import type { ParcelStatusSlug } from "@/lib/parcels";

/**
 * Map fills per status (each at least 3:1 against the map background). The
 * maps and the result cards take theirs from app/globals.css (.parcel-map,
 * .parcel-cards): change both together.
 */
export const statusFill: Record<ParcelStatusSlug, string> = {
  available: "#1b7a3a",
  reserved: "#a15c00",
  leased: "#5b6470",
  "under-preparation": "#1d5fa8",
};

/** Badge classes per status (text at least 4.5:1 on its background). */
export const statusBadge: Record<ParcelStatusSlug, string> = {
  available: "bg-green-100 text-green-900",
  reserved: "bg-amber-100 text-amber-900",
  leased: "bg-gray-200 text-gray-800",
  "under-preparation": "bg-blue-100 text-blue-900",
};
