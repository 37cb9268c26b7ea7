// Seed content. Facts come from shared research notes with their sources;
// anything not confirmed is flagged (e.g. `locationVerified: false`) so the
// site can show it as indicative. Contact details are placeholders under the
// reserved `.example` domain until an administrator enters the real ones.

type Localized<T> = { vi: T; en: T };

export const siteSettings = {
  email: "dautu@longan-hitech.example",
  phone: "+84 272 000 0000",
  websiteUrl: null,
  translations: {
    vi: {
      brandName: "Khu kinh tế công nghệ cao Long An",
      authorityName: "Ban Quản lý Khu kinh tế tỉnh Tây Ninh",
      address: "Tân An, tỉnh Tây Ninh, Việt Nam",
      tagline: "Khu kinh tế công nghệ cao xây dựng theo mô hình thành phố thông minh, liền kề Thành phố Hồ Chí Minh.",
    },
    en: {
      brandName: "Long An High-Tech Economic Zone",
      authorityName: "Tây Ninh Economic Zone Management Board",
      address: "Tân An, Tây Ninh province, Vietnam",
      tagline: "A planned high-tech economic zone, built as a smart city, next to Ho Chi Minh City.",
    },
  } satisfies Localized<{ brandName: string; authorityName: string; address: string; tagline: string }>,
};

type HubSeed = {
  slug: string;
  latitude: number;
  longitude: number;
  locationVerified: boolean;
  translations: Localized<{ name: string; aliases: string; summary: string }>;
};

export const hubs: HubSeed[] = [
  {
    slug: "ben-luc",
    latitude: 10.64,
    longitude: 106.49,
    locationVerified: false,
    translations: {
      vi: {
        name: "Bến Lức",
        aliases: "huyện Bến Lức, tỉnh Long An (cũ); Ben Luc",
        summary:
          "Xã Bến Lức, tỉnh Tây Ninh (trước đây là huyện Bến Lức, tỉnh Long An), nằm trên cao tốc Thành phố Hồ Chí Minh – Trung Lương. Quy hoạch các trung tâm logistics Thạnh Phú, Thạnh Lợi (16 ha) và Lương Hòa (50 ha).",
      },
      en: {
        name: "Bến Lức",
        aliases: "formerly Bến Lức district, Long An; Ben Luc",
        summary:
          "Bến Lức commune, Tây Ninh province (formerly Bến Lức district, Long An), on the Ho Chi Minh City–Trung Lương expressway. Logistics centres are planned at Thạnh Phú, Thạnh Lợi (16 ha) and Lương Hòa (50 ha).",
      },
    },
  },
  {
    slug: "can-giuoc",
    latitude: 10.606,
    longitude: 106.67,
    locationVerified: true,
    translations: {
      vi: {
        name: "Cần Giuộc",
        aliases: "huyện Cần Giuộc, tỉnh Long An (cũ); Can Giuoc",
        summary:
          "Xã Cần Giuộc, tỉnh Tây Ninh (trước đây là huyện Cần Giuộc, tỉnh Long An), bên sông Soài Rạp. Cảng Quốc tế Long An (147 ha, 7 bến cho tàu 30.000–70.000 DWT) cách cảng Hiệp Phước khoảng 10 km đường bộ. Quy hoạch trung tâm logistics Phước Vĩnh Đông (71,2 ha).",
      },
      en: {
        name: "Cần Giuộc",
        aliases: "formerly Cần Giuộc district, Long An; Can Giuoc",
        summary:
          "Cần Giuộc commune, Tây Ninh province (formerly Cần Giuộc district, Long An), on the Soài Rạp river. Long An International Port (147 ha, 7 berths for 30,000–70,000 DWT vessels) is about 10 km by road from Hiệp Phước port. A logistics centre is planned at Phước Vĩnh Đông (71.2 ha).",
      },
    },
  },
];

type SectorSeed = { slug: string; translations: Localized<{ name: string; summary: string }> };

export const sectors: SectorSeed[] = [
  {
    slug: "electronics",
    translations: {
      vi: {
        name: "Điện tử",
        summary: "Sản xuất linh kiện, thiết bị và sản phẩm điện tử, gần các cảng biển và sân bay phục vụ xuất khẩu.",
      },
      en: {
        name: "Electronics",
        summary: "Manufacturing of electronic components, devices and products, close to export seaports and airports.",
      },
    },
  },
  {
    slug: "telecommunications",
    translations: {
      vi: {
        name: "Viễn thông",
        summary: "Thiết bị và hạ tầng viễn thông, mạng thế hệ mới cho khu đô thị thông minh.",
      },
      en: {
        name: "Telecommunications",
        summary: "Telecoms equipment and infrastructure, and next-generation networks for the smart city.",
      },
    },
  },
  {
    slug: "it-digital-economy",
    translations: {
      vi: {
        name: "Công nghệ thông tin và kinh tế số",
        summary: "Phần mềm, dịch vụ số, trung tâm dữ liệu và công nghệ chiến lược, số hóa.",
      },
      en: {
        name: "IT and digital economy",
        summary: "Software, digital services, data centres and strategic digital technology.",
      },
    },
  },
  {
    slug: "high-tech-agriculture",
    translations: {
      vi: {
        name: "Nông nghiệp công nghệ cao",
        summary: "Giống, chế biến và công nghệ sau thu hoạch cho vùng nông nghiệp Đồng bằng sông Cửu Long.",
      },
      en: {
        name: "High-tech agriculture",
        summary: "Seeds, processing and post-harvest technology serving the Mekong Delta's farm economy.",
      },
    },
  },
  {
    slug: "supporting-industries",
    translations: {
      vi: {
        name: "Công nghiệp hỗ trợ",
        summary: "Linh kiện, khuôn mẫu, vật liệu và cơ khí chính xác cho các chuỗi cung ứng công nghệ cao.",
      },
      en: {
        name: "Supporting industries",
        summary: "Components, tooling, materials and precision engineering for high-tech supply chains.",
      },
    },
  },
  {
    slug: "logistics",
    translations: {
      vi: {
        name: "Logistics",
        summary: "Kho bãi, trung tâm phân phối và dịch vụ cảng tại Bến Lức và Cần Giuộc, gần Vành đai 3 và cao tốc.",
      },
      en: {
        name: "Logistics",
        summary:
          "Warehousing, distribution centres and port services at Bến Lức and Cần Giuộc, near Ring Road 3 and the expressways.",
      },
    },
  },
];

type DeskSeed = { slug: string; email: string; isDefault?: boolean; translations: Localized<{ name: string }> };

// Desks of the investment office and the rules that route inquiries to them.
// Both are data an administrator edits; addresses are placeholders under the
// reserved `.example` domain until real ones are entered.
export const desks: DeskSeed[] = [
  {
    slug: "general",
    email: "tiepnhan@longan-hitech.example",
    isDefault: true,
    translations: { vi: { name: "Bộ phận tiếp nhận chung" }, en: { name: "General investment desk" } },
  },
  {
    slug: "major-projects",
    email: "duanlon@longan-hitech.example",
    translations: { vi: { name: "Bộ phận dự án quy mô lớn" }, en: { name: "Major projects desk" } },
  },
  {
    slug: "high-tech",
    email: "congnghecao@longan-hitech.example",
    translations: {
      vi: { name: "Bộ phận công nghệ cao và kinh tế số" },
      en: { name: "High-tech and digital economy desk" },
    },
  },
  {
    slug: "industry-logistics",
    email: "logistics@longan-hitech.example",
    translations: {
      vi: { name: "Bộ phận công nghiệp hỗ trợ và logistics" },
      en: { name: "Supporting industries and logistics desk" },
    },
  },
  {
    slug: "agriculture",
    email: "nongnghiep@longan-hitech.example",
    translations: { vi: { name: "Bộ phận nông nghiệp công nghệ cao" }, en: { name: "High-tech agriculture desk" } },
  },
];

/** In order: the first matching rule routes the inquiry; none matching → the default desk. */
export const routingRules: { desk: string; sector?: string; capitalRanges?: ("OVER_200M" | "FROM_50M_TO_200M")[] }[] = [
  { desk: "major-projects", capitalRanges: ["OVER_200M"] },
  { desk: "high-tech", sector: "electronics" },
  { desk: "high-tech", sector: "telecommunications" },
  { desk: "high-tech", sector: "it-digital-economy" },
  { desk: "industry-logistics", sector: "supporting-industries" },
  { desk: "industry-logistics", sector: "logistics" },
  { desk: "agriculture", sector: "high-tech-agriculture" },
];
