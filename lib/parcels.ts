// Parcel vocabulary shared by the UI, the open-data API and the server: URL
// and API values are lower-case slugs; the database uses Prisma enums.

export const landUses = {
  industrial: "INDUSTRIAL",
  logistics: "LOGISTICS",
  "high-tech-rnd": "HIGH_TECH_RND",
  "high-tech-agriculture": "HIGH_TECH_AGRICULTURE",
  "commercial-services": "COMMERCIAL_SERVICES",
  "smart-city-mixed": "SMART_CITY_MIXED",
} as const;
export type LandUseSlug = keyof typeof landUses;
export const landUseSlugs = Object.keys(landUses) as LandUseSlug[];

export const parcelStatuses = {
  available: "AVAILABLE",
  reserved: "RESERVED",
  leased: "LEASED",
  "under-preparation": "UNDER_PREPARATION",
} as const;
export type ParcelStatusSlug = keyof typeof parcelStatuses;
export const parcelStatusSlugs = Object.keys(parcelStatuses) as ParcelStatusSlug[];

export const rentBases = { term: "TERM", annual: "ANNUAL" } as const;
export type RentBasisSlug = keyof typeof rentBases;

/** Where a parcel lies, as the incentive rules see it; the slugs are the keys of the location-type content entries. */
export const locationTypes = {
  "industrial-park": "INDUSTRIAL_PARK",
  "economic-zone-area": "ECONOMIC_ZONE_AREA",
  "high-tech-zone": "HIGH_TECH_ZONE",
  none: "NONE",
} as const;
export type LocationTypeSlug = keyof typeof locationTypes;

/** Wastewater discharge: QCVN 40 (a quy chuẩn) column A or B; the version year is a separate figure. */
export const dischargeStandards = { "qcvn40-a": "QCVN40_A", "qcvn40-b": "QCVN40_B" } as const;
export type DischargeStandardSlug = keyof typeof dischargeStandards;

export const parcelSorts = ["verified", "area-asc", "area-desc", "rent-asc", "rent-desc"] as const;
export type ParcelSort = (typeof parcelSorts)[number];

/** Reverse lookup: enum value → slug. */
export function slugOf<T extends Record<string, string>>(map: T, value: T[keyof T]): keyof T {
  const entry = Object.entries(map).find(([, v]) => v === value);
  if (!entry) throw new Error(`Unknown value ${value}`);
  return entry[0] as keyof T;
}

export const M2_PER_HECTARE = 10_000;
