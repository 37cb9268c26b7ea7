import type { SeedEntry } from "./types";

// The two hubs, their former → current communes, transport links and
// logistics centres (FACTS.md, "Administrative situation" and "Location and
// transport"). Since 1 Jul 2025 the district level is gone and each former
// district was split into several communes, so a hub is an *area* (the former
// district), not "xã Bến Lức" or "xã Cần Giuộc", which are one commune each.
//
// Distances are indicative: the straight line from the hub's point to the
// point reached, times 1.3 (the road factor prisma/seed/parcels.ts uses for the
// sample parcels, from the same reference points), rounded to 0.1 km.

const ROAD_MEASURE = {
  vi: "Đường chim bay từ tâm khu vực nhân hệ số 1,3; số liệu tham khảo",
  en: "Straight line from the centre of the area × 1.3; indicative",
};
const PORTAL_ESTIMATE = "Cổng thông tin tự tính từ tọa độ / the portal's own estimate from coordinates";

const BEN_LUC_HUB: SeedEntry = {
  kind: "hub",
  key: "ben-luc",
  sortOrder: 0,
  doc: {
    name: { vi: "Khu vực Bến Lức", en: "Bến Lức area" },
    aliases: {
      vi: "huyện Bến Lức, tỉnh Long An (cũ); Bến Lức; Ben Luc",
      en: "former Bến Lức district, Long An province; Bến Lức; Ben Luc",
    },
    summary: {
      vi: "Khu vực huyện Bến Lức cũ (tỉnh Long An, nay thuộc tỉnh Tây Ninh), trên cao tốc Thành phố Hồ Chí Minh – Trung Lương, nơi Vành đai 3 gặp các tuyến cao tốc tại nút giao Mỹ Yên. Quy hoạch tỉnh Long An có các trung tâm logistics Thạnh Lợi (khoảng 16 ha), Lương Hòa (khoảng 50 ha) và Thạnh Phú (khoảng 10 ha).",
      en: "The area of the former Bến Lức district (Long An province, now Tây Ninh province), on the Ho Chi Minh City–Trung Lương expressway, where Ring Road 3 meets the expressways at the Mỹ Yên interchange. Long An's provincial plan includes logistics centres at Thạnh Lợi (about 16 ha), Lương Hòa (about 50 ha) and Thạnh Phú (about 10 ha).",
    },
    description: {
      vi: "Từ ngày 01/7/2025, tỉnh Long An được hợp nhất vào tỉnh Tây Ninh và không còn cấp huyện; huyện Bến Lức cũ được sắp xếp thành nhiều xã mới, “xã Bến Lức” chỉ là một trong số đó. Cổng thông tin dùng tên “khu vực Bến Lức” cho toàn bộ địa bàn huyện cũ.\n\nKhu vực cách trung tâm Thành phố Hồ Chí Minh khoảng 30 km về phía tây nam. Đoạn Vành đai 3 qua tỉnh (6,8 km) thông xe kỹ thuật ngày 19/12/2025, nối cao tốc Bến Lức – Long Thành và cao tốc Thành phố Hồ Chí Minh – Trung Lương tại nút giao Mỹ Yên.\n\nCác khu công nghiệp gần khu vực: Thuận Đạo, Vĩnh Lộc 2, Phú An Thạnh, Nhựt Chánh.",
      en: "Since 1 July 2025 Long An province has been part of Tây Ninh province and the district level is gone; the former Bến Lức district was split into several new communes, of which “Bến Lức commune” is only one. The portal calls the whole former district the “Bến Lức area”.\n\nThe area is about 30 km south-west of central Ho Chi Minh City. The 6.8 km section of Ring Road 3 in the province had its technical opening on 19 December 2025, joining the Bến Lức–Long Thành and Ho Chi Minh City–Trung Lương expressways at the Mỹ Yên interchange.\n\nIndustrial parks near the area: Thuận Đạo, Vĩnh Lộc 2, Phú An Thạnh, Nhựt Chánh.",
    },
    latitude: 10.64,
    longitude: 106.49,
    locationVerified: false,
    source: "",
  },
};

const CAN_GIUOC_HUB: SeedEntry = {
  kind: "hub",
  key: "can-giuoc",
  sortOrder: 1,
  doc: {
    name: { vi: "Khu vực Cần Giuộc", en: "Cần Giuộc area" },
    aliases: {
      vi: "huyện Cần Giuộc, tỉnh Long An (cũ); Cần Giuộc; Can Giuoc",
      en: "former Cần Giuộc district, Long An province; Cần Giuộc; Can Giuoc",
    },
    summary: {
      vi: "Khu vực huyện Cần Giuộc cũ (tỉnh Long An, nay thuộc tỉnh Tây Ninh), bên sông Soài Rạp. Cảng Quốc tế Long An (147 ha, 7 bến cho tàu 30.000–70.000 DWT) cách cảng Hiệp Phước khoảng 10 km đường bộ. Quy hoạch tỉnh Long An có trung tâm logistics Phước Vĩnh Đông (khoảng 71,2 ha).",
      en: "The area of the former Cần Giuộc district (Long An province, now Tây Ninh province), on the Soài Rạp river. Long An International Port (147 ha, 7 berths for 30,000–70,000 DWT vessels) is about 10 km by road from Hiệp Phước port. Long An's provincial plan includes a logistics centre at Phước Vĩnh Đông (about 71.2 ha).",
    },
    description: {
      vi: "Từ ngày 01/7/2025, huyện Cần Giuộc cũ được sắp xếp thành nhiều xã mới, “xã Cần Giuộc” chỉ là một trong số đó (ví dụ: các xã Phước Hậu, Long Thượng và Phước Lý cũ hợp thành xã Phước Lý). Cổng thông tin dùng tên “khu vực Cần Giuộc” cho toàn bộ địa bàn huyện cũ.\n\nĐịnh hướng “Khu kinh tế công nghệ cao Long An” đề xuất năm 2021 (khoảng 32.000 ha gồm huyện Cần Giuộc cũ và một phần huyện Cần Đước) chưa được thành lập. Cao tốc Bến Lức – Long Thành (đã thông xe một phần) phục vụ khu vực này.\n\nCác khu công nghiệp gần khu vực: Long Hậu (khoảng 324 ha), Tân Kim, Bắc Tân Lập và Khu công nghiệp Đông Nam Á Long An (396 ha, gắn với cảng).",
      en: "Since 1 July 2025 the former Cần Giuộc district has been split into several new communes, of which “Cần Giuộc commune” is only one (for example, the former Phước Hậu, Long Thượng and Phước Lý communes became Phước Lý commune). The portal calls the whole former district the “Cần Giuộc area”.\n\nThe “Long An High-Tech Economic Zone” orientation proposed in 2021 (about 32,000 ha covering the former Cần Giuộc district and part of Cần Đước) has not been established. The Bến Lức–Long Thành expressway (partly open) serves this area.\n\nIndustrial parks near the area: Long Hậu (about 324 ha), Tân Kim, Bắc Tân Lập and Long An Southeast Asia Industrial Park (396 ha, with the port).",
    },
    latitude: 10.606,
    longitude: 106.67,
    locationVerified: true,
    source: "",
  },
};

const communeEntries: SeedEntry[] = [
  {
    kind: "commune",
    key: "phuoc-ly",
    sortOrder: 0,
    doc: {
      hub: "can-giuoc",
      formerNames: "Phước Hậu, Long Thượng, Phước Lý",
      formerDistrict: "huyện Cần Giuộc, tỉnh Long An",
      currentName: "xã Phước Lý",
      // Confirmed by the commune's own portal (phuocly.tayninh.gov.vn, "Giới thiệu chung").
      verified: true,
      source: "Nghị quyết 1682/NQ-UBTVQH15; phuocly.tayninh.gov.vn",
    },
  },
];

type Point = { latitude: number; longitude: number };
const LONG_AN_PORT: Point = { latitude: 10.545, longitude: 106.735 };
const TAN_SON_NHAT: Point = { latitude: 10.8188, longitude: 106.6519 };
const LONG_THANH: Point = { latitude: 10.775, longitude: 107.04 };
const HCMC_CENTRE: Point = { latitude: 10.7725, longitude: 106.698 };
// The expressway access points of prisma/seed/parcels.ts (hubLayouts[].expressway).
const MY_YEN: Point = { latitude: 10.652, longitude: 106.497 };
const CAN_GIUOC_EXPRESSWAY: Point = { latitude: 10.622, longitude: 106.662 };

const link = (
  hub: "ben-luc" | "can-giuoc",
  key: string,
  sortOrder: number,
  doc: Omit<Extract<SeedEntry, { kind: "transport-link" }>["doc"], "hub" | "measured"> & {
    measured?: { vi: string; en: string };
  },
): SeedEntry => ({
  kind: "transport-link",
  key: `${hub}-${key}`,
  sortOrder,
  doc: { hub, ...doc, measured: doc.measured ?? ROAD_MEASURE },
});

const portNote = {
  vi: "Cảng Quốc tế Long An (Đồng Tâm), xã Tân Tập cũ, huyện Cần Giuộc cũ, bên sông Soài Rạp: 147 ha, 7 bến cho tàu 30.000–70.000 DWT; cách cảng Hiệp Phước khoảng 10 km đường bộ, cách trung tâm Thành phố Hồ Chí Minh 30–40 km.",
  en: "Long An International Port (Đồng Tâm), former Tân Tập commune, former Cần Giuộc district, on the Soài Rạp river: 147 ha, 7 berths for 30,000–70,000 DWT vessels; about 10 km by road from Hiệp Phước port, 30–40 km from central Ho Chi Minh City.",
};
const longThanhNote = {
  vi: "Chuyến bay đầu tiên ngày 19/12/2025; dự kiến khai thác thương mại từ giữa năm 2026 (chưa xác minh). Giai đoạn 1: 25 triệu hành khách và 1,2 triệu tấn hàng hóa mỗi năm. Quãng đường thực tế phụ thuộc vào các cầu trên cao tốc Bến Lức – Long Thành; chỉ mang tính tham khảo.",
  en: "First flights on 19 December 2025; commercial operation expected from mid-2026 (not verified). Phase 1: 25 million passengers and 1.2 million tonnes of cargo a year. The actual road distance depends on the bridges of the Bến Lức–Long Thành expressway; indicative only.",
};
const ringRoadNote = {
  vi: "Vành đai 3 (76,3 km, 75.400 tỷ đồng): đoạn 6,8 km qua tỉnh Tây Ninh (tỉnh Long An cũ) thông xe kỹ thuật ngày 19/12/2025, nối với cao tốc Bến Lức – Long Thành và cao tốc Thành phố Hồ Chí Minh – Trung Lương tại nút giao Mỹ Yên. Mục tiêu hoàn thành toàn tuyến ngày 30/6/2026; tình trạng cuối năm 2026 chưa được xác minh. Vị trí nút giao Mỹ Yên trên bản đồ là gần đúng.",
  en: "Ring Road 3 (76.3 km, VND 75.4 trillion): the 6.8 km section in Tây Ninh province (former Long An province) had its technical opening on 19 December 2025, joining the Bến Lức–Long Thành and Ho Chi Minh City–Trung Lương expressways at the Mỹ Yên interchange. Full completion was targeted for 30 June 2026; the status at the end of 2026 is not verified. The Mỹ Yên interchange is placed approximately on the map.",
};
const benLucLongThanhNote = {
  vi: "Cao tốc Bến Lức – Long Thành (57,8 km): 10,4 km thông xe ngày 07/02/2025, thêm một số đoạn trong năm 2025; cầu Bình Khánh và cầu Phước Khánh là các hạng mục cuối (cầu Phước Khánh dự kiến giữa năm 2026). Việc thông xe toàn tuyến chưa được xác minh. Vị trí điểm lên cao tốc là gần đúng.",
  en: "Bến Lức–Long Thành expressway (57.8 km): 10.4 km opened on 7 February 2025, more sections during 2025; the Bình Khánh and Phước Khánh bridges were the last pieces (Phước Khánh expected in mid-2026). Full opening is not verified. The access point is placed approximately on the map.",
};

const transportLinkEntries: SeedEntry[] = [
  link("ben-luc", "long-an-port", 0, {
    type: "seaport",
    name: { vi: "Cảng Quốc tế Long An", en: "Long An International Port" },
    distanceKm: 37.4,
    status: "open",
    asOf: "2026-12-01",
    source: "qdnd.vn; dongtam.com.vn",
    ...LONG_AN_PORT,
    note: portNote,
  }),
  link("ben-luc", "tan-son-nhat", 1, {
    type: "airport",
    name: { vi: "Sân bay quốc tế Tân Sơn Nhất", en: "Tân Sơn Nhất International Airport" },
    distanceKm: 34.6,
    status: "open",
    asOf: "2026-12-01",
    source: PORTAL_ESTIMATE,
    ...TAN_SON_NHAT,
    note: { vi: "", en: "" },
  }),
  link("ben-luc", "long-thanh", 2, {
    type: "airport",
    name: { vi: "Sân bay quốc tế Long Thành", en: "Long Thành International Airport" },
    distanceKm: 80.5,
    status: "partly-open",
    asOf: "2025-12-19",
    source: "vnexpress.net; thanhnien.vn; tuoitre.vn",
    ...LONG_THANH,
    note: longThanhNote,
  }),
  link("ben-luc", "hcmc-trung-luong", 3, {
    type: "expressway",
    name: {
      vi: "Cao tốc Thành phố Hồ Chí Minh – Trung Lương (nút giao Mỹ Yên)",
      en: "Ho Chi Minh City–Trung Lương expressway (Mỹ Yên interchange)",
    },
    distanceKm: 2,
    status: "open",
    asOf: "2026-12-01",
    source: "sggp.org.vn",
    ...MY_YEN,
    note: {
      vi: "Điểm lên cao tốc gần nhất, tại nút giao Mỹ Yên; vị trí trên bản đồ là gần đúng.",
      en: "The nearest access point, at the Mỹ Yên interchange; placed approximately on the map.",
    },
  }),
  link("ben-luc", "ring-road-3", 4, {
    type: "ring-road",
    name: { vi: "Vành đai 3 (nút giao Mỹ Yên)", en: "Ring Road 3 (Mỹ Yên interchange)" },
    distanceKm: 2,
    status: "partly-open",
    asOf: "2025-12-19",
    source: "sggp.org.vn",
    ...MY_YEN,
    note: ringRoadNote,
  }),
  link("ben-luc", "hcmc-centre", 5, {
    type: "city-centre",
    name: { vi: "Trung tâm Thành phố Hồ Chí Minh", en: "Central Ho Chi Minh City" },
    distanceKm: 35.2,
    status: "open",
    asOf: "2026-12-01",
    source: PORTAL_ESTIMATE,
    ...HCMC_CENTRE,
    note: {
      vi: "Khu vực Bến Lức cách trung tâm Thành phố khoảng 30 km về phía tây nam.",
      en: "The Bến Lức area is about 30 km south-west of the city centre.",
    },
  }),
  link("can-giuoc", "long-an-port", 0, {
    type: "seaport",
    name: { vi: "Cảng Quốc tế Long An", en: "Long An International Port" },
    distanceKm: 12.8,
    status: "open",
    asOf: "2026-12-01",
    source: "qdnd.vn; dongtam.com.vn",
    ...LONG_AN_PORT,
    note: portNote,
  }),
  link("can-giuoc", "tan-son-nhat", 1, {
    type: "airport",
    name: { vi: "Sân bay quốc tế Tân Sơn Nhất", en: "Tân Sơn Nhất International Airport" },
    distanceKm: 30.9,
    status: "open",
    asOf: "2026-12-01",
    source: PORTAL_ESTIMATE,
    ...TAN_SON_NHAT,
    note: { vi: "", en: "" },
  }),
  link("can-giuoc", "long-thanh", 2, {
    type: "airport",
    name: { vi: "Sân bay quốc tế Long Thành", en: "Long Thành International Airport" },
    distanceKm: 58,
    status: "partly-open",
    asOf: "2025-12-19",
    source: "vnexpress.net; thanhnien.vn; tuoitre.vn",
    ...LONG_THANH,
    note: longThanhNote,
  }),
  link("can-giuoc", "ben-luc-long-thanh", 3, {
    type: "expressway",
    name: { vi: "Cao tốc Bến Lức – Long Thành", en: "Bến Lức–Long Thành expressway" },
    distanceKm: 2.6,
    status: "partly-open",
    asOf: "2025-02-07",
    source: "vnexpress.net; sggp.org.vn",
    ...CAN_GIUOC_EXPRESSWAY,
    note: benLucLongThanhNote,
  }),
  link("can-giuoc", "hcmc-centre", 4, {
    type: "city-centre",
    name: { vi: "Trung tâm Thành phố Hồ Chí Minh", en: "Central Ho Chi Minh City" },
    distanceKm: 24.4,
    status: "open",
    asOf: "2026-12-01",
    source: PORTAL_ESTIMATE,
    ...HCMC_CENTRE,
    note: { vi: "", en: "" },
  }),
];

// Logistics centres in Long An's provincial plan, as the 2022–23 reports name
// them (pre-2025 communes; the current commune is not confirmed, so it is left
// empty). The status is the reports' (statusVerified: false where they
// conflict, or where "6 ha invested" is read as partly operating); their
// 2025–26 status is not verified, and each note says so.
const REPORTS_AS_OF = "2023-01-01";
const REPORTS_SOURCE = "baolongan.vn; reatimes.vn; bnews.vn";
const reportsNote = {
  vi: "Theo các báo cáo năm 2022–2023; tình trạng năm 2025–2026 chưa được xác minh.",
  en: "As reported in 2022–2023; the 2025–2026 status is not verified.",
};

const centre = (
  key: string,
  sortOrder: number,
  doc: Omit<Extract<SeedEntry, { kind: "logistics-centre" }>["doc"], "asOf" | "source" | "currentCommune">,
): SeedEntry => ({
  kind: "logistics-centre",
  key,
  sortOrder,
  doc: { ...doc, currentCommune: "", asOf: REPORTS_AS_OF, source: REPORTS_SOURCE },
});

const logisticsCentreEntries: SeedEntry[] = [
  centre("tan-tap-port", 0, {
    hub: "can-giuoc",
    name: { vi: "Trung tâm logistics khu vực cảng Tân Tập", en: "Tân Tập port-area logistics centre" },
    formerCommune: "xã Tân Tập, huyện Cần Giuộc",
    areaHa: 147,
    status: "operating",
    statusVerified: true,
    note: reportsNote,
  }),
  centre("phuoc-vinh-dong", 1, {
    hub: "can-giuoc",
    name: { vi: "Trung tâm logistics Phước Vĩnh Đông", en: "Phước Vĩnh Đông logistics centre" },
    formerCommune: "xã Phước Vĩnh Đông, huyện Cần Giuộc",
    areaHa: 71.2,
    status: "calling-for-investment",
    statusVerified: true,
    note: reportsNote,
  }),
  centre("thanh-loi", 0, {
    hub: "ben-luc",
    name: { vi: "Trung tâm logistics Thạnh Lợi", en: "Thạnh Lợi logistics centre" },
    formerCommune: "xã Thạnh Lợi, huyện Bến Lức",
    areaHa: 16,
    status: "partly-operating",
    statusVerified: false,
    note: {
      vi: "Khoảng 16 ha, trong đó 6 ha đã được Công ty CP Minh Mẫn Long An đầu tư. Theo các báo cáo năm 2022–2023; tình trạng năm 2025–2026 chưa được xác minh.",
      en: "About 16 ha, 6 ha of which already invested by Minh Mẫn Long An JSC. As reported in 2022–2023; the 2025–2026 status is not verified.",
    },
  }),
  centre("luong-hoa", 1, {
    hub: "ben-luc",
    name: { vi: "Trung tâm logistics Lương Hòa", en: "Lương Hòa logistics centre" },
    formerCommune: "xã Lương Hòa, huyện Bến Lức",
    areaHa: 50,
    status: "calling-for-investment",
    statusVerified: true,
    note: reportsNote,
  }),
  centre("thanh-phu", 2, {
    hub: "ben-luc",
    name: { vi: "Trung tâm logistics Thạnh Phú", en: "Thạnh Phú logistics centre" },
    formerCommune: "xã Thạnh Phú, huyện Bến Lức",
    areaHa: 10,
    status: "planned",
    statusVerified: false,
    note: {
      vi: "Các nguồn chưa thống nhất về việc trung tâm đã hoạt động hay chưa. Theo các báo cáo năm 2022–2023; tình trạng năm 2025–2026 chưa được xác minh.",
      en: "Sources conflict on whether the centre operates. As reported in 2022–2023; the 2025–2026 status is not verified.",
    },
  }),
];

export const hubEntries: SeedEntry[] = [
  BEN_LUC_HUB,
  CAN_GIUOC_HUB,
  ...communeEntries,
  ...transportLinkEntries,
  ...logisticsCentreEntries,
];
