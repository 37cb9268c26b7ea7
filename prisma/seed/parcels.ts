// Sample land parcels: invented, labelled as sample data (isSample) everywhere
// they are shown, laid out on a grid of plots with roads between them inside
// each hub's outline. Figures follow typical Vietnamese industrial-park
// listings (shared research notes): rent USD 150–300/m² for the remaining term,
// management fee about USD 0.5/m²/year, coverage ≤ 70 %, green ratio ≥ 20 %.
import { distanceKm, type Polygon, random, rectangle, rectangleAreaM2 } from "./geometry";

export type HubLayout = {
  slug: string;
  prefix: string;
  /** Outline: west, south, east, north (degrees). */
  bounds: [number, number, number, number];
  rows: number;
  columns: number;
  landUses: readonly [LandUse, number][];
  /** Nearest expressway access point. */
  expressway: { lat: number; lng: number };
};

type LandUse =
  | "INDUSTRIAL"
  | "LOGISTICS"
  | "HIGH_TECH_RND"
  | "HIGH_TECH_AGRICULTURE"
  | "COMMERCIAL_SERVICES"
  | "SMART_CITY_MIXED";

// Indicative reference points for road distances (straight line × 1.3).
const places = {
  seaport: { lat: 10.545, lng: 106.735 }, // Long An International Port, Tân Tập
  tanSonNhat: { lat: 10.8188, lng: 106.6519 },
  longThanh: { lat: 10.775, lng: 107.04 },
  hcmcCentre: { lat: 10.7725, lng: 106.698 },
};
const ROAD_FACTOR = 1.3;

export const hubLayouts: HubLayout[] = [
  {
    slug: "ben-luc",
    prefix: "BL",
    bounds: [106.484, 10.635, 106.496, 10.645],
    rows: 5,
    columns: 6,
    landUses: [
      ["INDUSTRIAL", 5],
      ["LOGISTICS", 3],
      ["HIGH_TECH_RND", 2],
      ["SMART_CITY_MIXED", 1],
    ],
    expressway: { lat: 10.652, lng: 106.497 },
  },
  {
    slug: "can-giuoc",
    prefix: "CG",
    bounds: [106.664, 10.601, 106.676, 10.611],
    rows: 5,
    columns: 6,
    landUses: [
      ["LOGISTICS", 4],
      ["INDUSTRIAL", 3],
      ["HIGH_TECH_AGRICULTURE", 2],
      ["COMMERCIAL_SERVICES", 1],
    ],
    expressway: { lat: 10.622, lng: 106.662 },
  },
];

export const sectorsByLandUse: Record<LandUse, string[]> = {
  INDUSTRIAL: ["electronics", "supporting-industries", "telecommunications"],
  LOGISTICS: ["logistics"],
  HIGH_TECH_RND: ["electronics", "it-digital-economy", "telecommunications"],
  HIGH_TECH_AGRICULTURE: ["high-tech-agriculture"],
  COMMERCIAL_SERVICES: ["logistics", "it-digital-economy"],
  SMART_CITY_MIXED: ["it-digital-economy", "telecommunications"],
};

export const landUseNames: Record<LandUse, { vi: string; en: string }> = {
  INDUSTRIAL: { vi: "đất công nghiệp", en: "industrial land" },
  LOGISTICS: { vi: "đất logistics, kho bãi", en: "logistics and warehousing land" },
  HIGH_TECH_RND: { vi: "đất nghiên cứu và phát triển công nghệ cao", en: "high-tech R&D land" },
  HIGH_TECH_AGRICULTURE: { vi: "đất nông nghiệp công nghệ cao", en: "high-tech agriculture land" },
  COMMERCIAL_SERVICES: { vi: "đất thương mại, dịch vụ", en: "commercial and services land" },
  SMART_CITY_MIXED: { vi: "đất hỗn hợp đô thị thông minh", en: "smart-city mixed-use land" },
};

export type ParcelSeed = ReturnType<typeof generateParcels>[number];

/** The parcels of one hub: one per grid cell, roads of about 40 m between them. */
export function generateParcels(layout: HubLayout, seed: number) {
  const rng = random(seed);
  const [west, south, east, north] = layout.bounds;
  const road = 0.0004;
  // Uneven column widths and row heights so parcels differ in size.
  const split = (count: number, from: number, to: number) => {
    const weights = Array.from({ length: count }, () => rng.between(0.7, 1.3));
    const total = weights.reduce((a, b) => a + b, 0);
    const edges = [from];
    for (const weight of weights) edges.push((edges.at(-1) as number) + ((to - from) * weight) / total);
    return edges;
  };
  const xs = split(layout.columns, west + road, east);
  const ys = split(layout.rows, south + road, north);

  const parcels = [];
  for (let row = 0; row < layout.rows; row++) {
    for (let column = 0; column < layout.columns; column++) {
      const [w, e] = [xs[column] as number, (xs[column + 1] as number) - road];
      // Row A is the northernmost.
      const [s, n] = [ys[layout.rows - row - 1] as number, (ys[layout.rows - row] as number) - road];
      const code = `${layout.prefix}-${String.fromCharCode(65 + row)}-${String(column + 1).padStart(2, "0")}`;
      const landUse = rng.weighted(layout.landUses);
      const centroid = { lat: (s + n) / 2, lng: (w + e) / 2 };
      const annual = landUse === "LOGISTICS" || landUse === "COMMERCIAL_SERVICES" ? rng.next() < 0.3 : false;
      const strict = landUse === "HIGH_TECH_RND" || landUse === "HIGH_TECH_AGRICULTURE" || rng.next() < 0.2;
      const water = rng.int(2, 40) * 25;
      const road_ = (to: { lat: number; lng: number }) => Math.round(distanceKm(centroid, to) * ROAD_FACTOR * 10) / 10;
      const readiness = rng.weighted([
        ["ready", 6],
        ["cleared", 3],
        ["preparing", 1],
      ] as const);
      parcels.push({
        code,
        landUse,
        // The sample parcels lie in existing industrial parks around the hubs (FACTS.md).
        locationType: "INDUSTRIAL_PARK" as const,
        status:
          readiness === "preparing"
            ? ("UNDER_PREPARATION" as const)
            : rng.weighted([
                ["AVAILABLE", 6],
                ["RESERVED", 2],
                ["LEASED", 2],
              ] as const),
        areaM2: rectangleAreaM2(w, s, e, n),
        rentUsdPerM2: annual ? Math.round(rng.between(4, 9) * 10) / 10 : rng.int(30, 60) * 5,
        rentBasis: annual ? ("ANNUAL" as const) : ("TERM" as const),
        managementFeeUsdPerM2Year: Math.round(rng.between(0.4, 0.7) * 100) / 100,
        landUseTermEndYear: rng.pick([2068, 2070, 2071, 2072, 2075]),
        powerKva: rng.int(2, 32) * 250,
        substationKv: rng.pick([22, 22, 110]),
        waterM3PerDay: water,
        wastewaterM3PerDay: Math.round(water * 0.8),
        dischargeStandard: strict ? ("QCVN40_A" as const) : ("QCVN40_B" as const),
        // QCVN 40:2025/BTNMT (Circular 06/2025/TT-BTNMT, in force 1 Sep 2025).
        dischargeStandardVersion: 2025,
        maxCoveragePct: rng.pick([50, 60, 65, 70]),
        floorAreaRatio: rng.pick([1.2, 1.4, 1.8, 2.1, 2.5]),
        heightLimitM: rng.pick([15, 20, 25, 30, 45]),
        greenRatioPct: rng.pick([20, 20, 22, 25]),
        boundary: rectangle(w, s, e, n) as Polygon,
        centroidLat: Math.round(centroid.lat * 1e6) / 1e6,
        centroidLng: Math.round(centroid.lng * 1e6) / 1e6,
        distanceSeaportKm: road_(places.seaport),
        distanceTanSonNhatKm: road_(places.tanSonNhat),
        distanceLongThanhKm: road_(places.longThanh),
        distanceExpresswayKm: road_(layout.expressway),
        distanceHcmcCentreKm: road_(places.hcmcCentre),
        isSample: true,
        lastVerifiedAt: new Date(Date.UTC(2026, 5, 1) + rng.int(0, 170) * 86_400_000),
        sectors: sectorsByLandUse[landUse],
        translations: descriptions(code, landUse, readiness),
      });
    }
  }
  return parcels;
}

function descriptions(code: string, landUse: LandUse, readiness: "ready" | "cleared" | "preparing") {
  const use = landUseNames[landUse];
  const ready = {
    ready: {
      vi: "đã hoàn thiện hạ tầng (đường nội bộ, điện, cấp thoát nước)",
      en: "infrastructure complete (internal roads, power, water and drainage)",
    },
    cleared: {
      vi: "đã giải phóng mặt bằng, đang hoàn thiện hạ tầng",
      en: "site cleared, infrastructure being completed",
    },
    preparing: { vi: "đang chuẩn bị đầu tư hạ tầng", en: "infrastructure under preparation" },
  }[readiness];
  return {
    vi: {
      description: `Lô ${code}: ${use.vi}, ${ready.vi}. Đây là dữ liệu mẫu để minh họa, không phải chào thuê thực tế.`,
      notes: "Số liệu mẫu; khoảng cách tính theo đường chim bay nhân hệ số 1,3.",
    },
    en: {
      description: `Plot ${code}: ${use.en}, ${ready.en}. This is sample data for illustration, not a real offer.`,
      notes: "Sample figures; distances are straight-line distances multiplied by 1.3.",
    },
  };
}
